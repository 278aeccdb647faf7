// Runs inside Chromium for `bench/scale.ts`: the app's real course, database and scheduling
// modules against real IndexedDB, exposed on `window.scaleBench`. Two databases: a fresh
// install (the built-in course, no progress) and a big one (10 courses, 6,500 questions,
// 10,000 cards, 100,000 answers). Every figure is timed on both in the same page.
import rawBank from '$questions/bank.json';
import { listCourseInfo, loadStudyQuestions } from '$lib/content/bank';
import { writeCourse } from '$lib/content/install';
import { parseBank, type Question } from '$lib/content/schema';
import { createCourse } from '$lib/courses/create';
import { recordAnswer } from '$lib/db/answers';
import { loadCourseCounts, loadHomeSummary, loadTodayCounts } from '$lib/db/home-summary';
import { loadHomeView, loadHomeViewFilling } from '$lib/db/home-view';
import { storeHomeCounts, type HomeCountsFill } from '$lib/db/home-counts';
import { knownLatest, type KnownLatest } from '$lib/db/study-today';
import {
	BUILTIN_COURSE_ID,
	CARD_STATE,
	emptyDay,
	type CardRecord,
	type DayRecord,
	type ReviewRecord
} from '$lib/db/records';
import { countReads, newReadCounts, resetReadCounts } from '$lib/db/read-counter';
import { createDb, type FlashpointDb } from '$lib/db/schema';
import { answer as answerInput } from '$lib/db/test-helpers';
import { loadStats } from '$lib/db/stats';
import { getStudySettings, saveStudySettings } from '$lib/db/study-settings';
import { loadTodayQueue } from '$lib/db/today-queue';
import { loadTodaySummary } from '$lib/db/today-summary';
import { studyDay } from '$lib/srs/day';
import { pickNext } from '$lib/srs/queue';
import { Scheduler } from '$lib/srs/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { addAnswerToDay } from '$lib/db/day-totals';

const DAY = 86_400_000;
// Room for every answer the bench gives in a day, for both databases alike.
const SETTINGS = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 100 };

/** A repeatable pseudo-random sequence, so every run seeds the same rows. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
		return state / 4_294_967_296;
	};
}

const TYPES = ['flashcard', 'mcq', 'truefalse', 'short', 'cloze'] as const;

/** A synthetic accepted question (each type in turn, two questions per fact). */
function syntheticQuestion(course: number, n: number): Question {
	const type = TYPES[n % TYPES.length];
	const quote = `In course ${course}, sentence ${Math.floor(n / 2)} states fact number ${n}.`;
	return {
		id: `s-${n}`,
		type,
		prompt: type === 'cloze' ? `In course ${course}, fact ____ is stated.` : `What is fact ${n}?`,
		answer: type === 'truefalse' ? 'true' : `answer ${n}`,
		...(type === 'mcq' && { choices: [`answer ${n}`, 'one', 'two', 'three'] }),
		explanation: quote,
		source: { doc: 'x', quote },
		fact: `fact-${Math.floor(n / 2)}`,
		topics: ['synthetic'],
		difficulty: 1,
		origin: 'written',
		rank: n
	};
}

/** The built-in course, as the app installs it (validated once). */
async function installBuiltin(db: FlashpointDb, now: number) {
	const parsed = parseBank(rawBank);
	if (!parsed.ok) throw new Error(parsed.error);
	await writeCourse(
		db,
		{
			id: BUILTIN_COURSE_ID,
			title: 'Built-in',
			kind: 'builtin',
			hash: 'bench',
			bank: parsed.value
		},
		now
	);
}

/** Nine user courses through `createCourse`, accepted, bringing the total to `total`. */
async function addUserCourses(db: FlashpointDb, total: number, now: number) {
	const builtin = (await loadStudyQuestions(db)).length;
	const left = total - builtin;
	for (let c = 0; c < 9; c++) {
		const count = c < 8 ? Math.ceil(left / 9) : left - 8 * Math.ceil(left / 9);
		const perDoc = Math.ceil(count / 5);
		const documents = Array.from({ length: 5 }, (_, d) => ({
			title: `Course ${c} document ${d}`,
			date: '2025-01-01',
			text: `Synthetic document ${d} of course ${c}.`,
			questions: Array.from({ length: Math.max(0, Math.min(perDoc, count - d * perDoc)) }, (_, i) =>
				syntheticQuestion(c, d * perDoc + i)
			)
		}));
		await createCourse(
			db,
			{ title: `Synthetic course ${c}`, documents, status: 'accepted' },
			{ id: `u-bench-${c}`, now: now + c }
		);
	}
}

