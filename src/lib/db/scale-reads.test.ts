/**
 * Issue 14, scale, in its deterministic form: what Home and the first queue build read from
 * IndexedDB (requests and rows, counted by `read-counter.ts`, a DBCore middleware) on a small
 * course and on one 10 to 15 times its size (questions, cards, answers), with the same work due
 * today; on a 10-day history and a 400-day streak of 100,000 answers (the streak is kept on the
 * day rows, v11: two rows read); and Home on 1 and 10 courses, on its next visit (each course's
 * stored counts reused). Time varies with the machine; these counts do not (the scale bench
 * prints the same counts beside its times, `SCALE_PHASES=1` by request kind).
 */
import { describe, expect, it } from 'vitest';
import { loadStudyQuestions } from '$lib/content/bank';
import { createCourse } from '$lib/courses/create';
import { fixtureCourse, fixtureQuestion } from '$lib/courses/fixtures.test-helpers';
import { studyDay } from '$lib/srs/day';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { addAnswerToDay } from './day-totals';
import { storeHomeCounts } from './home-counts';
import { loadHomeView, loadHomeViewFilling } from './home-view';
import { CARD_STATE, emptyDay, type DayRecord, type ReviewRecord } from './records';
import { countReads } from './read-counter';
import { createDb, type FlashpointDb } from './schema';
import { freshDb } from './test-helpers';
import { loadTodayQueue } from './today-queue';
import { dueCaches } from './queue-cache';
import { loadStats } from './stats';
import { loadTodayCounts } from './home-summary';
import { recordAnswer } from './answers';
import { resetReadCounts, type ReadCounts } from './read-counter';
import { HEATMAP_WEEKS } from '$lib/srs/stats-heatmap';
import { answer as answerOf } from './test-helpers';

const day = 86_400_000;
const now = new Date(2026, 4, 12, 10).getTime();

/** Requests and rows read through a new connection to `name` (a new tab, its caches empty). */
function counting(name: string) {
	const db = createDb(name);
	return { db, counts: countReads(db) };
}

/** A collection's size (`collection`). */
interface Size {
	/** Courses, each of `questions` questions. */
	courses?: number;
	questions: number;
	/** Questions started (spread over the courses), `due` of them due today, the rest later. */
	cards: number;
	/** Started questions due today (30 by default), taken from each course in turn. */
	due?: number;
	/** Answers spread over `historyDays` days ending 12 days ago. */
	oldAnswers: number;
	historyDays: number;
	/** Days with answers up to yesterday (the streak): 10 by default, every day back. */
	streak?: number;
}

/**
 * `size.courses` courses (one by default) of `size.questions` questions each, cards and
 * answers as `Size` says, and 5 answers on each of the last `streak` days; built directly
 * (bulk rows), then closed. Resolves to the database's name.
 */
