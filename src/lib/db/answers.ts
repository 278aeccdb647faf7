/**
 * Writes to study progress: answers, undo, regrading and "study these today". Each runs in one
 * read-write transaction and then updates this tab's queue cache (`queue-cache.ts`).
 */
import { Dexie } from 'dexie';
import { studyDay } from '$lib/srs/day';
import { answerStudyDay } from '$lib/srs/today';
import { Scheduler } from '$lib/srs/scheduler';
import { LEECH_LAPSES, type StudySettings } from '$lib/srs/settings';
import { generationWrittenNow, readGeneration } from './generation';
import { afterCardWrites } from './queue-cache';
import { addAnswerToDay, removeAnswerFromDay } from './day-totals';
import {
	CARD_STATE,
	courseIdOf,
	emptyDay,
	type CardRecord,
	type DayRecord,
	type GradingMode,
	type RatingValue,
	type ReviewRecord
} from './records';
import { getDb, type FlashpointDb } from './schema';
import { readLatestAnswer } from './study-today';
import { uuidv7 } from './uuid';
import { readUndoFloor } from './undo-floor';
import { siblingsOf } from './answer-siblings';
import { homeCountsKey, readHomeCountsOf } from './home-counts';
import { entryAfterAnswer } from './home-counts-answer';
import { readListRows, rowsAfterAnswer } from './review-list';
import { holdTables, readHoldAt, type HoldKind } from './card-holds';

/** Another tab answered this question first: nothing was written; show the next card. */
export class StaleAnswerError extends Error {
	constructor(questionId: string) {
		super(`“${questionId}” was already answered in another tab.`);
		this.name = 'StaleAnswerError';
	}
}

/**
 * The card was buried or suspended (`kind`) in another tab before this answer was given: nothing
 * was written (`readHoldAt`); show the next card. A stale answer, refused for good as one.
 */
export class HeldAnswerError extends StaleAnswerError {
	readonly kind: HoldKind;
	constructor(questionId: string, kind: HoldKind) {
		super(questionId);
		this.message = `“${questionId}” was ${kind} in another tab.`;
		this.name = 'HeldAnswerError';
		this.kind = kind;
	}
}

export interface AnswerInput {
	questionId: string;
	rating: RatingValue;
	answeredAt: number;
	durationMs: number;
	grading: GradingMode;
	correct: boolean | null;
	/**
	 * The `lastReview` of the card the student saw (null for a new question). If the stored card
	 * has moved on, another tab answered it and this answer is refused instead of counted twice.
	 */
	seenLastReview: number | null;
	/**
	 * When the grade buttons' intervals were computed (ms; `Scheduler.preview`), so the saved
	 * card is the one the button showed (`Scheduler.answer`). Defaults to `answeredAt`.
	 */
	previewAt?: number;
	/**
	 * The answer's own id (UUIDv7), chosen at the tap so the pending-answer journal
	 * (`answer-journal.ts`) can replay it: an answer whose id the log already holds is not
	 * written again (`recordAnswer` returns the stored one). Made from `answeredAt` when omitted.
	 */
	uuid?: string;
}

/**
 * Records one answer: the new card state, the review log row (with the card before and the
 * question's sibling keys, `answer-siblings.ts`) and the day's totals, all in one read-write
 * transaction that re-reads the card first. Idempotent by `input.uuid`: when the log already
 * holds that answer (a journal replay, in this tab or another, got there first) nothing is
 * written and the stored row is returned. Throws `StaleAnswerError` when the card moved on, and
 * `HeldAnswerError` when it was buried or suspended before the answer was given (`readHoldAt`:
 * another tab held it while this one still showed it).
 */
