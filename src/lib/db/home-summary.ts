/** What Home shows (counts, streak, minutes, leeches) and the history figures it uses. */
import { estimateBasis, estimateStudy, type AnswerHistory } from '$lib/srs/estimate';
import { Dexie, type Table } from 'dexie';
import { addDays } from '$lib/srs/day';
import type { ClockBehind } from '$lib/srs/clock-behind';
import type { KeptStudyDay } from '$lib/srs/kept-day';
import { countQueue, type TodayCounts } from '$lib/srs/queue';
import { LEECH_LAPSES } from '$lib/srs/settings';
import { startedIds } from './queue-cache';
import type { CardRecord, CourseRecord, DayRecord } from './records';
import { NO_CARD } from './index-records';
import { getDb, type FlashpointDb } from './schema';
import { holdTables } from './card-holds';
import { getStudySettings } from './study-settings';
import { streakAt } from './streaks';
import type { StudySettings } from '$lib/srs/settings';
import type { FreshSpread } from './fresh-read';
import { studyToday } from '$lib/srs/today';
import { knownLatest, type KnownLatest } from './study-today';
import { loadTodayQueue, type QuestionSource } from './today-queue';

/**
 * What Home's parts read once for all of them (`loadHomeView`): the log's latest answer and,
 * when read already, the study settings (each part read them again: a round trip each, in
 * sequence before its queue's reads; 2026-12-01 scale bench).
 */
export interface HomeKnown extends KnownLatest {
	settings?: StudySettings;
}

/** The study settings as `known` holds them, or read now. */
function knownSettings(db: FlashpointDb, known?: HomeKnown): PromiseLike<StudySettings> {
	return known?.settings ? Dexie.Promise.resolve(known.settings) : getStudySettings(db);
}

/** Questions forgotten `LEECH_LAPSES` times or more, most lapses first. */
export async function listLeeches(db: FlashpointDb = getDb()): Promise<CardRecord[]> {
	const cards = await db.cards.where('lapses').aboveOrEqual(LEECH_LAPSES).toArray();
	return cards.sort((a, b) => b.lapses - a.lapses);
}

/**
 * Consecutive study days with at least one answer, ending today, or yesterday when today has
 * not been studied yet (the streak is alive until today ends). `days` are newest first.
 */
export function streakFromDays(days: readonly string[], today: string): number {
	let expected = days[0] === today ? today : addDays(today, -1);
	let streak = 0;
	for (const day of days) {
		if (day > expected) continue;
		if (day !== expected) break;
		streak++;
		expected = addDays(day, -1);
	}
	return streak;
}

/**
 * The current streak (days) at `now`; `known`: the log's latest answer if the caller read it
 * already (one read per screen load). Read from yesterday's, today's and any later rows, which
 * keep the streak ending on them (v11, `streaks.ts`): one range of two rows (more only while
 * the clock is behind answers given), however long the streak or the history.
 */
export async function currentStreak(
	now: number = Date.now(),
	db: FlashpointDb = getDb(),
	known?: KnownLatest
): Promise<number> {
	const { day: today } = studyToday(now, (await knownLatest(db, known)).latest);
	// From yesterday on: a row after today (the clock behind its answers) makes today studied.
	const rows = await db.days.where('day').aboveOrEqual(addDays(today, -1)).toArray();
	return streakAt(today, rows) ?? countStreak(db, today);
}

/**
 * The streak counted from the day rows themselves, for rows without a stored one (a database
 * not upgraded to v11: never once it is, kept as the rule's reference).
 */
export async function countStreak(db: FlashpointDb, today: string): Promise<number> {
	// Read forward (one `getAll`) and reversed here: a reverse cursor costs a round trip a row.
	// The last `span` days first, further back only while the streak fills them, each time only
	// the days not read yet (so the read grows with the streak, not with the history).
	let rows: DayRecord[] = [];
	let to = today;
	for (let span = 64; ; span *= 4) {
		const from = addDays(today, -span);
		const older = await db.days.where('day').between(from, to, true, !rows.length).toArray();
		rows = [...older, ...rows];
		to = from;
		const streak = streakFromDays(
			rows
				.filter((row) => row.answers > 0)
				.map((row) => row.day)
				.reverse(),
			today
		);
		if (streak < span - 1 || span > 100_000) return streak;
	}
}

