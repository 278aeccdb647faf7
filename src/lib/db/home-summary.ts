/** What Home shows (counts, streak, minutes, leeches) and the history figures it uses. */
import { addDays, studyDay } from '$lib/srs/day';
import { countQueue, type QueueQuestion, type TodayCounts } from '$lib/srs/queue';
import { LEECH_LAPSES } from '$lib/srs/settings';
import { startedIds } from './queue-cache';
import type { CardRecord, CourseRecord } from './records';
import { getDb, type FlashpointDb } from './schema';
import { getStudySettings } from './study-settings';
import { loadTodayQueue } from './today-queue';

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

export async function currentStreak(
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<number> {
	const today = studyDay(now);
	// Read forward (one `getAll`) and reversed here: a reverse cursor costs a round trip a row.
	const rows = await db.days.where('day').belowOrEqual(today).toArray();
	return streakFromDays(
		rows
			.filter((row) => row.answers > 0)
			.map((row) => row.day)
			.reverse(),
		today
	);
}

/** Average time per answer over recent days (ms), or `fallback` with no history yet. */
export async function averageAnswerMs(
	fallback = 15_000,
	db: FlashpointDb = getDb()
): Promise<number> {
	const recent = await db.days.orderBy('day').reverse().limit(30).toArray();
	const answers = recent.reduce((sum, row) => sum + row.answers, 0);
	const time = recent.reduce((sum, row) => sum + row.timeMs, 0);
	return answers >= 5 ? time / answers : fallback;
}

export interface HomeSummary {
	/** New / learning / review left today, as Study and Stats count them (`countQueue`). */
	counts: TodayCounts;
	streak: number;
	/** Estimated minutes for today's queue, from the average time per answer. */
	minutes: number;
	leeches: number;
	answeredToday: number;
	/** Questions in the bank with no card yet (not limited to today). */
	unstarted: number;
	/** Each course's own counts, when there is more than one course (`loadCourseCounts`). */
	courses?: CourseCounts[];
}

/** One course's counts for today, as studying that course alone would see them. */
export interface CourseCounts {
	id: string;
	title: string;
	kind: CourseRecord['kind'];
	/** Questions studied in the course (a user course's accepted ones). */
	questionCount: number;
	documentCount: number;
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
	courses: readonly CourseRecord[],
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<CourseCounts[]> {
	return db.transaction('r', db.cards, db.reviews, db.days, db.settings, db.questions, () =>
		Promise.all(
			courses.map(async (course) => ({
				id: course.id,
				title: course.title,
				kind: course.kind,
				questionCount: course.questionCount,
				documentCount: course.documentCount,
				draftCount:
					course.kind === 'user'
						? await db.questions
								.where('courseId')
								.equals(course.id)
								.filter((q) => q.status === 'draft')
								.count()
						: 0,
				counts: await loadTodayCounts(course.queue, now, db)
			}))
		)
	);
}

/**
 * Today's new / learning / review counts (`countQueue`), as Home, Study and Stats show them:
 * the one place they are read, so the three screens always agree.
 */
export async function loadTodayCounts(
	questions: readonly QueueQuestion[],
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<TodayCounts> {
	const settings = await getStudySettings(db);
	const queue = await loadTodayQueue(questions, settings, now, db);
	return countQueue(queue, now, settings.learnAheadMinutes);
}

/** What Home shows; cheap enough to run inside `liveQuery` so every tab stays current. */
export async function loadHomeSummary(
	questions: readonly QueueQuestion[],
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<HomeSummary> {
	return db.transaction('r', db.cards, db.reviews, db.days, db.settings, async () => {
		const settings = await getStudySettings(db);
		const [queue, streak, averageMs, leeches, today, started] = await Promise.all([
			loadTodayQueue(questions, settings, now, db),
			currentStreak(now, db),
			averageAnswerMs(15_000, db),
			db.cards.where('lapses').aboveOrEqual(LEECH_LAPSES).count(),
			db.days.get(studyDay(now)),
			startedIds(db)
		]);
		const counts = countQueue(queue, now, settings.learnAheadMinutes);
		// A new question usually takes about three answers on its first day (learning steps).
		const answers = counts.learning + counts.later + counts.review + counts.fresh * 3;
		return {
			counts,
			streak,
			minutes: answers === 0 ? 0 : Math.max(1, Math.round((answers * averageMs) / 60_000)),
			leeches,
			answeredToday: today?.answers ?? 0,
			unstarted: questions.filter((q) => !started.has(q.id)).length
		};
	});
}