/**
 * `cards` cards: most questions of the courses (picked at random, so the started ones are
 * scattered through the teaching order), the rest for questions no course has any more; and
 * `answers` answers over the past year with their day totals, none today.
 */
async function addProgress(db: FlashpointDb, cards: number, answers: number, now: number) {
	const next = random(42);
	const ids = (await loadStudyQuestions(db)).map((q) => q.id).filter(() => next() < 0.92);
	while (ids.length < cards) ids.push(`gone-${ids.length}`);
	const rows: CardRecord[] = ids.slice(0, cards).map((questionId, i) => ({
		questionId,
		// Due from 40 days ago to a year ahead: a few hundred due today, most later.
		due: now + Math.floor((next() * 405 - 40) * DAY),
		stability: 1 + next() * 100,
		difficulty: 1 + next() * 9,
		elapsedDays: 0,
		scheduledDays: Math.floor(next() * 100),
		learningSteps: 0,
		reps: 3 + Math.floor(next() * 20),
		lapses: Math.floor(next() * 4) + (i % 97 === 0 ? 8 : 0),
		state: i % 50 === 0 ? CARD_STATE.relearning : CARD_STATE.review,
		lastReview: now - Math.floor(next() * 200) * DAY - DAY,
		leech: i % 97 === 0
	}));
	await db.cards.bulkAdd(rows);
	const days = new Map<string, DayRecord>();
	const batch: ReviewRecord[] = [];
	// Oldest first, as the app writes them (ids grow with time).
	const times = Array.from({ length: answers }, () => now - DAY - Math.floor(next() * 365 * DAY));
	times.sort((a, b) => a - b);
	for (let i = 0; i < answers; i++) {
		const card = rows[i % rows.length];
		const answeredAt = times[i];
		const review: ReviewRecord = {
			questionId: card.questionId,
			rating: (1 + Math.floor(next() * 4)) as ReviewRecord['rating'],
			answeredAt,
			studyDay: studyDay(answeredAt),
			durationMs: 4000 + Math.floor(next() * 8000),
			grading: 'self',
			correct: null,
			before: i < rows.length ? null : { ...card, due: answeredAt },
			after: {
				due: answeredAt + 3 * DAY,
				state: card.state,
				stability: card.stability,
				difficulty: card.difficulty,
				scheduledDays: 3
			}
		};
		batch.push(review);
		const day = days.get(review.studyDay) ?? emptyDay(review.studyDay);
		days.set(review.studyDay, addAnswerToDay(day, review));
		if (batch.length === 10_000) await db.reviews.bulkAdd(batch.splice(0));
	}
	if (batch.length) await db.reviews.bulkAdd(batch.splice(0));
	await db.days.bulkAdd([...days.values()]);
}

async function withDb<T>(name: string, work: (db: FlashpointDb) => Promise<T>): Promise<T> {
	// A new connection is a new tab: every per-tab cache starts empty.
	const db = createDb(name);
	countReads(db, reads);
	await db.open();
	try {
		return await work(db);
	} finally {
		db.close();
	}
}

async function counted(db: FlashpointDb) {
	return {
		questions: (await loadStudyQuestions(db)).length,
		courses: await db.courses.count(),
		cards: await db.cards.count(),
		answers: await db.reviews.count()
	};
}

/**
 * What a Stats update reads: every live query of the Stats screen, at once. The screen reads
 * its questions once when it opens (`ids`), not on each update.
 */
async function statsUpdate(db: FlashpointDb, ids: readonly string[], now: number) {
	await Promise.all([loadStats(ids, now, db), loadTodayCounts({ courseId: null }, now, db)]);
}

/** The median of five timings of `work` (ms). */
async function medianOf5(work: () => Promise<unknown>): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < 5; i++) {
		const started = performance.now();
		await work();
		times.push(performance.now() - started);
	}
	return times.sort((a, b) => a - b)[2];
}