/** Answers and their total time (ms) over the 30 most recent study days (`estimate.ts`). */
export async function recentAnswerHistory(db: FlashpointDb = getDb()): Promise<AnswerHistory> {
	const recent = await db.days.orderBy('day').reverse().limit(30).toArray();
	return {
		answers: recent.reduce((sum, row) => sum + row.answers, 0),
		timeMs: recent.reduce((sum, row) => sum + row.timeMs, 0)
	};
}

export interface HomeSummary {
	/** New / learning / review left today, as Study and Stats count them (`countQueue`). */
	counts: TodayCounts;
	streak: number;
	/** Estimated minutes for today's queue (`estimateStudy`: `estimate.minutes`). */
	minutes: number;
	/** What the estimate rests on, in words (`estimateBasis`). */
	estimateBasis: string;
	leeches: number;
	/** Answers of today's study day and any filed under a later one (`todaysAnswers`). */
	answeredToday: number;
	/** Questions in the bank with no card yet (not limited to today). */
	unstarted: number;
	/** Each course's own counts, when there is more than one course (`loadCourseCounts`). */
	courses?: CourseCounts[];
	/** Answers dated after the device's clock, on Home (`loadHomeView`); null for none. */
	clockBehind?: ClockBehind | null;
	/** Today's study day began in another time zone (`keptStudyDay`), on Home; null for none. */
	keptDay?: KeptStudyDay | null;
}

/** One course's counts for today, as studying that course alone would see them. */
export interface CourseCounts {
	id: string;
	title: string;
	kind: CourseRecord['kind'];
	/** Questions studied in the course (a user course's accepted ones). */
	questionCount: number;
	/**
	 * Its documents: on the Courses screen (`drafts`) the course's `documents` rows counted by
	 * index, the same rows the Questions screen's document filter lists (a course row's stored
	 * count, set when the course was made, missed a file imported into it later: "1 document"
	 * beside a filter of two); elsewhere the stored count.
	 */
	documentCount: number;
	/**
	 * Its documents with text to write questions from (the Courses screen; elsewhere
	 * `documentCount`): a course imported from a quiz file (GIFT, Aiken, CSV, Anki) holds only
	 * the file's row, with no text, so "Write questions from its documents" has nothing to offer.
	 */
	textDocumentCount: number;
	/** A user course's drafts still waiting for review (never studied until accepted). */
	draftCount: number;
	counts: TodayCounts;
}

/**
 * Each course's new / learning / review counts (`loadTodayCounts` on the course's own queue):
 * what Study shows for `/study?course=<id>`. The daily limits (new per day, reviews per day) are
 * shared, so the courses' counts can add up to more than all courses together, as in Anki's
 * deck list.
 */
export async function loadCourseCounts(
	courses: readonly Omit<CourseRecord, 'queue'>[],
	now: number = Date.now(),
	db: FlashpointDb = getDb(),
	/** Whether to count each user course's drafts (the Courses screen; Home shows none: 0). */
	drafts = true,
	/** The log's latest answer and the settings, if the caller read them already. */
	known?: HomeKnown
): Promise<CourseCounts[]> {
	// Documents only where they are counted: Home calls this inside its own transaction, which
	// has no documents table (a sub-transaction may not add one).
	const tables: Table[] = [db.cards, db.reviews, db.days, db.settings, db.questions, db.items];
	tables.push(db.fresh, db.tallies, ...(drafts ? [db.documents] : []));
	return db.transaction('r', [...tables, db.courses, ...holdTables(db)], async () => {
		// Read once for every course (they were read once per course).
		const [settings, latest] = await Promise.all([
			knownSettings(db, known),
			knownLatest(db, known)
		]);
		return Promise.all(
			courses.map(async (course) => {
				const documents = db.documents.where('courseId').equals(course.id);
				const [draftCount, documentCount, textDocumentCount, queue] = await Promise.all([
					// By index (v7): only the drafts are counted, not the course's other questions.
					drafts && course.kind === 'user'
						? db.questions.where('[courseId+status]').equals([course.id, 'draft']).count()
						: 0,
					drafts ? documents.count() : course.documentCount,
					drafts && course.kind === 'user'
						? documents.filter((d) => Boolean(d.text?.trim())).count()
						: course.documentCount,
					// Counts only: the card shown next is not loaded.
					loadTodayQueue({ courseId: course.id }, settings, now, db, { loadHead: false, latest })
				]);
				return {
					id: course.id,
					title: course.title,
					kind: course.kind,
					questionCount: course.questionCount,
					documentCount,
					textDocumentCount,
					draftCount,
					counts: countQueue(queue, now, settings.learnAheadMinutes)
				};
			})
		);
	});
}

