/**
 * "Learning" is one count on Home, Study and Stats (`isLearningState`): after merging two
 * devices' backups, Home said "Learning 33" and Stats 32 (outsider, issue 14): Stats' Cards by
 * state left relearning cards out, Home's count held them.
 */
import { describe, expect, it } from 'vitest';
import { createCourse } from '$lib/courses/create';
import { sentenceCourse } from '$lib/courses/fixtures.test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer } from './answers';
import { createBackupsDb } from './auto-backup';
import { exportProgress } from './backup';
import { loadTodayCounts } from './home-summary';
import { loadHomeView } from './home-view';
import { mergeProgress } from './merge';
import { CARD_STATE, type RatingValue } from './records';
import { createDb, type FlashpointDb } from './schema';
import { loadStats } from './stats';
import { answer } from './test-helpers';

const minute = 60_000;
const day = 24 * 60 * minute;
const now = new Date(2026, 4, 12, 9, 0).getTime();
const settings = DEFAULT_STUDY_SETTINGS;

async function answerAt(db: FlashpointDb, id: string, rating: RatingValue, at: number) {
	const card = await db.cards.get(id);
	await recordAnswer(answer(id, rating, at, card?.lastReview ?? null), settings, db);
}

describe('Learning after merging two devices (one definition on every screen)', () => {
	it('Home’s learning and later-today steps are Stats’ learning cards, relearning ones too', async () => {
		const phone = createDb(`learning-phone-${Math.random()}`);
		const laptop = createDb(`learning-laptop-${Math.random()}`);
		for (const db of [phone, laptop]) {
			await db.settings.put({ key: 'study', value: settings });
			await createCourse(db, sentenceCourse(10), { id: 'u-a', now: now - 5 * day });
		}
		await createCourse(laptop, sentenceCourse(10), { id: 'u-b', now: now - 5 * day });
		// Phone: one card in its first steps.
		await answerAt(phone, 'u-a:q-1', 1, now - 30 * minute);
		// Laptop: two cards learned days ago and forgotten today (relearning), and two in steps.
		for (const id of ['u-a:q-2', 'u-b:q-1']) {
			await answerAt(laptop, id, 3, now - 3 * day);
			await answerAt(laptop, id, 3, now - 3 * day + 10 * minute);
			await answerAt(laptop, id, 1, now - 20 * minute);
		}
		await answerAt(laptop, 'u-a:q-3', 1, now - 5 * minute);
		await answerAt(laptop, 'u-b:q-2', 3, now - 2 * minute);
		await mergeProgress(await exportProgress(laptop, new Date(now)), {
			db: phone,
			backups: createBackupsDb(`learning-backups-${Math.random()}`),
			now
		});
		const cards = await phone.cards.toArray();
		expect(cards.filter((card) => card.state === CARD_STATE.relearning)).toHaveLength(2);

		// A new tab, as Home and Stats each read on their own.
		const tab = createDb(phone.name);
		const home = (await loadHomeView(now, tab))!.counts;
		const today = await loadTodayCounts({ courseId: null }, now, tab);
		const ids = (await tab.items.toArray()).map((item) => item.id);
		const { states } = await loadStats(ids, now, tab);
		expect(home).toEqual(today);
		expect(home.learning + home.later).toBe(5);
		expect(states.learning).toBe(home.learning + home.later);
		expect(states.relearning).toBe(2);
		expect(states.fresh + states.learning + states.review).toBe(states.total);
		tab.close();
		phone.close();
		laptop.close();
	});
});
