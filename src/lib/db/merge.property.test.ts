import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scheduler } from '$lib/srs/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer } from './answers';
import { createBackupsDb, listAutomaticBackups } from './auto-backup';
import { exportProgress } from './backup';
import { checkDatabase } from './check';
import { mergeLogs, mergeProgress } from './merge';
import type { RatingValue, ReviewRecord } from './records';
import { replayAnswers } from './replay';
import type { FlashpointDb } from './schema';
import { answer, freshDb } from './test-helpers';

const settings = DEFAULT_STUDY_SETTINGS;
const t0 = new Date(2026, 0, 5, 9, 0).getTime();
const SEED = 20261201;

/** A study session: answers to 4 questions, each some minutes to days after the last. */
const sessionArb = fc.array(
	fc.record({
		question: fc.integer({ min: 0, max: 3 }),
		rating: fc.integer({ min: 1, max: 4 }) as fc.Arbitrary<RatingValue>,
		gapMinutes: fc.integer({ min: 1, max: 20 * 1440 })
	}),
	{ minLength: 1, maxLength: 25 }
);

/** Plays a session into `db` from time `start` (ms) through the real `recordAnswer`. */
async function play(
	db: FlashpointDb,
	session: { question: number; rating: RatingValue; gapMinutes: number }[],
	start: number,
	prefix = ''
): Promise<number> {
	let at = start;
	for (const step of session) {
		at += step.gapMinutes * 60_000;
		const id = `${prefix}q${step.question}`;
		const card = await db.cards.get(id);
		await recordAnswer(answer(id, step.rating, at, card?.lastReview ?? null), settings, db);
	}
	return at;
}

/** Answers without what is each device's own: the local key, and the mark of a merged row. */
const withoutKeys = (reviews: ReviewRecord[]) =>
	reviews
		.map(({ id: _id, merged: _merged, ...review }) => review)
		.sort((a, b) => (a.uuid! < b.uuid! ? -1 : 1));

describe('replaying and merging answer logs (properties)', () => {
	it('replaying a device’s own log reproduces its stored cards exactly, every field', async () => {
		await fc.assert(
			fc.asyncProperty(sessionArb, async (session) => {
				const db = freshDb();
				await play(db, session, t0);
				const scheduler = new Scheduler(settings);
				for (const card of await db.cards.toArray()) {
					const answers = await db.reviews.where('questionId').equals(card.questionId).toArray();
					const replayed = replayAnswers(card.questionId, answers, scheduler)!;
					expect(replayed.card).toEqual(card);
					// Each answer's stored before/after is what replay computes, too.
					expect(replayed.answers).toEqual(answers);
				}
				db.close();
			}),
			{ seed: SEED, numRuns: 25 }
		);
	}, 120_000);

	it('merge(A, B) equals merge(B, A): same cards, same answers by uuid', async () => {
		await fc.assert(
			fc.asyncProperty(sessionArb, sessionArb, sessionArb, async (shared, onlyA, onlyB) => {
				const a = freshDb();
				const end = await play(a, shared, t0);
				const b = freshDb();
				await b.reviews.bulkAdd(withoutKeys(await a.reviews.toArray()));
				await b.cards.bulkAdd(await a.cards.toArray());
				await play(a, onlyA, end);
				await play(b, onlyB, end + 3_600_000);
				const [logA, logB] = [await a.reviews.toArray(), await b.reviews.toArray()];
				const scheduler = new Scheduler(settings);
				const ab = mergeLogs(logA, logB, scheduler);
				const ba = mergeLogs(logB, logA, scheduler);
				expect(ab.cards).toEqual(ba.cards);
				expect(withoutKeys(ab.reviews)).toEqual(withoutKeys(ba.reviews));
				expect(new Set(ab.reviews.map((r) => r.uuid)).size).toBe(
					new Set([...logA, ...logB].map((r) => r.uuid)).size
				);
				a.close();
				b.close();
			}),
			{ seed: SEED, numRuns: 20 }
		);
	}, 120_000);

	it('merging each device into the other leaves both with the same progress', async () => {
		const a = freshDb();
		const b = freshDb();
		const backups = createBackupsDb(`merge-backups-${Math.random()}`);
		await play(
			a,
			[
				{ question: 0, rating: 3, gapMinutes: 1 },
				{ question: 1, rating: 1, gapMinutes: 5 }
			],
			t0
		);
		await play(
			b,
			[
				{ question: 0, rating: 1, gapMinutes: 3 },
				{ question: 2, rating: 4, gapMinutes: 9 }
			],
			t0
		);
		const now = t0 + 86_400_000;
		const fileA = await exportProgress(a, new Date(now));
		const fileB = await exportProgress(b, new Date(now));
		const intoA = await mergeProgress(fileB, { db: a, backups, now });
		expect(intoA).toEqual({ added: 2, questions: 2, courses: 0 });
		await mergeProgress(fileA, { db: b, backups, now });
		const [afterA, afterB] = [
			await exportProgress(a, new Date(now)),
			await exportProgress(b, new Date(now))
		];
		expect(afterA.cards).toEqual(afterB.cards);
		expect(withoutKeys(afterA.reviews)).toEqual(withoutKeys(afterB.reviews));
		expect(afterA.days).toEqual(afterB.days);
		expect(afterA.days[0].answers).toBe(4);
		// The answers a merge added are marked (Check database's clock rule leaves them out), and
		// the mark survives the backup file.
		const fromB = new Set(fileB.reviews.map((review) => review.uuid));
		for (const review of afterA.reviews)
			expect(review.merged).toBe(fromB.has(review.uuid) ? true : undefined);
		expect(await checkDatabase(a, { now })).toMatchObject({ changed: false });
		// Merging the same file again adds nothing, and keeps no automatic backup of a database it
		// leaves as it was (outsider: each such merge took one of the five places).
		const kept = (await listAutomaticBackups(backups)).length;
		expect(await mergeProgress(fileB, { db: a, backups, now })).toEqual({
			added: 0,
			questions: 0,
			courses: 0
		});
		expect(await listAutomaticBackups(backups)).toHaveLength(kept);
	});
});