async function collection(size: Size) {
	const { courses = 1, questions, cards, historyDays, oldAnswers, streak = 10, due = 30 } = size;
	const db: FlashpointDb = freshDb();
	const ids: string[] = [];
	for (let c = 0; c < courses; c++) {
		const course = fixtureCourse(`Scale ${c}`);
		course.documents = [
			{
				...course.documents[1],
				// Each its own fact and sentence: no two are siblings (burying would change what is read).
				questions: Array.from({ length: questions }, (_, n) =>
					fixtureQuestion(`q${n}`, 'short', {
						source: { doc: 'whatever', quote: `Sentence ${n} of course ${c}.` }
					})
				)
			}
		];
		await createCourse(db, course, { id: `u-scale-${c}`, now: now - 500 * day + c });
		ids.push(...(await loadStudyQuestions(db, `u-scale-${c}`)).map((q) => q.id));
	}
	// Started questions taken from each course in turn.
	const started = ids
		.map((id, i) => ({ id, order: (i % questions) * courses + Math.floor(i / questions) }))
		.sort((a, b) => a.order - b.order)
		.slice(0, cards)
		.map((q) => q.id);
	await db.cards.bulkAdd(
		started.map((questionId, i) => ({
			questionId,
			due: i < due ? now - day - i * 60_000 : now + (2 + (i % 300)) * day,
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
		...Array.from({ length: 5 * streak }, (_, i) => now - (1 + (i % streak)) * day)
	].sort((a, b) => a - b);
	const days = new Map<string, DayRecord>();
	const reviews = times.map((answeredAt, i): ReviewRecord => {
		const review: ReviewRecord = {
			questionId: started[i % started.length],
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
	for (let i = 0; i < reviews.length; i += 10_000)
		await db.reviews.bulkAdd(reviews.slice(i, i + 10_000));
	await db.days.bulkAdd([...days.values()]);
	db.close();
	return db.name;
}

/**
 * What Home (`loadHomeView` in a new tab) and then the first queue build (in another) read on
 * database `name`; with `stored`, Home is read once before in a tab that stores its counts (as
 * the app does after painting), so the measured Home is the next visit's.
 */
async function reads(name: string, stored = false) {
	if (stored) {
		const tab = createDb(name);
		await storeHomeCounts((await loadHomeViewFilling(now, tab)).fill, tab);
		tab.close();
	}
	const home = counting(name);
	const view = await loadHomeView(now, home.db);
	const queue = counting(name);
	await loadTodayQueue({ courseId: null }, DEFAULT_STUDY_SETTINGS, now, queue.db);
	home.db.close();
	queue.db.close();
	return { home: home.counts, queue: queue.counts, view };
}

describe('reads that do not grow with the collection (issue 14, scale)', () => {
	it('Home and the first queue read the same on a course 10-15 times bigger', async () => {
		// Both have more new questions than a queue reads (`fresh`, bounded by the daily limit).
		const small = await collection({ questions: 150, cards: 60, historyDays: 60, oldAnswers: 400 });
		const big = await collection({
			questions: 1_500,
			cards: 900,
			historyDays: 400,
			oldAnswers: 6_000
		});
		const [onSmall, onBig] = [await reads(small), await reads(big)];
		expect({ home: onBig.home, queue: onBig.queue }).toEqual({
			home: onSmall.home,
			queue: onSmall.queue
		});
	}, 60_000);

	it('Home reads two day rows for the streak, whether it is 10 days or a year (100,000 answers)', async () => {
		const small = await collection({ questions: 150, cards: 60, historyDays: 1, oldAnswers: 0 });
		const big = await collection({
			questions: 150,
			cards: 60,
			historyDays: 365,
			oldAnswers: 100_000,
			streak: 400
		});
		const [onSmall, onBig] = [await reads(small), await reads(big)];
		expect([onSmall.view?.streak, onBig.view?.streak]).toEqual([10, 400]);
		// The streak: one range of today's and yesterday's rows (it read every day of the streak).
		expect(onBig.home.rowsBy['days.key']).toBeLessThanOrEqual(onSmall.home.rowsBy['days.key'] + 20);
		expect(onBig.home.requests).toBe(onSmall.home.requests);
		// The average answer time reads the last 30 days (10 on the small one): the only rows that
		// differ, by at most 20.
		expect(onBig.home.rows - onSmall.home.rows).toBeLessThanOrEqual(20);
		expect(onBig.queue).toEqual(onSmall.queue);
	}, 300_000);

	it('the next Home reads no more for 10 courses than for 1, but for a few rows of each course', async () => {
		const one = await collection({ questions: 150, cards: 60, historyDays: 60, oldAnswers: 400 });
		const ten = await collection({
			courses: 10,
			questions: 150,
			cards: 600,
			historyDays: 60,
			oldAnswers: 4_000
		});
		const [onOne, onTen] = [await reads(one, true), await reads(ten, true)];
		expect(onTen.view?.courses?.length).toBe(10);
		// Each course's counts stored by the Home before (`home-counts.ts`) are reused, and the
		// every-course counts follow from them: no course's due reviews or new questions are read.
		expect(onTen.home.requests).toBeLessThanOrEqual(onOne.home.requests);
		expect(onTen.home.rowsBy['fresh.key'] ?? 0).toBe(0);
		// Per course: its stored counts (a settings row) and its two tallies (unstarted questions).
		expect(onTen.home.rows).toBeLessThanOrEqual(onOne.home.rows + 3 * 9);
	}, 300_000);

	it('the first Home of a day reads, for 10 courses, what it reads for 1 plus a few rows a course', async () => {
		const one = await collection({ questions: 300, cards: 60, historyDays: 60, oldAnswers: 400 });
		const ten = await collection({
			courses: 10,
			questions: 300,
			cards: 600,
			historyDays: 60,
			oldAnswers: 4_000
		});
		const [onOne, onTen] = [(await reads(one)).home, (await reads(ten)).home];
		// Each course's first new questions come from its head row (v12, `fresh-head.ts`): they
		// were each course's first 56 `fresh` rows (1 course: 19 requests, 122 rows; 10 courses:
		// 40 requests, 663 rows). Now 19/67 and 40/113: per course its head, its two tallies
		// (unstarted questions, the course row) and its id.
		expect(onTen.rowsBy['fresh.key'] ?? 0).toBe(0);
		const perCourse = 5;
		expect(onTen.rows).toBeLessThanOrEqual(1.2 * onOne.rows + perCourse * 9);
		// Requests: every course's head in one (a `get` each before perf33: 40 requests, 30 now),
		// then per other course its due reviews' range (below: the rows are the goal not met).
		expect(onTen.requestsBy['tallies.key.get'] ?? 0).toBe(0);
		// The course ids once, for the due reviews and the new questions (twice before: 10 rows).
		expect(onTen.requestsBy['courses.key.query']).toBe(1);
		// Plus one request for every own course's drafts at once (Home shows them; a single course
		// is shown without the course list, so its Home does not read them).
		expect(onTen.requestsBy['questions.[courseId+status].cursor']).toBe(1);
		// Plus one for the courses' stored review lists (`review-list.ts`; none on a first start,
		// so a next day reads each course's reviews due since, not its backlog).
		expect(onTen.requestsBy['settings.key.query']).toBe(2);
		expect(onTen.requests).toBeLessThanOrEqual(onOne.requests + 13);
	}, 300_000);

	it('the first Home of a day reads each due review once: 10 courses of 100 due read 10 times one course (goal not met)', async () => {
		// The bench's seed: about 1,000 reviews overdue over 10 courses. Each course's count reads
		// its own due reviews (`items.[courseId+state+due]`, up to the day's limit) to decide
		// burying, and the every-course count merges those same rows (`readEachScopeReviews`).
		// The goal (10 courses within 1.2 times one course) needs the count without the
		// rows; bench/README.md says what a bounded count must also know (not done). This holds
		// the current figure: each due review read once, never a second range.
		const one = await collection({
			questions: 300,
			cards: 200,
			due: 100,
			historyDays: 60,
			oldAnswers: 400
		});
		const ten = await collection({
			courses: 10,
			questions: 300,
			cards: 2_000,
			due: 1_000,
			historyDays: 60,
			oldAnswers: 4_000
		});
		const [onOne, onTen] = [await reads(one), await reads(ten)];
		expect(onOne.view?.counts.review).toBe(100);
		expect(onTen.view?.counts.review).toBe(DEFAULT_STUDY_SETTINGS.maxReviewsPerDay);
		expect(onTen.view?.courses?.map((course) => course.counts.review)).toEqual(
			Array.from({ length: 10 }, () => 100)
		);
		// One course reads its due reviews as the every-course range (`[state+due]`), ten as each
		// course's (`[courseId+state+due]`): 137 and 1,073 rows (7.8 times; 1,083 before the course
		// ids were read once, perf33).
		const dueRows = (counts: ReadCounts) =>
			(counts.rowsBy['items.[state+due]'] ?? 0) +
			(counts.rowsBy['items.[courseId+state+due]'] ?? 0);
		expect([dueRows(onOne.home), dueRows(onTen.home)]).toEqual([100, 1_000]);
		// Besides the due reviews, 10 courses read what one does plus a few rows a course.
		const rest = (counts: ReadCounts) => counts.rows - dueRows(counts);
		expect(rest(onTen.home)).toBeLessThanOrEqual(1.2 * rest(onOne.home) + 5 * 9);
	}, 300_000);

	it('the next Home with more reviews due than the day’s limit reads none of them (10 courses of 100 due)', async () => {
		const one = await collection({
			questions: 300,
			cards: 200,
			due: 100,
			historyDays: 60,
			oldAnswers: 400
		});
		const ten = await collection({
			courses: 10,
			questions: 300,
			cards: 2_000,
			due: 1_000,
			historyDays: 60,
			oldAnswers: 4_000
		});
		const [onOne, onTen] = [await reads(one, true), await reads(ten, true)];
		expect(onTen.view?.counts).toMatchObject({
			review: DEFAULT_STUDY_SETTINGS.maxReviewsPerDay,
			fresh: DEFAULT_STUDY_SETTINGS.newPerDay
		});
		// Each course's stored counts (all its due reviews, 100) are below the limit, 1,000
		// together above it: the every-course queue takes the limit (`everyCourseCounts`). It was
		// built, reading the first 200 due reviews' keys and items (`cards` and `items` by
		// `[state+due]`).
		const dueRows = (counts: ReadCounts) =>
			Object.entries(counts.rowsBy)
				.filter(([index]) => index.endsWith('[state+due]') || index.endsWith('+due]'))
				.reduce((sum, [, rows]) => sum + rows, 0);
		expect(dueRows(onTen.home)).toBe(0);
		expect(onTen.home.rows).toBeLessThanOrEqual(onOne.home.rows);
		expect(onTen.home.requests).toBeLessThanOrEqual(onOne.home.requests);
	}, 300_000);

	it('the next Home after answers in every course reads none of the due reviews (10 courses of 100 due)', async () => {
		const ten = await collection({
			courses: 10,
			questions: 300,
			cards: 2_000,
			due: 1_000,
			historyDays: 60,
			oldAnswers: 4_000
		});
		const tab = createDb(ten);
		await storeHomeCounts((await loadHomeViewFilling(now, tab)).fill, tab);
		// A review and a new question in each course, as Study shows them: each answer keeps its
		// course's stored counts (`entryAfterAnswer`) instead of dropping them.
		const courseIds = (await tab.courses.toCollection().primaryKeys()) as string[];
		let at = now;
		for (const courseId of courseIds) {
			const queue = await loadTodayQueue({ courseId }, DEFAULT_STUDY_SETTINGS, at, tab);
			for (const item of [
				queue.find((entry) => entry.kind === 'review'),
				queue.find((entry) => entry.kind === 'new')
			]) {
				if (!item) continue;
				const card = await tab.cards.get(item.questionId);
				at += 60_000;
				await recordAnswer(
					answerOf(item.questionId, 3, at, card?.lastReview ?? null),
					DEFAULT_STUDY_SETTINGS,
					tab
				);
			}
		}
		tab.close();
		const home = counting(ten);
		const view = await loadHomeView(at, home.db);
		home.db.close();
		// No course's due reviews; by due time only the learning cards (the answers made some)
		// and their items, not the every-course queue's reviews.
		const rowsBy = home.counts.rowsBy;
		expect(rowsBy['items.[courseId+state+due]']).toBeUndefined();
		expect(rowsBy['items.[state+due]'] ?? 0).toBeLessThanOrEqual(rowsBy['cards.[state+due]'] ?? 0);
		// The same counts as each course's own queue, built afresh in a new tab.
		const cold = createDb(ten);
		for (const course of view!.courses!)
			expect(course.counts, course.id).toEqual(
				await loadTodayCounts({ courseId: course.id }, at, cold)
			);
		expect(view!.counts).toEqual(await loadTodayCounts({ courseId: null }, at, cold));
		cold.close();
	}, 300_000);

	it('the first queue across 10 courses reads new questions only from the course that limits it', async () => {
		const one = await collection({ questions: 150, cards: 60, historyDays: 60, oldAnswers: 400 });
		const ten = await collection({
			courses: 10,
			questions: 150,
			cards: 600,
			historyDays: 60,
			oldAnswers: 4_000
		});
		const [onOne, onTen] = [(await reads(one)).queue, (await reads(ten)).queue];
		// New questions come from each course's head row (v12, `fresh-head.ts`), none from `fresh`:
		// one course's, then a share from each of the other nine and a further read of the first
		// (no ranks here, so the first course limits the merged list). From `fresh` it read 56 and
		// 200 rows (550 in 30 requests before perf18, every course three times).
		expect(onOne.rowsBy['fresh.key'] ?? 0).toBe(0);
		expect(onTen.rowsBy['fresh.key'] ?? 0).toBe(0);
		// Every course's head in one range of the `bucket` index (a `get` each before perf33: 21
		// requests on ten courses, 11 on one), and the further read from the head already read.
		const heads = (counts: ReadCounts) => counts.rowsBy['tallies.bucket'] ?? 0;
		expect([heads(onOne), heads(onTen)]).toEqual([1, 10]);
		expect(onTen.requestsBy['tallies.bucket.query']).toBe(1);
		expect(onTen.requests).toBe(onOne.requests);
		// Rows: per other course its head and its id in the course list.
		expect(onTen.rows).toBeLessThanOrEqual(onOne.rows + 2 * 9);
	}, 300_000);

	it('each course’s build after Home uses the cached items as they are: no copy of every course’s per course', async () => {
		const name = await collection({
			courses: 3,
			questions: 100,
			cards: 150,
			due: 60,
			historyDays: 10,
			oldAnswers: 50
		});
		const tab = createDb(name);
		// Home reads every course's due reviews once and builds each course from them.
		await loadHomeView(now, tab);
		const cached = dueCaches.get(tab)!.items;
		expect(cached?.size).toBeGreaterThanOrEqual(60);
		for (let c = 0; c < 3; c++) {
			const scope = { courseId: `u-scale-${c}` };
			const queue = await loadTodayQueue(scope, DEFAULT_STUDY_SETTINGS, now, tab);
			const newTab = createDb(name);
			expect(queue).toEqual(await loadTodayQueue(scope, DEFAULT_STUDY_SETTINGS, now, newTab));
			newTab.close();
		}
		// A build that reads nothing adds nothing: the map (every course's due reviews) was
		// copied for each course, on Home ten times over (perf33's profile of the first Home).
		expect(dueCaches.get(tab)!.items).toBe(cached);
		tab.close();
	}, 120_000);

	it('a Stats update after an answer reads the same on 100,000 answers as on 150', async () => {
		const small = await collection({ questions: 150, cards: 60, historyDays: 10, oldAnswers: 100 });
		const big = await collection({
			courses: 10,
			questions: 650,
			cards: 10_000,
			historyDays: 365,
			oldAnswers: 100_000,
			streak: 400
		});
		/** What each of three Stats updates reads in one tab, each after an answer in it. */
		const updates = async (name: string) => {
			const tab = counting(name);
			const ids = [
				...((await tab.db.items.toCollection().primaryKeys()) as string[]),
				...(await tab.db.fresh.toArray()).map((item) => item.id)
			];
			// Every live query of the Stats screen, as `bench/scale-harness` times them.
			const update = (at: number) =>
				Promise.all([loadStats(ids, at, tab.db), loadTodayCounts({ courseId: null }, at, tab.db)]);
			resetReadCounts(tab.counts);
			await update(now);
			const first = { ...tab.counts };
			const read: { requests: number; rows: number }[] = [];
			for (let i = 1; i <= 3; i++) {
				const card = (await tab.db.cards.orderBy('due').first())!;
				const at = now + i * 60_000;
				await recordAnswer(
					answerOf(card.questionId, 3, at, card.lastReview),
					DEFAULT_STUDY_SETTINGS,
					tab.db
				);
				resetReadCounts(tab.counts);
				await update(at + 1000);
				read.push({ requests: tab.counts.requests, rows: tab.counts.rows });
			}
			tab.db.close();
			return { first, read };
		};
		const [small3, big3] = [await updates(small), await updates(big)];
		const [onSmall, onBig] = [small3.read, big3.read];
		// The first Stats of a tab reads the day rows it shows (the heatmap's 26 weeks; the latest
		// row's running totals give the all-time figures, v12), not every day: 182 of the 400 day
		// rows (31 requests, 493 rows before; 275 now; 58 on the small one, 20 days of history).
		expect(big3.first.rowsBy['days.key']).toBeLessThanOrEqual(HEATMAP_WEEKS * 7 + 1);
		expect(big3.first.requests).toBeLessThanOrEqual(small3.first.requests + 9);
		// Beyond the days: per course its state and due-day tallies (up to the forecast's 30
		// days), its head and its id.
		const besideDays = (counts: ReadCounts) => counts.rows - (counts.rowsBy['days.key'] ?? 0);
		expect(besideDays(big3.first)).toBeLessThanOrEqual(besideDays(small3.first) + 9 * 8);
		// Day totals, tallies and the hardest questions are kept per tab (`stats-rows.ts`,
		// `hardest.ts`): an update reads the rows the answer changed (its day row, its card's tally
		// rows, the settings and markers), about 14 rows in 21 requests, whatever the log holds.
		for (const [i, read] of onBig.entries()) {
			expect(read.requests).toBe(onSmall[i].requests);
			expect(read.rows).toBeLessThanOrEqual(onSmall[i].rows);
		}
		expect(onSmall[0].rows).toBeLessThanOrEqual(20);
	}, 600_000);
});
