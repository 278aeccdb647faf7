/**
 * Merge progress from another device (Import → Merge): the union of both answer logs by each
 * answer's global id (`uuid`, v6), then every question that gained answers rebuilt by
 * replaying all its answers, in time order, through this device's `Scheduler` (`replay.ts`),
 * and the day totals rebuilt from the merged log. Merging A into B gives the same cards and
 * answers as B into A (`merge.property.test.ts`); local keys (`id`) differ, as they are this
 * device's own. Study settings and this device's courses stay; courses of the file that this
 * device lacks are added.
 */
import { Scheduler } from '$lib/srs/scheduler';
import { studyToday, type StudyToday } from '$lib/srs/today';
import { readLatestAnswer } from './study-today';
import { keepAutomaticBackup, type BackupsDb } from './auto-backup';
import { restoreUserCourses } from './backup-courses';
import { backupWriteTables } from './backup';
import type { ProgressFile } from './backup-file';
import type { CardRecord, ReviewRecord } from './records';
import { replayAnswers, totalsFromLog } from './replay';
import { deferIndexUpkeep } from './indexes';
import { rebuildIndexes } from './index-rows';
import { refreshRecentSiblings } from './answer-siblings';
import { getDb, type FlashpointDb } from './schema';
import { getStudySettings } from './study-settings';
import { closeUndo } from './undo-floor';
import { appendAll } from '$lib/text/largest';

/** What an answer is, without where it is stored or the schedules replay rewrites. */
function content(review: ReviewRecord): string {
	const { questionId, answeredAt, rating, durationMs, grading, correct, previewAt } = review;
	return JSON.stringify([questionId, answeredAt, rating, durationMs, grading, correct, previewAt]);
}

/**
 * The union of two logs by uuid (rows without one are keyed by `content`). Should both hold a
 * uuid with different contents, the smaller content wins, so the union is the same whichever
 * log comes first.
 */
export function unionByUuid(
	a: readonly ReviewRecord[],
	b: readonly ReviewRecord[]
): Map<string, ReviewRecord> {
	const union = new Map<string, ReviewRecord>();
	for (const review of [...a, ...b]) {
		const key = review.uuid ?? `content:${content(review)}`;
		const have = union.get(key);
		if (!have || content(review) < content(have)) union.set(key, review);
	}
	return union;
}

/**
 * Merges two logs: the union by uuid, each question's card and answers replayed through
 * `scheduler` (answers' `before`/`after` rewritten). Pure; `questions` limits the replay to
 * those questions (the others' answers are returned as they are, without a card).
 */
export function mergeLogs(
	a: readonly ReviewRecord[],
	b: readonly ReviewRecord[],
	scheduler: Scheduler,
	questions?: ReadonlySet<string>
): { cards: CardRecord[]; reviews: ReviewRecord[] } {
	const byQuestion = new Map<string, ReviewRecord[]>();
	for (const review of unionByUuid(a, b).values()) {
		const answers = byQuestion.get(review.questionId);
		if (answers) answers.push(review);
		else byQuestion.set(review.questionId, [review]);
	}
	const cards: CardRecord[] = [];
	const reviews: ReviewRecord[] = [];
	for (const [questionId, answers] of [...byQuestion].sort(([x], [y]) => (x < y ? -1 : 1))) {
		if (questions && !questions.has(questionId)) {
			appendAll(reviews, answers);
			continue;
		}
		const replayed = replayAnswers(questionId, answers, scheduler)!;
		cards.push(replayed.card);
		appendAll(reviews, replayed.answers);
	}
	return { cards, reviews };
}

/** What a merge added. */
export interface MergeResult {
	/** Answers of the file this device did not have. */
	added: number;
	/** Questions whose cards were rebuilt. */
	questions: number;
	/** User courses of the file added to this device. */
	courses: number;
}

/**
 * Whether merging `file` would change anything: an answer whose uuid this device lacks, or a
 * user course it lacks. Reads the `uuid` index's keys and the course keys only (one read
 * transaction).
 */
async function wouldMergeAnything(db: FlashpointDb, file: ProgressFile): Promise<boolean> {
	return db.transaction('r', [db.reviews, db.courses], async () => {
		const [uuids, courses] = await Promise.all([
			db.reviews.orderBy('uuid').keys(),
			db.courses.toCollection().primaryKeys()
		]);
		const known = new Set(uuids.map(String));
		const have = new Set(courses);
		return (
			file.reviews.some((review) => review.uuid === undefined || !known.has(review.uuid)) ||
			(file.courses ?? []).some((course) => !have.has(course.id))
		);
	});
}

