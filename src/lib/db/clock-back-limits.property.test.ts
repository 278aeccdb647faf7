/**
 * The daily new-question limit over device-clock moves (issue 14, an outsider: setting the
 * clock back before today's answers gave a fresh 20 new questions). Answers filed under a later
 * study day than the clock's count against today's limit (`DueCards.newLater`), so moving the
 * clock back never frees new questions, in one course or in all of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCourse } from '$lib/courses/create';
import { sentenceCourse } from '$lib/courses/fixtures.test-helpers';
import { countQueue } from '$lib/srs/queue';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer } from './answers';
import { answer, freshDb } from './test-helpers';
import { loadTodayQueue } from './today-queue';

const HOUR = 3_600_000;
const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 3 };
const big = sentenceCourse(40);

type Step = { answer: number } | { hours: number };

describe('setting the clock back never frees new questions (issue 14)', () => {
	it('a concrete case: 3 new today, the clock set back four days, none left', async () => {
		const db = freshDb();
		const now = new Date(2026, 4, 12, 9, 0).getTime();
		await createCourse(db, big, { id: 'u-big', now });
		for (let i = 0; i < 3; i++)
			await recordAnswer(answer(`u-big:q${i}`, 4, now + i * 60_000), settings, db);
		for (const back of [1, 2, 4, 30].map((days) => now - days * 24 * HOUR)) {
			for (const courseId of ['u-big', null]) {
				const queue = await loadTodayQueue({ courseId }, settings, back, db);
				expect(countQueue(queue, back).fresh, `${back} ${courseId}`).toBe(0);
			}
		}
		db.close();
	});

	it('over any answers and clock moves, a move back leaves no more new questions than before', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.oneof(
						fc.record({ answer: fc.integer({ min: 1, max: 3 }) }),
						fc.record({ hours: fc.integer({ min: -24 * 8, max: 24 * 8 }) })
					),
					{ minLength: 2, maxLength: 8 }
				),
				async (steps: Step[]) => {
					const db = freshDb();
					let clock = new Date(2026, 4, 12, 9, 0).getTime();
					await createCourse(db, big, { id: 'u-big', now: clock });
					const fresh = async () =>
						Promise.all(
							['u-big', null].map(async (courseId) => {
								const queue = await loadTodayQueue({ courseId }, settings, clock, db);
								return { queue, fresh: countQueue(queue, clock).fresh };
							})
						);
					for (const step of steps) {
						const before = await fresh();
						if ('hours' in step) {
							clock += step.hours * HOUR;
							const after = await fresh();
							if (step.hours < 0)
								for (const [i, scope] of after.entries())
									expect(scope.fresh, JSON.stringify(steps)).toBeLessThanOrEqual(before[i].fresh);
							continue;
						}
						const news = before[0].queue.filter((item) => item.isNew).slice(0, step.answer);
						for (const item of news) {
							await recordAnswer(answer(item.questionId, 4, clock), settings, db);
							clock += 60_000;
						}
					}
					db.close();
				}
			),
			{ numRuns: 25, seed: 24 }
		);
	});
});