export async function recordAnswer(
	input: AnswerInput,
	settings: StudySettings,
	db: FlashpointDb = getDb()
): Promise<ReviewRecord> {
	const scheduler = new Scheduler(settings);
	let written:
		{ change: { before: string; after: string }; card: CardRecord; totals: DayRecord } | undefined;
	const tables = [db.cards, db.reviews, db.days, db.settings, db.items, ...holdTables(db)];
	const saved = await db.transaction('rw', tables, async () => {
		// The answer's study day is fixed now, as `answerStudyDay` says (never before the latest
		// answer's day after a move westwards or a clock set back). Reads together, then writes
		// together: one round trip each instead of one per row; the local day's totals are read
		// on the chance that it is today, as it is unless the zone moved west or the clock back.
		const local = studyDay(input.answeredAt);
		// Its item gives the sibling keys the row keeps (`answer-siblings.ts`), in the same round.
		// The course's stored Home counts too, which the answer keeps (`entryAfterAnswer`).
		// And its review list (`review-list.ts`), which the answer keeps too (`rowsAfterAnswer`).
		const courseId = courseIdOf(input.questionId);
		const countsKey = homeCountsKey(courseId);
		const [before, localTotals, token, latest, item, already, homeCounts, listRows, hold] =
			await Promise.all([
				db.cards.get(input.questionId),
				db.days.get(local),
				readGeneration(db),
				readLatestAnswer(db),
				db.items.get(input.questionId),
				input.uuid === undefined ? undefined : db.reviews.where('uuid').equals(input.uuid).first(),
				readHomeCountsOf(db, countsKey),
				readListRows(db, courseId),
				readHoldAt(db, input.questionId, input.answeredAt)
			]);
		if (already) return already;
		if (hold) throw new HeldAnswerError(input.questionId, hold.kind);
		const { day, dayStart } = answerStudyDay(input.answeredAt, latest);
		const storedTotals = day === local ? localTotals : await db.days.get(day);
		if ((before?.lastReview ?? null) !== input.seenLastReview)
			throw new StaleAnswerError(input.questionId);
		const after = scheduler.answer(
			input.questionId,
			before,
			input.answeredAt,
			input.rating,
			input.previewAt
		);
		after.leech = after.lapses >= LEECH_LAPSES;
		const review: ReviewRecord = {
			uuid: input.uuid ?? uuidv7(input.answeredAt),
			questionId: input.questionId,
			rating: input.rating,
			answeredAt: input.answeredAt,
			studyDay: day,
			dayStart,
			durationMs: input.durationMs,
			grading: input.grading,
			correct: input.correct,
			...(input.previewAt !== undefined && { previewAt: input.previewAt }),
			siblings: siblingsOf(item),
			before: before ?? null,
			after: {
				due: after.due,
				state: after.state,
				stability: after.stability,
				difficulty: after.difficulty,
				scheduledDays: after.scheduledDays
			}
		};
		const totals = addAnswerToDay(storedTotals ?? emptyDay(day), review);
		// The card write changes the cards-generation marker (generation.ts); read back after.
		// It also deletes the course's Home counts (`indexes.ts`): put back after it when the
		// answer's effect on them is known. A question in no course (no item) has none.
		const counts = item ? entryAfterAnswer(homeCounts, review, after, item) : undefined;
		const list = rowsAfterAnswer(listRows, input.questionId, after);
		const [, id] = await Promise.all([
			db.cards.put(after),
			db.reviews.add(review),
			db.days.put(totals)
		]);
		const kept = [...(counts ? [{ key: countsKey, value: counts }] : []), ...list];
		if (kept.length) await db.settings.bulkPut(kept);
		const change = { before: token, after: generationWrittenNow() ?? (await readGeneration(db)) };
		review.id = id;
		written = { change, card: after, totals };
		return review;
	});
	if (written)
		afterCardWrites(db, written.change, [[input.questionId, written.card]], {
			review: saved,
			totals: written.totals
		});
	return saved;
}

/**
 * What `undoAnswer` did: `undone` took back `review`; `later`: another answer came after the
 * expected one (it stays); `closed`: no answer Undo may take back, because the log holds none
 * above the undo floor (a Reset, an Import or a Merge replaced progress wholesale, or the log is
 * empty). Study says each in its own words: the toast comes from this, never from the key press.
 */
export type UndoOutcome =
	{ kind: 'undone'; review: ReviewRecord } | { kind: 'later' } | { kind: 'closed' };

/**
 * Undoes the most recent answer: puts back the card exactly as it was (ts-fsrs's `rollback`
 * cannot restore a late card's due date, the stored snapshot can), deletes the log row and
 * takes it off the day's totals (a day left with no answer loses its row). With `expectedId`, undoes only if that answer is still the
 * latest (another tab may have answered since). Never an answer at or below the undo floor
 * (`undo-floor.ts`: one from before a Reset, an Import or a Merge). Throws what the write throws.
 */