/**
 * An incoming answer given since today's study day began here, on today's study day: another
 * device in another zone (or with another clock) labelled it its own day, and the daily limits
 * count today's answers by label. As Anki counts "today" from the answers' times against this
 * device's day boundary: an outsider merged ten new questions introduced that day on her other
 * device and the new allowance stayed whole (issue 12/14). Older answers keep their day.
 */
export function onTodayHere(review: ReviewRecord, today: StudyToday): ReviewRecord {
	const sinceToday = review.answeredAt >= today.start && review.answeredAt < today.end;
	return sinceToday && review.studyDay !== today.day ? { ...review, studyDay: today.day } : review;
}

/**
 * Merges a checked backup (`parseProgressFile`) into this device's progress, after keeping an
 * automatic backup, in one read-write transaction. A file that adds nothing (every answer and
 * course already here) changes nothing and keeps no backup: it returns all zeros, which Settings
 * reads as "Nothing to merge". Throws `BackupStorageError` (nothing changed) when the copy
 * cannot be kept, or what IndexedDB throws (nothing changed).
 */
export async function mergeProgress(
	file: ProgressFile,
	options: { db?: FlashpointDb; backups?: BackupsDb; now?: number } = {}
): Promise<MergeResult> {
	const db = options.db ?? getDb();
	if (!(await wouldMergeAnything(db, file))) return { added: 0, questions: 0, courses: 0 };
	await keepAutomaticBackup('merge', { ...options, db });
	return db.transaction('rw', backupWriteTables(db), async () => {
		// Cards and courses change in bulk: `items` and `tallies` are rebuilt once at the end.
		deferIndexUpkeep();
		const [local, settings, localCourses, latest] = await Promise.all([
			db.reviews.toArray(),
			getStudySettings(db),
			db.courses.toCollection().primaryKeys(),
			readLatestAnswer(db)
		]);
		const today = studyToday(options.now ?? Date.now(), latest);
		const known = new Set(local.map((review) => review.uuid));
		const incoming = file.reviews
			.filter((review) => !known.has(review.uuid))
			.map((review) => onTodayHere(review, today));
		const questions = new Set(incoming.map((review) => review.questionId));
		const merged = mergeLogs(local, incoming, new Scheduler(settings), questions);
		const changed = merged.reviews.filter((review) => questions.has(review.questionId));
		await db.cards.bulkPut(merged.cards);
		await db.reviews.bulkPut(
			changed.filter((review) => review.id !== undefined && known.has(review.uuid))
		);
		// Marked, as their keys come after this device's own answers whatever their time
		// (`ReviewRecord.merged`: Check database's clock rule leaves them out).
		await db.reviews.bulkAdd(
			changed
				.filter((review) => !known.has(review.uuid))
				.map(({ id: _id, ...review }): ReviewRecord => ({ ...review, merged: true }))
		);
		await db.days.clear();
		await db.days.bulkAdd(totalsFromLog(merged.reviews));
		const have = new Set(localCourses);
		const courses = (file.courses ?? []).filter((course) => !have.has(course.id));
		const added = new Set(courses.map((course) => course.id));
		await restoreUserCourses(db, {
			courses,
			questions: (file.questions ?? []).filter((q) => added.has(q.courseId)),
			documents: (file.documents ?? []).filter((d) => added.has(d.courseId)),
			ankiNoteTypes: (file.ankiNoteTypes ?? []).filter((t) => added.has(t.courseId))
		});
		// Cards held on the other device are held here too, unless held here already (this
		// device's own hold stands).
		const heldHere = new Set(await db.holds.toCollection().primaryKeys());
		await db.holds.bulkPut((file.holds ?? []).filter((row) => !heldHere.has(row.questionId)));
		await rebuildIndexes(db);
		// The file's answers carry no sibling keys: the recent ones get this device's.
		await refreshRecentSiblings(db, options.now);
		// Undo never takes back another device's answer, nor one whose card a replay rebuilt.
		await closeUndo(db);
		return { added: incoming.length, questions: questions.size, courses: courses.length };
	});
}
