/**
 * Home's counts are what Study serves: answering every card each scope's queue shows, until it
 * shows none, answers exactly Home's New and To review for that scope (a student from Anki,
 * session 34: Home said more new questions than Study then showed). Easy is given to every
 * card, so none comes back the same day as a learning card.
 */
import { describe, expect, it } from 'vitest';
import { countQueue, pickNext } from '$lib/srs/queue';
import type { StudySettings } from '$lib/srs/settings';
import { queueQuestionsForStudy, recordAnswer } from './answers';
import { loadHomeViewFilling } from './home-view';
import { seedShape, t0, minute, type Shape } from './queue-steps.test-helpers';
import { CARD_STATE } from './records';
import type { FlashpointDb } from './schema';
import { answer, freshDb } from './test-helpers';
import { loadTodayQueue } from './today-queue';

/** Answers each card scope `courseId`'s queue shows now, Easy, until none; counts them by kind. */
async function serve(db: FlashpointDb, courseId: string | null, settings: StudySettings) {
	let now = t0;
	const served = { fresh: 0, review: 0 };
	for (let n = 0; n < 200; n++) {
		const queue = await loadTodayQueue({ courseId }, settings, now, db);
		const next = pickNext(queue, now, settings.learnAheadMinutes);
		if (!next) return served;
		const card = await db.cards.get(next.questionId);
		if (next.isNew) served.fresh++;
		else if (card?.state === CARD_STATE.review) served.review++;
		now += minute;
		await recordAnswer(
			answer(next.questionId, 4, Math.max(now, (card?.lastReview ?? 0) + 1), card?.lastReview),
			settings,
			db
		);
	}
	throw new Error('the queue never ran out');
}

/** A fresh database holding `shape`, with `asked` (question indexes) asked for today. */
async function seeded(shape: Shape, asked: number[]) {
	const db = freshDb();
	const seed = await seedShape(db, shape);
	if (asked.length)
		await queueQuestionsForStudy(
			asked.map((i) => seed.ids[i]),
			db,
			t0 - minute
		);
	return { db, ...seed };
}

const plain = (n: number) =>
	Array.from({ length: n }, (_, i) => ({ fact: i, sentence: null, rank: null }));

async function expectServedAsCounted(shape: Shape, asked: number[]) {
	const { db, settings, scopes } = await seeded(shape, asked);
	const { summary } = await loadHomeViewFilling(t0, db);
	const home = new Map([
		[null, summary!.counts],
		...summary!.courses!.map((course) => [course.id, course.counts] as const)
	]);
	db.close();
	for (const scope of scopes) {
		const fresh = await seeded(shape, asked);
		const study = countQueue(
			await loadTodayQueue({ courseId: scope }, settings, t0, fresh.db),
			t0,
			settings.learnAheadMinutes
		);
		const served = await serve(fresh.db, scope, settings);
		fresh.db.close();
		const shown = home.get(scope)!;
		expect({ scope, fresh: shown.fresh, review: shown.review }).toEqual({ scope, ...served });
		expect({ scope, fresh: study.fresh, review: study.review }).toEqual({ scope, ...served });
	}
}

describe('Home’s New and To review are what Study serves', () => {
	it('with new questions asked for today (Add missed questions, Custom study)', async () => {
		// Courses of 8 and 6 questions, 3 new a day; two of the first course's later questions
		// and one of the second's asked for: they come outside the limit, and their first answers
		// count against it, as every new question's first answer does.
		await expectServedAsCounted(
			{
				courses: [plain(8), plain(6)],
				cards: [],
				limits: { newPerDay: 3, maxReviewsPerDay: 10 },
				steps: []
			},
			[6, 7, 12]
		);
	});

	it('with review cards asked for, beyond the review limit', async () => {
		// Five reviews due in the first course, two a day, and a review card not due asked for.
		await expectServedAsCounted(
			{
				courses: [plain(8), plain(6)],
				cards: [
					...[0, 1, 2, 3, 4].map((pick) => ({
						pick,
						state: CARD_STATE.review,
						dueMinutes: -60 * 24
					})),
					{ pick: 9, state: CARD_STATE.review, dueMinutes: 5 * 24 * 60 }
				],
				limits: { newPerDay: 2, maxReviewsPerDay: 2 },
				steps: []
			},
			[9]
		);
	});
});