export async function undoAnswer(
	expectedId?: number,
	db: FlashpointDb = getDb()
): Promise<UndoOutcome> {
	let change: { before: string; after: string } | undefined;
	const outcome = await db.transaction(
		'rw',
		db.cards,
		db.reviews,
		db.days,
		db.settings,
		async (): Promise<UndoOutcome> => {
			const [last, floor] = await Promise.all([db.reviews.orderBy('id').last(), readUndoFloor(db)]);
			if (!last || last.id === undefined || last.id <= floor) return { kind: 'closed' };
			// Held an answer the log no longer has above the floor: closed too, not "a later one".
			if (expectedId !== undefined && expectedId <= floor) return { kind: 'closed' };
			if (expectedId !== undefined && last.id !== expectedId)
				return { kind: last.id > expectedId ? 'later' : 'closed' };
			const before = await readGeneration(db);
			if (last.before) await db.cards.put(last.before);
			else await db.cards.delete(last.questionId);
			change = { before, after: await readGeneration(db) };
			await db.reviews.delete(last.id);
			const totals = await db.days.get(last.studyDay);
			const left = totals && removeAnswerFromDay(totals, last);
			// A day left with no answer is dropped, as deleting a course drops it: Check database
			// removes a day row no answer backs, so Undo must not leave one.
			if (left && left.answers > 0) await db.days.put(left);
			else if (left) await db.days.delete(last.studyDay);
			return { kind: 'undone', review: last };
		}
	);
	if (change && outcome.kind === 'undone') {
		const { questionId, before } = outcome.review;
		afterCardWrites(db, change, [[questionId, before ?? undefined]], undefined, true);
	}
	return outcome;
}

/** `undoAnswer` for callers that need only the undone answer: null when nothing was undone. */
export async function undoLastAnswer(
	expectedId?: number,
	db: FlashpointDb = getDb()
): Promise<ReviewRecord | null> {
	const outcome = await undoAnswer(expectedId, db);
	return outcome.kind === 'undone' ? outcome.review : null;
}

/**
 * Changes the grade of the latest answer ("I was right" on a typed answer marked wrong): the
 * answer is undone and recorded again with the new rating, in one transaction, so the log holds
 * one answer with the grade the student settled on. Returns null if it is no longer the latest.
 */
export async function regradeLastAnswer(
	reviewId: number,
	change: Pick<AnswerInput, 'rating' | 'grading' | 'correct'>,
	settings: StudySettings,
	db: FlashpointDb = getDb()
): Promise<ReviewRecord | null> {
	const tables = [db.cards, db.reviews, db.days, db.settings, db.items, ...holdTables(db)];
	return db.transaction('rw', tables, async () => {
		const undone = await undoLastAnswer(reviewId, db);
		if (!undone) return null;
		return recordAnswer(
			{
				questionId: undone.questionId,
				answeredAt: undone.answeredAt,
				durationMs: undone.durationMs,
				seenLastReview: undone.before?.lastReview ?? null,
				previewAt: undone.previewAt,
				...change
			},
			settings,
			db
		);
	});
}

/**
 * Puts questions at the front of today's study queue, outside the daily limits (for "add the
 * questions I missed to my study queue"). A question never studied becomes a new card; one
 * already studied keeps its whole schedule and history and is just shown today. Nothing else
 * in progress changes. Unknown ids are the caller's business: they are stored and skipped by
 * the queue until the bank has them.
 */
export async function queueQuestionsForStudy(
	questionIds: string[],
	db: FlashpointDb = getDb(),
	now: number = Date.now()
): Promise<void> {
	const ids = [...new Set(questionIds)];
	const { change, rows } = await db.transaction('rw', db.cards, db.settings, async () => {
		const [existing, before] = await Promise.all([db.cards.bulkGet(ids), readGeneration(db)]);
		const rows = ids.map((questionId, index): CardRecord => {
			const queuedAt = now + index;
			const card = existing[index];
			if (card) return { ...card, queuedAt };
			return {
				questionId,
				due: queuedAt,
				stability: 0,
				difficulty: 0,
				elapsedDays: 0,
				scheduledDays: 0,
				learningSteps: 0,
				reps: 0,
				lapses: 0,
				state: CARD_STATE.new,
				lastReview: null,
				leech: false,
				queuedAt
			};
		});
		await db.cards.bulkPut(rows);
		return { change: { before, after: await readGeneration(db) }, rows };
	});
	afterCardWrites(
		db,
		change,
		rows.map((row) => [row.questionId, row] as const)
	);
}

/** Storage full: Dexie reports it as an AbortError wrapping a QuotaExceededError. */
export function isStorageFullError(error: unknown): boolean {
	let current: unknown = error;
	for (let depth = 0; current && depth < 5; depth++) {
		const named = current as { name?: string; inner?: unknown; message?: string };
		if (named.name === Dexie.errnames.QuotaExceeded || named.name === 'QuotaExceededError')
			return true;
		if (typeof named.message === 'string' && /quota/i.test(named.message)) return true;
		current = named.inner;
	}
	return false;
}
