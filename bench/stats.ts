// Stats screen figures on a long history: 100,000 answers in fake-indexeddb (Node), so the
// numbers compare runs of this code, not browsers. `stats.load-100k` is what opening Stats
// costs; `stats.update-100k` what its live update costs after one more answer. Neither reads
// the answer log (day totals and index keys); `bench/scale.ts` gives the ratio in Chromium.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { addAnswerToDay } from '../src/lib/db/day-totals';
import {
	emptyDay,
	type CardRecord,
	type DayRecord,
	type ReviewRecord
} from '../src/lib/db/records';
import { createDb } from '../src/lib/db/schema';
import { recordAnswer } from '../src/lib/db/answers';
import { answer } from '../src/lib/db/test-helpers';
import { loadStats } from '../src/lib/db/stats';
import { DEFAULT_STUDY_SETTINGS } from '../src/lib/srs/settings';
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
		const days = new Map<string, DayRecord>();
		for (let i = 0; i < ROWS; i++) {
			const answeredAt = now - 365 * DAY + Math.floor((i / ROWS) * 365 * DAY);
			const day = studyDay(answeredAt);
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
			days.set(day, addAnswerToDay(days.get(day) ?? emptyDay(day), reviews[i]));
		}
		for (let i = 0; i < reviews.length; i += 10_000)
			await db.reviews.bulkAdd(reviews.slice(i, i + 10_000));
		await db.days.bulkPut([...days.values()]);

		let start = performance.now();
		const stats = await loadStats(ids, now, db);
		report('stats.load-100k', performance.now() - start, 'ms');
		if (stats.totalReviews !== ROWS) throw new Error(`counted ${stats.totalReviews} answers`);

		await recordAnswer(answer(ids[0], 3, now, cards[0].lastReview), DEFAULT_STUDY_SETTINGS, db);
		start = performance.now();
		const updated = await loadStats(ids, now, db);
		report('stats.update-100k', performance.now() - start, 'ms');
		if (updated.totalReviews !== ROWS + 1)
			throw new Error(`counted ${updated.totalReviews} after one more`);
		db.close();
	}
};

export default bench;
