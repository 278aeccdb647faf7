import fc from 'fast-check';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { replayAnswers } from '$lib/db/replay';
import { freshDb } from '$lib/db/test-helpers';
import { ankiPackage } from '$lib/formats/anki-collection.test-helpers';
import { readApkg } from '$lib/formats/apkg';
import { Scheduler } from '$lib/srs/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { courseQuestions } from './drafts';
import { importAsNewCourse, planImport } from './import';
import { historyReviews } from './import-history';

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const origin = { fileName: 'log.apkg', formatLabel: 'Anki package', globalIds: true };
const NOW = Date.UTC(2026, 11, 3, 12);
const DAY = 86_400_000;

/** One card's Anki log: answers of every kind, minutes to 40 days apart, ending before NOW. */
const logArb = fc.array(
	fc.record({
		gapMinutes: fc.integer({ min: 1, max: 40 * 1440 }),
		ease: fc.integer({ min: 1, max: 4 }),
		// Learning, review, relearning, filtered; a filtered one cramming (factor 0) or not.
		type: fc.integer({ min: 0, max: 3 }),
		factor: fc.constantFrom(0, 2500)
	}),
	{ minLength: 1, maxLength: 20 }
);

// Task anki26: imported answers rebuild a card exactly as Merge rebuilds one (`replayAnswers`),
// so a later Merge or Check database finds the same card.
describe('importing an Anki review log', () => {
	it('gives each card the replay Merge gives its answers', async () => {
		await fc.assert(
			fc.asyncProperty(logArb, async (log) => {
				let at = NOW - 400 * DAY;
				const revlog = log.map((entry) => ({
					id: (at += entry.gapMinutes * 60_000),
					cid: 1,
					ease: entry.ease,
					type: entry.type,
					factor: entry.factor
				}));
				// A new card in Anki (type 0): no Anki due date to take, only the replay.
				const bytes = ankiPackage(sqlite, {
					crt: (NOW - 500 * DAY) / 1000,
					notes: [{ id: 1, guid: 'p1', mid: 1, fields: ['kuća', 'house'] }],
					cards: [{ id: 1, nid: 1, ord: 0, type: 0, queue: 0, due: 1 }],
					revlog
				});
				const read = readApkg(bytes, sqlite, undefined, NOW);
				const db = freshDb();
				const course = await importAsNewCourse(
					db,
					planImport(read.questions, origin),
					origin,
					'P',
					{
						history: read.history,
						now: NOW
					}
				);
				const [question] = await courseQuestions(db, course.courseId);
				const expected = replayAnswers(
					question.id,
					historyReviews(read.history ?? [], () => question.id),
					new Scheduler(DEFAULT_STUDY_SETTINGS)
				);
				expect(await db.cards.get(question.id)).toEqual(expected?.card);
				const stored = await db.reviews
					.where('questionId')
					.equals(question.id)
					.sortBy('answeredAt');
				expect(stored.map(({ before, after }) => ({ before, after }))).toEqual(
					expected?.answers.map(({ before, after }) => ({ before, after })) ?? []
				);
				db.close();
			}),
			{ numRuns: 25, seed: 20261203 }
		);
	});
});
