/**
 * Property-based test (fast-check, fixed seed): after random sequences of answers, undos,
 * "study these today", burying, suspending and releasing cards (schema v18 `holds`), imports,
 * resets, merges, course deletes and re-adds and Check database,
 * the `items` and `tallies` tables (schema v7) equal a full recount from the course rows and
 * cards, and today's queue read by index (`{ courseId }`) equals the queue built from the
 * course rows' question lists, for every course and for all of them, cached and cold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadStudyQuestions } from '$lib/content/bank';
import { deleteCourse } from '$lib/courses/manage';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { queueQuestionsForStudy, recordAnswer, undoLastAnswer } from './answers';
import { exportProgress, importProgress, resetProgress } from './backup';
import { checkDatabase } from './check';
import { recountIndexes } from './index-rows';
import { mergeProgress } from './merge';
import type { CourseRecord, RatingValue } from './records';
import { createDb, type FlashpointDb } from './schema';
import { loadTodayQueue } from './today-queue';
import { countQueue, type TodayCounts } from '$lib/srs/queue';
import { loadHomeViewFilling } from './home-view';
import { storeHomeCounts } from './home-counts';
import { getStudySettings, saveStudySettings } from './study-settings';
import { answer, freshDb } from './test-helpers';
import { holdCard, releaseCard } from './card-holds';
import { createBackupsDb } from './auto-backup';

const minute = 60_000;
const t0 = new Date(2026, 4, 12, 9, 0).getTime();
const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 6, maxReviewsPerDay: 5 };

function course(id: string, size: number, installedAt: number): CourseRecord {
	const ids = Array.from({ length: size }, (_, i) => (id === 'builtin' ? `b${i}` : `${id}:q-${i}`));
	return {
		id,
		title: id,
		kind: id === 'builtin' ? 'builtin' : 'user',
		hash: '',
		installedAt,
		questionCount: size,
		documentCount: 0,
		queue: ids.map((qid, i) => ({
			id: qid,
			fact: `${id}-f${i >> 1}`,
			type: i % 2 ? 'mcq' : 'short',
			...(i % 3 ? { rank: (i * 7) % 11 } : {})
		}))
	};
}

type Action =
	| { kind: 'answer'; pick: number; rating: RatingValue }
	| { kind: 'undo' }
	| { kind: 'queue'; pick: number }
	| { kind: 'hold'; pick: number; how: 'buried' | 'suspended' | 'release' }
	| { kind: 'import' }
	| { kind: 'reset' }
	| { kind: 'merge' }
	| { kind: 'delete' }
	| { kind: 'readd' }
	| { kind: 'check' }
	| { kind: 'later'; minutes: number };

const action: fc.Arbitrary<Action> = fc.oneof(
	{
		weight: 8,
		arbitrary: fc.record({
			kind: fc.constant('answer' as const),
			pick: fc.nat(40),
			rating: fc.constantFrom<RatingValue>(1, 2, 3, 4)
		})
	},
	{ weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('queue' as const), pick: fc.nat(40) }) },
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constant('hold' as const),
			pick: fc.nat(40),
			how: fc.constantFrom('buried' as const, 'suspended' as const, 'release' as const)
		})
	},
	{ weight: 1, arbitrary: fc.constant({ kind: 'import' as const }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'merge' as const }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'delete' as const }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'readd' as const }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'check' as const }) },
	{
		weight: 2,
		arbitrary: fc.record({ kind: fc.constant('later' as const), minutes: fc.nat(3000) })
	}
);

/** Answers the question `pick` points at (any course's, or a question no course has). */
async function answerOne(db: FlashpointDb, pick: number, rating: RatingValue, at: number) {
	const ids = (await loadStudyQuestions(db)).map((q) => q.id);
	const id = pick < ids.length ? ids[pick] : `gone-${pick % 3}`;
	const card = await db.cards.get(id);
	await recordAnswer(
		{
			questionId: id,
			rating,
			answeredAt: Math.max(at, (card?.lastReview ?? 0) + 1),
			durationMs: 3000,
			grading: 'self',
			correct: null,
			seenLastReview: card?.lastReview ?? null
		},
		settings,
		db
	);
}