/**
 * Today's new / learning / review counts (`countQueue`), as Home, Study and Stats show them:
 * the one place they are read, so the three screens always agree.
 */
export async function loadTodayCounts(
	questions: QuestionSource,
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<TodayCounts> {
	const settings = await getStudySettings(db);
	const queue = await loadTodayQueue(questions, settings, now, db);
	return countQueue(queue, now, settings.learnAheadMinutes);
}

/**
 * Questions of `source` with no card yet: for a course scope, from the `state:-1` tallies (a
 * few rows); for a list, by the started set (tests). Call inside a transaction over `cards`,
 * `settings` and `tallies`.
 */
async function countUnstarted(db: FlashpointDb, source: QuestionSource): Promise<number> {
	if (Array.isArray(source)) {
		const started = await startedIds(db);
		return source.filter((q) => !started.has(q.id)).length;
	}
	const { courseId } = source as { courseId: string | null };
	const rows = await (courseId === null
		? db.tallies.where('bucket').equals(`state:${NO_CARD}`).toArray()
		: db.tallies
				.where('[courseId+bucket]')
				.equals([courseId, `state:${NO_CARD}`])
				.toArray());
	return rows.reduce((sum, row) => sum + row.count, 0);
}

/**
 * What Home shows; cheap enough to run inside `liveQuery` so every tab stays current. With a
 * course scope (`{ courseId: null }` on Home) every read is bounded by today's workload and
 * the number of courses, never by the number of questions, cards or answers.
 */
export async function loadHomeSummary(
	questions: QuestionSource,
	now: number = Date.now(),
	db: FlashpointDb = getDb(),
	/** How to read every course's new questions (`QueueOptions.freshSpread`). */
	freshSpread: FreshSpread = 'shared',
	/** The log's latest answer and the settings, if the caller read them already. */
	known?: HomeKnown,
	/** `questions`' counts, if the caller has them (`home-view.ts`): no queue is built. */
	given?: TodayCounts
): Promise<HomeSummary> {
	return db.transaction(
		'r',
		[
			db.cards,
			db.reviews,
			db.days,
			db.settings,
			db.items,
			db.tallies,
			db.fresh,
			db.courses,
			...holdTables(db)
		],
		async () => {
			// The latest answer decides today for the queue, the streak and today's totals: read
			// once here (it was read three times), with the settings.
			const [settings, latest] = await Promise.all([
				knownSettings(db, known),
				knownLatest(db, known)
			]);
			const options = { loadHead: false, freshSpread, latest };
			const [counts, streak, history, leeches, today, unstarted] = await Promise.all([
				// Counts only: the card shown next is not loaded.
				given
					? Dexie.Promise.resolve(given)
					: loadTodayQueue(questions, settings, now, db, options).then((queue) =>
							countQueue(queue, now, settings.learnAheadMinutes)
						),
				currentStreak(now, db, latest),
				recentAnswerHistory(db),
				db.cards.where('lapses').aboveOrEqual(LEECH_LAPSES).count(),
				// Today's totals and any filed under a later day, as Study counts them (`todaysAnswers`).
				db.days.where('day').aboveOrEqual(studyToday(now, latest.latest).day).toArray(),
				countUnstarted(db, questions)
			]);
			const estimate = estimateStudy(counts, history);
			return {
				counts,
				streak,
				minutes: estimate.minutes,
				estimateBasis: estimateBasis(estimate),
				leeches,
				answeredToday: today.reduce((sum, row) => sum + row.answers, 0),
				unstarted
			};
		}
	);
}
