/**
 * Each answer's sibling keys on its review row (`ReviewRecord.siblings`, schema v10, issue 14).
 * Sibling burying needs the fact and source-sentence key of every question answered today.
 * Before v10 the queue read each one's `items` row, one IndexedDB request per answer (Dexie's
 * `bulkGet` issues a request a key): 160 of Home's 201 requests with 160 answers today. Now
 * `recordAnswer` copies them from the item into the row it writes, and today's answers, read as
 * one `studyDay` range, carry them.
 *
 * The rule that keeps them right: on the answers of the **recent window** (study days from
 * `siblingsFrom(now)`, three days back, wider than any "today" a time-zone move can keep), the
 * field always says what the question's item says now (`null`: no item, the question is in no
 * course), exactly what the per-answer read found. Every writer that can change that keeps it:
 * an answer (`recordAnswer`), a course write (the `indexes.ts` middleware, for the rows of the
 * courses written: an edited fact or quote, a question no longer studied, a course file
 * replaced), and the writers that rebuild the indexes (the v10 upgrade, Import → Replace and
 * Merge, Check database, a course file's history) through `refreshRecentSiblings`. Older rows
 * keep what they had, or nothing: they are never read for burying. A row without the field
 * (never filled) is read the old way, one `get`, so a missed row costs a request, never a
 * wrong queue. Backups leave the field out (`backup.ts`): it belongs to this device's courses.
 */
import type { DBCoreKeyRange, DBCoreTable, DBCoreTransaction } from 'dexie';
import { studyDay } from '$lib/srs/day';
import { courseIdOf, type AnswerSiblings, type ReviewRecord } from './records';
import type { ItemRecord } from './index-records';

/** One day (ms). */
const DAY_MS = 86_400_000;

/** Days before today whose answers' sibling keys are kept current (a zone move shifts ≤ 26 h). */
export const SIBLINGS_WINDOW_DAYS = 3;

/** The first study day of the recent window at `now` (ms): `YYYY-MM-DD`. */
export function siblingsFrom(now: number): string {
	return studyDay(now - SIBLINGS_WINDOW_DAYS * DAY_MS);
}

/** An item's sibling keys as an answer keeps them; `null` without an item (in no course). */
export function siblingsOf(item: ItemRecord | undefined): AnswerSiblings | null {
	if (!item) return null;
	return item.sentence !== undefined
		? { fact: item.fact, sentence: item.sentence }
		: { fact: item.fact };
}

function sameSiblings(a: AnswerSiblings | null, b: AnswerSiblings | null): boolean {
	if (a === null || b === null) return a === b;
	return a.fact === b.fact && a.sentence === b.sentence;
}

/**
 * The rows of `reviews` whose `siblings` differ from what `itemOf` says now, rewritten (missing
 * ones filled), and how many of them named other keys (`changed`: drift, as Check database
 * reports it; not a row that had none). Pure.
 */
export function siblingUpdates(
	reviews: readonly ReviewRecord[],
	itemOf: (questionId: string) => ItemRecord | undefined
): { rows: ReviewRecord[]; changed: number } {
	const rows: ReviewRecord[] = [];
	let changed = 0;
	for (const review of reviews) {
		const expected = siblingsOf(itemOf(review.questionId));
		if (review.siblings !== undefined && sameSiblings(review.siblings, expected)) continue;
		// `null` (in no course when answered, or then) gaining keys is a course added since: filled.
		if (review.siblings) changed++;
		rows.push({ ...review, siblings: expected });
	}
	return { rows, changed };
}

/** The two tables `refreshRecentSiblings` reads and writes (the database, or an upgrade's). */
export interface SiblingTables {
	reviews: {
		where(index: 'studyDay'): {
			aboveOrEqual(day: string): { toArray(): PromiseLike<ReviewRecord[]> };
		};
		bulkPut(rows: ReviewRecord[]): PromiseLike<unknown>;
	};
	items: { bulkGet(ids: string[]): PromiseLike<(ItemRecord | undefined)[]> };
}

/**
 * Brings `siblings` on the recent window's answers in line with `items` (see the module
 * comment); with `courseIds`, only the answers to those courses' questions. Call inside a
 * read-write transaction over both tables, after the items are final. Returns how many rows
 * were written and how many of them had other keys (`changed`).
 */
export async function refreshRecentSiblings(
	tables: SiblingTables,
	now: number = Date.now(),
	inCourse?: (questionId: string) => boolean
): Promise<{ written: number; changed: number }> {
	let recent = await tables.reviews.where('studyDay').aboveOrEqual(siblingsFrom(now)).toArray();
	if (inCourse) recent = recent.filter((review) => inCourse(review.questionId));
	if (!recent.length) return { written: 0, changed: 0 };
	const ids = [...new Set(recent.map((review) => review.questionId))];
	const items = await tables.items.bulkGet(ids);
	const byId = new Map(ids.map((id, i) => [id, items[i]]));
	const { rows, changed } = siblingUpdates(recent, (id) => byId.get(id));
	if (rows.length) await tables.reviews.bulkPut(rows);
	return { written: rows.length, changed };
}

/**
 * After course `courseId`'s items were written afresh (the `indexes.ts` middleware, DBCore
 * level, inside the course write's transaction): the sibling keys on its recent answers, so an
 * edited fact or quote, or a question no longer studied, buries from the next build on, as
 * reading the item did. A generator of DBCore promises, run by the middleware's `run`.
 */
export function* refreshCourseSiblings(
	reviews: DBCoreTable,
	trans: DBCoreTransaction,
	courseId: string,
	items: readonly ItemRecord[]
): Generator<PromiseLike<unknown>, void, unknown> {
	// Every recent answer, by one `studyDay` range (a few hundred rows), those of this course kept.
	const range = { type: 2, lower: siblingsFrom(Date.now()), lowerOpen: false };
	const { result } = (yield reviews.query({
		trans,
		values: true,
		query: {
			index: reviews.schema.getIndexByKeyPath('studyDay')!,
			range: range as unknown as DBCoreKeyRange
		}
	})) as { result: ReviewRecord[] };
	const recent = result.filter((review) => courseIdOf(review.questionId) === courseId);
	if (!recent.length) return;
	const byId = new Map(items.map((item) => [item.id, item]));
	const { rows } = siblingUpdates(recent, (id) => byId.get(id));
	if (rows.length) yield reviews.mutate({ type: 'put', trans, values: rows });
}

/** A review row as a backup file holds it: without `siblings` (this device's, re-derived). */
export function withoutSiblings(review: ReviewRecord): ReviewRecord {
	if (review.siblings === undefined) return review;
	const { siblings: _siblings, ...rest } = review;
	return rest;
}
