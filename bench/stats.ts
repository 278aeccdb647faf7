// Stats screen figures on a long history: 100,000 answers in fake-indexeddb (Node), so the
// numbers compare runs of this code, not browsers. `stats.load-100k` is what every live update
// costs; `stats.all-time-first-100k` the one full count of the log when Stats opens;
// `stats.all-time-update-100k` the count after one more answer.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import type { CardRecord, ReviewRecord } from '../src/lib/db/records';
import { createDb } from '../src/lib/db/schema';
import { loadStats, updateAllTimeRetention } from '../src/lib/db/stats';
import { studyDay } from '../src/lib/srs/day';
import type { Bench } from './types';

const ROWS = 100_000;
const QUESTIONS = 500;
const DAY = 86_400_000;

function card(questionId: string, index: number, now: number): CardRecord {
	const state = (index % 10 === 0 ? 1 : index % 17 === 0 ? 3 : 2) as CardRecord['state'];
	return {
		questionId,
		due: now + ((index * 7919) % (40 * DAY)) - 2 * DAY,
		stability: 10,
		difficulty: 5,
		elapsedDays: 3,
		scheduledDays: 10,
		learningSteps: 0,
		reps: 20,
		lapses: index % 7,
		state,
		lastReview: now - DAY,
		leech: false
	};
}

const bench: Bench = {
	name: 'stats',
	async run(report) {
		const db = createDb(`bench-stats-${Date.now()}`);
		const now = Date.now();
		const ids = Array.from({ length: QUESTIONS }, (_, i) => `q${i}`);
		const cards = ids.map((id, i) => card(id, i, now));
		await db.cards.bulkPut(cards);
		// A year of answers, oldest first (ids grow with time, as in the app).
		const reviews: ReviewRecord[] = [];
		const days = new Map<string, number>();
		for (let i = 0; i < ROWS; i++) {
			const answeredAt = now - 365 * DAY + Math.floor((i / ROWS) * 365 * DAY);
			const day = studyDay(answeredAt);
			days.set(day, (days.get(day) ?? 0) + 1);
			reviews.push({
				questionId: ids[(i * 31) % QUESTIONS],
				rating: (i % 9 === 0 ? 1 : 3) as ReviewRecord['rating'],
				answeredAt,
				studyDay: day,
				durationMs: 5000,
				grading: 'self',
				correct: null,
				before: i % 4 === 0 ? null : cards[(i * 31) % QUESTIONS],
				after: { due: answeredAt + DAY, state: 2, stability: 10, difficulty: 5, scheduledDays: 1 }
			});
		}
		for (let i = 0; i < reviews.length; i += 10_000)
			await db.reviews.bulkAdd(reviews.slice(i, i + 10_000));
		await db.days.bulkPut(
			[...days].map(([day, answers]) => ({
				day,
				answers,
				newCards: 0,
				reviewCards: answers,
				again: 0,
				timeMs: answers * 5000
			}))
		);

		let start = performance.now();
		const stats = await loadStats(ids, now, db);
		report('stats.load-100k', performance.now() - start, 'ms');
		if (stats.totalReviews !== ROWS) throw new Error(`counted ${stats.totalReviews} answers`);

		start = performance.now();
		const allTime = await updateAllTimeRetention(null, db);
		report('stats.all-time-first-100k', performance.now() - start, 'ms');
		if (allTime.rows !== ROWS) throw new Error(`counted ${allTime.rows} rows`);

		await db.reviews.add({ ...reviews[ROWS - 1], id: undefined, answeredAt: now });
		start = performance.now();
		const updated = await updateAllTimeRetention(allTime, db);
		report('stats.all-time-update-100k', performance.now() - start, 'ms');
		if (updated.rows !== ROWS + 1) throw new Error(`counted ${updated.rows} rows after one more`);
		db.close();
	}
};

export default bench;