async function step(db: FlashpointDb, name: string, act: Action, now: number, n: number) {
	switch (act.kind) {
		case 'answer':
			return answerOne(db, act.pick, act.rating, now);
		case 'undo':
			return void (await undoLastAnswer(undefined, db));
		case 'queue': {
			const ids = (await loadStudyQuestions(db)).map((q) => q.id);
			return queueQuestionsForStudy([ids[act.pick % ids.length] ?? 'gone-q'], db, now);
		}
		case 'hold': {
			// Mostly the questions at the head of today's queue (due cards, the next new ones).
			const head = (await loadTodayQueue({ courseId: null }, settings, now, db)).map(
				(item) => item.questionId
			);
			const ids = head.length ? head : (await loadStudyQuestions(db)).map((q) => q.id);
			const id = ids[act.pick % ids.length] ?? 'gone-q';
			if (act.how === 'release') {
				const held = await db.holds.toCollection().primaryKeys();
				return void (await releaseCard(held[act.pick % Math.max(1, held.length)] ?? id, db));
			}
			return void (await holdCard(id, act.how, now, db));
		}
		case 'import':
			return importProgress(await exportProgress(db, new Date(now)), db);
		case 'reset':
			return resetProgress(db);
		case 'merge': {
			// Another device's answers to the same questions.
			const other = freshDb();
			await other.courses.bulkAdd([course('builtin', 12, 0), course('u-a', 10, 5)]);
			await answerOne(other, n % 20, 3, now - 3 * minute);
			await answerOne(other, (n * 7) % 20, 1, now - 2 * minute);
			await mergeProgress(await exportProgress(other), {
				db,
				backups: createBackupsDb(`${name}-backups-${n}`),
				now
			});
			other.close();
			return;
		}
		case 'delete':
			if (await db.courses.get('u-a')) await deleteCourse(db, 'u-a');
			return;
		case 'readd':
			await db.courses.put(course('u-a', 10, 5 + n));
			return;
		case 'check':
			return void (await checkDatabase(db, { now }));
		case 'later':
			return;
	}
}

async function expectConsistent(name: string, db: FlashpointDb, now: number) {
	const expected = await recountIndexes(db);
	expect(await db.items.orderBy('id').toArray()).toEqual(expected.items);
	expect(await db.tallies.orderBy('id').toArray()).toEqual(expected.tallies);
	expect(await db.fresh.toArray()).toEqual(expected.fresh);
	const cold = createDb(name);
	const scopes = [null, ...(await db.courses.toCollection().primaryKeys())];
	await expectHomeCounts(db, cold, scopes, now);
	for (const courseId of scopes) {
		const list = await loadStudyQuestions(cold, courseId);
		const byList = await loadTodayQueue(list, settings, now, cold, {
			listCourse: courseId ?? undefined
		});
		expect(await loadTodayQueue({ courseId }, settings, now, db)).toEqual(byList);
		expect(await loadTodayQueue({ courseId }, settings, now, cold)).toEqual(byList);
	}
	cold.close();
}

/**
 * Home's counts (`loadHomeViewFilling`, with the stored per-course counts of earlier steps
 * where they hold, then storing what it built) equal the counts of each scope's own queue, in
 * this tab and in a new one.
 */
async function expectHomeCounts(
	db: FlashpointDb,
	cold: FlashpointDb,
	scopes: (string | null)[],
	now: number
) {
	// Home reads the stored settings (the test's own limits, unless Reset or Import replaced them).
	const stored = await getStudySettings(cold);
	// At `now` only (learning steps coming due later: home-counts.property.test.ts).
	for (const at of [now]) {
		const expected = new Map<string | null, TodayCounts>();
		for (const courseId of scopes)
			expected.set(
				courseId,
				countQueue(
					await loadTodayQueue({ courseId }, stored, at, cold),
					at,
					stored.learnAheadMinutes
				)
			);
		for (const tab of [db, cold]) {
			const { summary, fill } = await loadHomeViewFilling(at, tab);
			if (!summary) {
				expect(scopes).toEqual([null]);
				continue;
			}
			expect(summary.counts).toEqual(expected.get(null));
			if (scopes.length > 2)
				expect(new Map(summary.courses!.map((c) => [c.id, c.counts]))).toEqual(
					new Map(scopes.slice(1).map((id) => [id, expected.get(id)]))
				);
			await storeHomeCounts(fill, tab);
			// Stored, they are used: the same Home again builds no course's counts.
			const again = await loadHomeViewFilling(at, tab);
			expect(again.fill.entries.size).toBe(0);
			expect(again.summary).toEqual(summary);
		}
	}
}

describe('items and tallies (schema v7)', () => {
	it('equal a full recount, and the queue by index equals the queue by list, after any sequence', async () => {
		let run = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
				const name = `indexes-${run++}-${Math.random()}`;
				const db = createDb(name);
				await db.courses.bulkAdd([course('builtin', 12, 0), course('u-a', 10, 5)]);
				await saveStudySettings(settings, db);
				let now = t0;
				for (const [n, act] of actions.entries()) {
					now += act.kind === 'later' ? act.minutes * minute : minute;
					await step(db, name, act, now, n);
					await expectConsistent(name, db, now);
				}
				db.close();
			}),
			{ seed: 20261201, numRuns: 40 }
		);
	}, 300_000);
});

describe('items and tallies on a new connection', () => {
	it('a write made right after opening, before any read, still updates them', async () => {
		const name = `indexes-open-${Math.random()}`;
		const setup = createDb(name);
		await setup.courses.add(course('builtin', 4, 0));
		setup.close();
		// A new tab: its first database call is the answer itself.
		const tab = createDb(name);
		await recordAnswer(answer('b1', 3, t0), settings, tab);
		const expected = await recountIndexes(tab);
		expect(await tab.items.orderBy('id').toArray()).toEqual(expected.items);
		expect(await tab.tallies.orderBy('id').toArray()).toEqual(expected.tallies);
		expect(await tab.fresh.toArray()).toEqual(expected.fresh);
		expect((await tab.items.get('b1'))?.state).not.toBe(-1);
		tab.close();
	});
});