/**
 * Issue 14, "stale due-date index entries per answer": a course of `size` questions, each
 * with a review card due before today, then `answers` of the most overdue answered Good (each
 * answer moves its card's due time to a later day). Times reading the first 20 review
 * questions due today (`items` `[state+due]`, as the every-course queue reads them), before and
 * after the answers, in one connection that stays open (Chromium removes an index entry whose
 * value changed only in a later sweep, so each answer leaves one at the old due time, inside
 * the range the read walks). Deletes the database after.
 */
async function staleDue(size: number, answers: number, now: number) {
	const name = `scale-stale-${answers}`;
	await createDb(name).delete();
	const db = createDb(name, undefined, 'relaxed');
	await db.open();
	try {
		await createCourse(
			db,
			{
				title: 'Stale entries',
				documents: [
					{
						title: 'Document',
						date: '2025-01-01',
						text: 'Synthetic document.',
						questions: Array.from({ length: size }, (_, n) => syntheticQuestion(0, n))
					}
				],
				status: 'accepted'
			},
			{ id: 'u-stale', now: now - 400 * DAY }
		);
		const userIds = (await loadStudyQuestions(db)).map((q) => q.id);
		await db.cards.bulkAdd(
			userIds.map((questionId, i) => ({
				questionId,
				due: now - DAY - i * 1000,
				stability: 10,
				difficulty: 5,
				elapsedDays: 0,
				scheduledDays: 10,
				learningSteps: 0,
				reps: 3,
				lapses: 0,
				state: CARD_STATE.review,
				lastReview: now - 11 * DAY,
				leech: false
			}))
		);
		const dayEnd = now + DAY;
		const firstDue = () =>
			db.items
				.where('[state+due]')
				.between([CARD_STATE.review, -Infinity], [CARD_STATE.review, dayEnd], true, false)
				.limit(20)
				.toArray();
		const before = await medianOf5(firstDue);
		const answered = (await db.items
			.where('[state+due]')
			.between([CARD_STATE.review, -Infinity], [CARD_STATE.review, dayEnd], true, false)
			.limit(answers)
			.primaryKeys()) as string[];
		let clock = now;
		for (const questionId of answered) {
			clock += 1000;
			await recordAnswer(answerInput(questionId, 3, clock, now - 11 * DAY, 1000), SETTINGS, db);
		}
		return { before, after: await medianOf5(firstDue) };
	} finally {
		db.close();
		await createDb(name).delete();
	}
}

/**
 * IndexedDB requests and rows read through every connection this harness opens (`withDb`),
 * counted by the app's DBCore read counter (`$lib/db/read-counter`, the one the unit tests
 * use) while `measured` runs.
 */
const reads = newReadCounts();
reads.on = false;

/** `work`'s time (ms), IndexedDB requests and rows read, and the busiest request kinds. */
async function measured(work: () => Promise<unknown>) {
	resetReadCounts(reads);
	reads.on = true;
	const started = performance.now();
	await work();
	const ms = performance.now() - started;
	reads.on = false;
	const top = Object.entries(reads.requestsBy)
		.sort((a, b) => b[1] - a[1])
		.slice(0, 6);
	return { ms, requests: reads.requests, rows: reads.rows, top };
}

/** What each database's last measured Home built, for `storeHome`. */
const pendingFills = new Map<string, HomeCountsFill>();

