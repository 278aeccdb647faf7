import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer, undoLastAnswer } from './answers';
import { HARDEST_CANDIDATES } from './hardest';
import { BUILTIN_COURSE_ID, type CardRecord, type ReviewRecord } from './records';
import { createDb, type FlashpointDb } from './schema';
import { loadStats } from './stats';
import { answer } from './test-helpers';

const day = 86_400_000;
const t0 = new Date(2026, 10, 12, 9, 0).getTime();
const ids = Array.from({ length: 90 }, (_, i) => `q${i}`);

/** 90 questions, review cards with 0–4 lapses (72 lapsed: more than the candidates), answers. */
async function seeded(name: string): Promise<FlashpointDb> {
	const db = createDb(name);
	await db.courses.add({
		id: BUILTIN_COURSE_ID,
		title: 'Built-in',
		kind: 'builtin',
		hash: '',
		installedAt: 0,
		questionCount: ids.length,
		documentCount: 0,
		queue: ids.map((id) => ({ id, fact: id }))
	});
	const cards: CardRecord[] = ids.map((questionId, i) => ({
		questionId,
		due: t0 - day + i * 60_000,
		stability: 5,
		difficulty: 5,
		elapsedDays: 5,
		scheduledDays: 5,
		learningSteps: 0,
		reps: 4,
		lapses: i % 5,
		state: 2,
		lastReview: t0 - 6 * day,
		leech: false
	}));
	await db.cards.bulkAdd(cards);
	const reviews: ReviewRecord[] = ids.flatMap((questionId, i) =>
		[1, 3, i % 3 ? 3 : 1, 3].map((rating, k) => ({
			questionId,
			rating: rating as ReviewRecord['rating'],
			answeredAt: t0 - (20 - k) * day,
			studyDay: '',
			durationMs: 4000,
			grading: 'self' as const,
			correct: null,
			before: null,
			after: { due: 0, state: 2 as const, stability: 5, difficulty: 5, scheduledDays: 5 },
			uuid: `${questionId}-${k}`
		}))
	);
	await db.reviews.bulkAdd(reviews);
	return db;
}

describe('hardest questions, kept per tab', () => {
	it('equal a fresh read after answers and an undo in this tab and an answer in another', async () => {
		const name = `hardest-${Math.random()}`;
		const tab = await seeded(name);
		const other = createDb(name);
		expect(ids.filter((_, i) => i % 5 > 0).length).toBeGreaterThan(HARDEST_CANDIDATES);
		let clock = t0;
		const check = async () => {
			const cold = createDb(name);
			const fresh = await loadStats(ids, clock, cold);
			cold.close();
			const kept = await loadStats(ids, clock, tab);
			expect(kept.hardest).toEqual(fresh.hardest);
			return kept.hardest;
		};
		const before = await check();
		const grade = async (db: FlashpointDb, id: string, rating: 1 | 3) => {
			clock += 60_000;
			const card = await db.cards.get(id);
			await recordAnswer(answer(id, rating, clock, card!.lastReview), DEFAULT_STUDY_SETTINGS, db);
			return check();
		};
		// Again on a question with four lapses: it comes first. Again on one with one lapse.
		const climbed = await grade(tab, 'q19', 1);
		expect(climbed[0]).toMatchObject({ questionId: 'q19', lapses: 5 });
		expect(before[0].questionId).not.toBe('q19');
		await grade(tab, 'q1', 1);
		// Good on a candidate, and on a question that never lapsed.
		await grade(tab, before[0].questionId, 3);
		await grade(tab, 'q0', 3);
		// Another tab's Again; then this tab's undo of its own last answer.
		await grade(other, 'q6', 1);
		await grade(tab, 'q11', 1);
		await undoLastAnswer(undefined, tab);
		await check();
		other.close();
		tab.close();
	});
});
