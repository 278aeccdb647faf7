import fc from 'fast-check';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeLogs } from '$lib/db/merge';
import { freshDb } from '$lib/db/test-helpers';
import { readApkg } from '$lib/formats/apkg';
import { writeApkg } from '$lib/formats/apkg-write';
import type { PortableHistory, PortableQuestion } from '$lib/formats/portable';
import { studyDay } from '$lib/srs/day';
import { Scheduler } from '$lib/srs/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { courseQuestions } from './drafts';
import { exportSchedules } from './export-history';
import { importAsNewCourse, planImport } from './import';
import { historyReviews } from './import-history';

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const NOW = Date.UTC(2026, 11, 5, 12);
const DAY = 86_400_000;
const origin = { fileName: 'deck.apkg', formatLabel: 'Anki package', globalIds: true };

/** A card's answers: minutes to 40 days apart, any button, up to two minutes each. */
const answersArb = fc.array(
	fc.record({
		gapMinutes: fc.integer({ min: 1, max: 40 * 1440 }),
		rating: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
		durationMs: fc.integer({ min: 0, max: 120_000 })
	}),
	{ minLength: 0, maxLength: 12 }
);

const question = (i: number): PortableQuestion => ({
	externalId: `p${i}`,
	type: 'flashcard',
	prompt: `Word ${i}`,
	answer: `Meaning ${i}`,
	topics: []
});

// Outsider student (issue 12): an export to Anki dropped all scheduling. With it included, an
// export imported again gives every card the same state, memory, counts and due day, and the
// same answers.
describe('an Anki export with scheduling, imported again', () => {
	it('gives the same cards and answers', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(answersArb, { minLength: 1, maxLength: 3 }), async (logs) => {
				const history: PortableHistory[] = logs.map((log, i) => {
					let at = NOW - 400 * DAY;
					return {
						externalId: `p${i}`,
						answers: log.map((a) => ({
							at: (at += a.gapMinutes * 60_000),
							rating: a.rating,
							durationMs: a.durationMs
						}))
					};
				});
				const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
				const studied = mergeLogs(
					[],
					historyReviews(history, (id) => id),
					scheduler
				);
				// This device's cards and answers, stored, then read as an export reads them.
				const here = freshDb();
				await here.cards.bulkPut(studied.cards);
				await here.reviews.bulkAdd(studied.reviews);
				const ids = logs.map((_, i) => `p${i}`);
				const schedules = await exportSchedules(here, ids);
				const bytes = await writeApkg(
					ids.map((_, i) => question(i)),
					'Deck',
					sqlite,
					NOW,
					schedules
				);

				const read = readApkg(bytes, sqlite, undefined, NOW);
				const there = freshDb();
				const course = await importAsNewCourse(
					there,
					planImport(read.questions, origin),
					origin,
					'Deck',
					{
						history: read.history,
						now: NOW
					}
				);
				const imported = await courseQuestions(there, course.courseId);
				for (const [i, log] of logs.entries()) {
					const q = imported.find((x) => x.prompt === `Word ${i}`)!;
					const card = await there.cards.get(q.id);
					const before = studied.cards.find((c) => c.questionId === `p${i}`);
					if (!log.length) {
						expect(before).toBeUndefined();
						expect(card?.reps ?? 0).toBe(0);
						continue;
					}
					const same = (c: typeof before) => ({
						state: c!.state,
						reps: c!.reps,
						lapses: c!.lapses,
						stability: c!.stability,
						difficulty: c!.difficulty,
						lastReview: c!.lastReview,
						dueDay: studyDay(c!.due)
					});
					expect(same(card)).toEqual(same(before));
					const answers = (
						await there.reviews.where('questionId').equals(q.id).sortBy('answeredAt')
					).map((r) => [r.answeredAt, r.rating, r.durationMs]);
					expect(answers).toEqual(history[i].answers.map((a) => [a.at, a.rating, a.durationMs]));
				}
				here.close();
				there.close();
			}),
			{ numRuns: 20, seed: 20261205 }
		);
	});
});
