/**
 * Issue 14, scale, in its deterministic form: what Home and the first queue build read from
 * IndexedDB (requests and rows, counted by a DBCore middleware) on a small course and on one
 * 10 to 15 times its size (questions, cards, answers), with the same work due today and the
 * same streak (the streak's days are read back until it ends: they grow with the streak, not
 * the collection), by table and index. Time varies with the machine; these counts do not (the scale bench prints the same
 * counts beside its times, `SCALE_PHASES=1` by request kind).
 */
import { describe, expect, it } from 'vitest';
import { loadStudyQuestions } from '$lib/content/bank';
import { createCourse } from '$lib/courses/create';
import { fixtureCourse, fixtureQuestion } from '$lib/courses/fixtures.test-helpers';
import { studyDay } from '$lib/srs/day';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { addAnswerToDay } from './day-totals';
import { loadHomeView } from './home-view';
import { CARD_STATE, emptyDay, type DayRecord, type ReviewRecord } from './records';
import { createDb, type FlashpointDb } from './schema';
import { freshDb } from './test-helpers';
import { loadTodayQueue } from './today-queue';

const day = 86_400_000;
const now = new Date(2026, 4, 12, 10).getTime();

/** Requests and rows read through `db` (a new connection: a new tab, its caches empty). */
function counting(name: string) {
	const counts = { requests: 0, rows: 0, by: {} as Record<string, number> };
	const db = createDb(name);
	db.use({
		stack: 'dbcore',
		name: 'count-reads',
		create: (down) => ({
			...down,
			table: (tableName) => {
				const table = down.table(tableName);
				return {
					...table,
					get: (req) => {
						counts.requests++;
						return table.get(req).then((row) => ((counts.rows += row === undefined ? 0 : 1), row));
					},
					getMany: (req) => {
						counts.requests += req.keys.length;
						return table.getMany(req).then((rows) => {
							counts.rows += rows.filter((row) => row !== undefined).length;
							return rows;
						});
					},
					query: (req) => {
						counts.requests++;
						return table.query(req).then((res) => {
							const key = `${tableName}.${req.query.index.name || 'key'}`;
							counts.by[key] = (counts.by[key] ?? 0) + res.result.length;
							counts.rows += res.result.length;
							return res;
						});
					},
					count: (req) => {
						counts.requests++;
						return table.count(req);
					},
					openCursor: (req) => {
						counts.requests++;
						return table.openCursor(req);
					}
				};
			}
		})
	});
	return { db, counts };
}

/**
 * One course of `questions` questions; `cards` of them started, 30 of those due today and the
 * rest due later; `oldAnswers` answers spread over `historyDays` days ending 12 days ago, and
 * 5 answers on each of the last 10 days (a streak of 10).
 */
async function collection(
	questions: number,
	cards: number,
	historyDays: number,
	oldAnswers: number
) {
	const db: FlashpointDb = freshDb();
	const course = fixtureCourse('Scale');
	course.documents = [
		{
			...course.documents[1],
			// Each its own fact and sentence: no two are siblings (burying would change what is read).
			questions: Array.from({ length: questions }, (_, n) =>
				fixtureQuestion(`q${n}`, 'short', {
					source: { doc: 'whatever', quote: `Sentence ${n}.` }
				})
			)
		}
	];
	await createCourse(db, course, { id: 'u-scale', now: now - 500 * day });
	const ids = (await loadStudyQuestions(db, 'u-scale')).map((q) => q.id).slice(0, cards);
	await db.cards.bulkAdd(
		ids.map((questionId, i) => ({
			questionId,
			due: i < 30 ? now - day - i * 60_000 : now + (2 + (i % 300)) * day,
			stability: 10,
			difficulty: 5,
			elapsedDays: 0,
			scheduledDays: 10,
			learningSteps: 0,
			reps: 3,
			lapses: 0,
			state: CARD_STATE.review,
			lastReview: now - 20 * day,
			leech: false
		}))
	);
	const times = [
		...Array.from({ length: oldAnswers }, (_, i) => now - 12 * day - (i % historyDays) * day),
		...Array.from({ length: 50 }, (_, i) => now - (1 + (i % 10)) * day)
	].sort((a, b) => a - b);
	const days = new Map<string, DayRecord>();
	const reviews = times.map((answeredAt, i): ReviewRecord => {
		const review: ReviewRecord = {
			questionId: ids[i % ids.length],
			rating: 3,
			answeredAt,
			studyDay: studyDay(answeredAt),
			durationMs: 5000,
			grading: 'self',
			correct: null,
			before: null,
			after: { due: answeredAt + 3 * day, state: 2, stability: 10, difficulty: 5, scheduledDays: 3 }
		};
		days.set(
			review.studyDay,
			addAnswerToDay(days.get(review.studyDay) ?? emptyDay(review.studyDay), review)
		);
		return review;
	});
	await db.reviews.bulkAdd(reviews);
	await db.days.bulkAdd([...days.values()]);
	db.close();
	return db.name;
}

describe('reads that do not grow with the collection (issue 14, scale)', () => {
	it('Home and the first queue read the same on a course 10-15 times bigger', async () => {
		// Both have more new questions than a queue reads (`fresh`, bounded by the daily limit).
		const small = await collection(150, 60, 60, 400);
		const big = await collection(1_500, 900, 400, 6_000);
		const read = async (name: string) => {
			const home = counting(name);
			await loadHomeView(now, home.db);
			const queue = counting(name);
			await loadTodayQueue({ courseId: null }, DEFAULT_STUDY_SETTINGS, now, queue.db);
			home.db.close();
			queue.db.close();
			return { home: home.counts, queue: queue.counts };
		};
		const [onSmall, onBig] = [await read(small), await read(big)];
		expect(onBig).toEqual(onSmall);
	}, 60_000);
});
