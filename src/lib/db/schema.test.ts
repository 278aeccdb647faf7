import { describe, expect, it } from 'vitest';
import { createDb, SCHEMA_VERSION } from './schema';
import { listLeeches } from './home-summary';
import { loadTodayQueue } from './today-queue';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';

describe('schema migrations', () => {
	it('upgrades a database filled at version 1 without losing a row', async () => {
		const name = `migration-${Math.random()}`;
		const v1 = createDb(name, 1);
		// Rows as version 1 wrote them: no study day on answers, no leech flag on cards.
		const answeredAt = new Date(2026, 4, 12, 2, 30).getTime(); // 02:30: previous study day
		const cards = Array.from({ length: 50 }, (_, i) => ({
			questionId: `q-${i}`,
			due: answeredAt + i * 86_400_000,
			stability: 3,
			difficulty: 5,
			elapsedDays: 0,
			scheduledDays: 3,
			learningSteps: 0,
			reps: 2,
			lapses: i === 7 ? 9 : 0,
			state: 2,
			lastReview: answeredAt
		}));
		const reviews = Array.from({ length: 120 }, (_, i) => ({
			questionId: `q-${i % 50}`,
			rating: 3,
			answeredAt: answeredAt + i,
			durationMs: 4000,
			grading: 'self',
			before: null,
			after: { due: answeredAt, state: 1, stability: 1, difficulty: 5, scheduledDays: 0 }
		}));
		await v1.table('cards').bulkAdd(cards);
		await v1.table('reviews').bulkAdd(reviews);
		await v1.table('days').add({
			day: '2026-05-11',
			answers: 120,
			newCards: 50,
			reviewCards: 0,
			again: 0,
			timeMs: 480_000
		});
		await v1.table('settings').add({ key: 'study', value: { newPerDay: 7 } });
		expect(v1.verno).toBe(1);
		v1.close();

		const upgraded = createDb(name);
		await upgraded.open();
		expect(upgraded.verno).toBe(SCHEMA_VERSION);
		expect(await upgraded.cards.count()).toBe(50);
		expect(await upgraded.reviews.count()).toBe(120);
		expect(await upgraded.days.count()).toBe(1);
		expect(await upgraded.settings.get('study')).toEqual({ key: 'study', value: { newPerDay: 7 } });

		// Every old answer got its study day (02:30 belongs to the day before), now indexed.
		expect(await upgraded.reviews.where('studyDay').equals('2026-05-11').count()).toBe(120);
		const first = await upgraded.reviews.get(1);
		expect(first).toMatchObject({ questionId: 'q-0', rating: 3, durationMs: 4000, correct: null });
		// The new indexes answer queries over old rows.
		expect((await listLeeches(upgraded)).map((c) => c.questionId)).toEqual(['q-7']);
		expect((await upgraded.cards.get('q-7'))?.leech).toBe(true);
		const queue = await loadTodayQueue(
			cards.map((c) => ({ id: c.questionId, fact: c.questionId })),
			DEFAULT_STUDY_SETTINGS,
			answeredAt + 3 * 86_400_000,
			upgraded
		);
		expect(queue.length).toBeGreaterThan(0);
		upgraded.close();
	});
});