const scaleBench = {
	staleDue,

	/**
	 * Seeds database `name` (`full`: the big one). With `reuse`, a database already holding the
	 * big seed is kept (SCALE_PROFILE_DIR: seeding takes minutes on a busy machine).
	 */
	async prepare(name: string, full: boolean, now: number, reuse: boolean) {
		const started = performance.now();
		const phases: Record<string, number> = {};
		const seeded = reuse && full && (await withDb(name, (db) => db.cards.count())) >= 10_000;
		if (!seeded) await createDb(name).delete();
		const counts = await withDb(name, async (db) => {
			if (seeded) return counted(db);
			await installBuiltin(db, now - 400 * DAY);
			await saveStudySettings(SETTINGS, db);
			if (full) {
				let t = performance.now();
				await addUserCourses(db, 6_500, now - 400 * DAY);
				phases.courses = performance.now() - t;
				t = performance.now();
				await addProgress(db, 10_000, 100_000, now);
				phases.progress = performance.now() - t;
			}
			return counted(db);
		});
		return { ...counts, seedMs: performance.now() - started, phases };
	},

	/**
	 * Home's count in phases, each in its own read transaction of one new connection (a new
	 * tab), in Home's order: the course list and latest answer, the every-course summary, then
	 * each course's counts (reusing the summary's cache, as Home does), and Home whole in a
	 * second new connection. Each: ms, IndexedDB requests and rows (`measured`).
	 */
	homePhases(name: string, now: number) {
		return withDb(name, async (db) => {
			let courses: Awaited<ReturnType<typeof listCourseInfo>> = [];
			let latest: KnownLatest = { latest: undefined };
			const list = await measured(async () => {
				[courses, latest] = await db.transaction('r', db.tallies, db.reviews, () =>
					Promise.all([listCourseInfo(db), knownLatest(db)])
				);
			});
			const summary = await measured(() =>
				loadHomeSummary({ courseId: null }, now, db, courses.length > 1 ? 'each' : 'shared', latest)
			);
			const perCourse = await measured(() =>
				courses.length > 1 ? loadCourseCounts(courses, now, db, false, latest) : Promise.resolve()
			);
			// Again, with every row cached: the counts' own JavaScript, with two requests.
			const perCourseCached = await measured(() =>
				courses.length > 1 ? loadCourseCounts(courses, now, db, false, latest) : Promise.resolve()
			);
			const whole = await withDb(name, (fresh) => measured(() => loadHomeView(now, fresh)));
			// Home whole again in new tabs: with the counts a first Home stored (every course's
			// held), and after one answer in one course (that course built again).
			await withDb(name, async (tab) =>
				storeHomeCounts((await loadHomeViewFilling(now, tab)).fill, tab)
			);
			const stored = await withDb(name, (tab) => measured(() => loadHomeView(now, tab)));
			await withDb(name, async (tab) => {
				const queue = await loadTodayQueue({ courseId: null }, SETTINGS, now, tab);
				const item = pickNext(queue, now, SETTINGS.learnAheadMinutes);
				if (item)
					await recordAnswer(
						answerInput(item.questionId, 3, now, item.card?.lastReview ?? null, 1000),
						SETTINGS,
						tab
					);
			});
			const oneWritten = await withDb(name, (tab) => measured(() => loadHomeView(now, tab)));
			return { list, summary, perCourse, perCourseCached, whole, stored, oneWritten };
		});
	},

	/**
	 * What single reads cost on this database (ms, median of 3, each in its own read
	 * transaction of a new connection): one `get`, `n` parallel `get`s of items, one `getAll` of
	 * 220 review items, each course's due reviews (10 parallel ranges), each course's first 216
	 * new questions, and the streak's days.
	 */
	micro(name: string, now: number) {
		return withDb(name, async (db) => {
			const dayEnd = now + DAY;
			const review = CARD_STATE.review;
			const courseIds = (await db.courses.toCollection().primaryKeys()) as string[];
			const ids = (await db.items.limit(40).primaryKeys()) as string[];
			const time = async (work: () => Promise<unknown>) => {
				const runs: number[] = [];
				for (let i = 0; i < 3; i++) {
					const started = performance.now();
					await db.transaction('r', db.items, db.fresh, db.settings, db.days, work);
					runs.push(performance.now() - started);
				}
				return runs.sort((a, b) => a - b)[1];
			};
			return {
				oneGet: await time(() => db.settings.get('study')),
				gets10: await time(() => db.items.bulkGet(ids.slice(0, 10))),
				gets40: await time(() => db.items.bulkGet(ids)),
				reviews220: await time(() =>
					db.items
						.where('[state+due]')
						.between([review, -Infinity], [review, dayEnd], true, false)
						.limit(220)
						.toArray()
				),
				courseReviews: await time(() =>
					Promise.all(
						courseIds.map((id) =>
							db.items
								.where('[courseId+state+due]')
								.between([id, review, -Infinity], [id, review, dayEnd], true, false)
								.limit(220)
								.toArray()
						)
					)
				),
				courseReviewCounts: await time(() =>
					Promise.all(
						courseIds.map((id) =>
							db.items
								.where('[courseId+state+due]')
								.between([id, review, -Infinity], [id, review, dayEnd], true, false)
								.count()
						)
					)
				),
				courseFresh: await time(() =>
					Promise.all(
						courseIds.map((id) =>
							db.fresh
								.where('[courseId+rank+position]')
								.between([id, -Infinity, -Infinity], [id, Infinity, Infinity], true, true)
								.limit(216)
								.toArray()
						)
					)
				),
				days400: await time(() => db.days.limit(400).toArray())
			};
		});
	},

	/** The first queue build in a new connection, measured (`measured`). */
	queuePhases(name: string, now: number) {
		return withDb(name, async (db) => {
			const settings = await getStudySettings(db);
			return measured(() => loadTodayQueue({ courseId: null }, settings, now, db));
		});
	},

	/**
	 * Home in a new tab, as `watchHomeSummary` reads it (`loadHomeViewFilling`): the course list,
	 * `loadHomeSummary` (counts, streak, minutes) and, with more than one course, each course's
	 * counts (the stored ones where they hold). Measured (`measured`: ms, requests, rows) until
	 * the figures are ready; `storeHome` then stores the counts it built, as the app does after
	 * showing them (`storeHomeCounts`: the screen is painted by then).
	 */
	home(name: string, now: number) {
		return withDb(name, async (db) => {
			let fill: HomeCountsFill | undefined;
			const figures = await measured(async () => {
				fill = (await loadHomeViewFilling(now, db)).fill;
			});
			pendingFills.set(name, fill!);
			return figures;
		});
	},

	/** Stores the counts the last `home(name)` built, as the app does after painting (untimed). */
	storeHome(name: string) {
		const fill = pendingFills.get(name);
		pendingFills.delete(name);
		return fill ? withDb(name, (db) => storeHomeCounts(fill, db)) : Promise.resolve();
	},

	/**
	 * Study in a new tab: settings, today's queue (every course, read by index as the Study
	 * screen's session does), the first card's buttons. Not timed: the Study screen also loads
	 * the questions it shows (`loadCourseBank`).
	 */
	firstQueue(name: string, now: number) {
		return withDb(name, (db) =>
			measured(async () => {
				const settings = await getStudySettings(db);
				const queue = await loadTodayQueue({ courseId: null }, settings, now, db);
				const next = pickNext(queue, now, settings.learnAheadMinutes);
				if (!next) throw new Error('nothing to study');
				new Scheduler(settings).preview(next.card, now);
			})
		);
	},

	/**
	 * `runs` answers in one tab. Each is timed from the answer to the next card ready (the
	 * answer's transaction, today's summary, the queue, the next card's buttons), then the
	 * Stats screen's update after it (its live queries re-run). `kind`: `next` answers the card
	 * Study shows next (on the full database a due review, on the empty one a new question);
	 * `new` the first new question in the queue. Also what each answer wrote (`read-counter.ts`:
	 * rows, and bytes as JSON, below every app middleware, so the index rows it keeps count).
	 */
	answers(name: string, now: number, runs: number, kind: 'next' | 'new' = 'next') {
		return withDb(name, async (db) => {
			const ids = (await loadStudyQuestions(db)).map((q) => q.id);
			const source = { courseId: null };
			const scheduler = new Scheduler(SETTINGS);
			const answer: number[] = [];
			const stats: number[] = [];
			const bytes: number[] = [];
			const written: number[] = [];
			let clock = now;
			let queue = await loadTodayQueue(source, SETTINGS, clock, db);
			await statsUpdate(db, ids, clock);
			for (let i = 0; i < runs; i++) {
				const item =
					kind === 'new'
						? queue.find((entry) => entry.kind === 'new')
						: pickNext(queue, clock, SETTINGS.learnAheadMinutes);
				if (!item) throw new Error('the queue ran out');
				clock += 8000;
				resetReadCounts(reads);
				reads.on = true;
				let started = performance.now();
				const seen = item.card?.lastReview ?? null;
				await recordAnswer(answerInput(item.questionId, 3, clock, seen, 8000), SETTINGS, db);
				bytes.push(reads.bytes);
				written.push(reads.written);
				reads.on = false;
				await loadTodaySummary(clock, db);
				queue = await loadTodayQueue(source, SETTINGS, clock, db);
				const next = pickNext(queue, clock, SETTINGS.learnAheadMinutes);
				if (next) scheduler.preview(next.card, clock);
				answer.push(performance.now() - started);
				started = performance.now();
				await statsUpdate(db, ids, clock);
				stats.push(performance.now() - started);
			}
			return { answer, stats, bytes, written };
		});
	}
};

(window as unknown as { scaleBench: typeof scaleBench }).scaleBench = scaleBench;
document.body.dataset.ready = 'true';
