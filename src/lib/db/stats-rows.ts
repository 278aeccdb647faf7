/**
 * The rows a Stats update reads, kept per tab between updates (issue 14: every update read every
 * day row, a year of them, and every tally row of an overdue or coming day, a few hundred; now
 * it reads again only the rows this tab's last answers changed). The rows are those `loadStats`
 * counts from: every `days` row (all courses' answer totals), and the `tallies` rows of one
 * scope (every course, or one) for the states, leeches and cards due up to the forecast's last
 * day (`readStatsTallies`).
 *
 * As in `hardest.ts`, a memo is valid for one `cards-generation` marker (`generation.ts`),
 * which every card write changes, in any tab: an answer given in this tab moves it on and marks
 * its day row and its card's tally rows (before and after) to be read again
 * (`keepStatsRowsAfterWrites`, called by `afterCardWrites`); any other change of the marker
 * (another tab, an undo, an import, Check database) empties it. Day totals and tallies are only
 * ever written with a card (README.md), so the marker covers them.
 */
import { addDays, studyDay, type StudyDay } from '$lib/srs/day';
import { FORECAST_DAYS } from '$lib/srs/stats-forecast';
import { courseIdOf, type CardRecord, type DayRecord, type ReviewRecord } from './records';
import { NO_CARD, type TallyRecord } from './index-records';
import { bucketsOf, dueBucketRange, forecastLastDay, tallyId } from './tallies';
import { readGeneration } from './generation';
import type { FlashpointDb } from './schema';

const STATE_BUCKETS = [NO_CARD, 0, 1, 2, 3].map((state) => `state:${state}`).concat('leech');

interface RowsMemo {
	/** `${marker}|${scope}|${last forecast day}|${first day read}`. */
	token: string;
	days: Map<string, DayRecord>;
	tallies: Map<string, TallyRecord>;
	/** Rows to read again before use (this tab's answers changed them). */
	dirtyDays: Set<string>;
	dirtyTallies: Set<string>;
}

const memos = new WeakMap<FlashpointDb, RowsMemo>();

/** What `loadStats` counts from: day rows (every course's; none for a course scope) and tallies. */
export interface StatsRows {
	/**
	 * By day, oldest first: those from the first day asked for on (`readStatsRows`), or the
	 * latest before it when there are none; every row when one lacks its running totals
	 * (`DayRecord.sums`, v12), so the all-time figures can be added up.
	 */
	days: DayRecord[];
	/** State and leech buckets. */
	states: TallyRecord[];
	/** `due:` buckets up to the forecast's last day, overdue days included. */
	due: TallyRecord[];
}

/** Whether tally `row` is one Stats reads for `courseId` (null: every course), up to `lastDay`. */
function wanted(row: TallyRecord, courseId: string | null, lastDay: string): boolean {
	if (courseId !== null && row.courseId !== courseId) return false;
	const [from, to] = dueBucketRange(lastDay);
	return STATE_BUCKETS.includes(row.bucket) || (row.bucket >= from && row.bucket <= to);
}

/**
 * The tally rows Stats needs for course `courseId` (null: every course): the state and leech
 * counts and the cards due per day up to the forecast's last day (earlier days are overdue).
 * Call inside a transaction over `tallies`.
 */
async function readStatsTallies(
	db: FlashpointDb,
	courseId: string | null,
	lastDay: string
): Promise<TallyRecord[]> {
	const [from, to] = dueBucketRange(lastDay);
	const [states, due] =
		courseId === null
			? await Promise.all([
					db.tallies.where('bucket').anyOf(STATE_BUCKETS).toArray(),
					db.tallies.where('bucket').between(from, to, true, true).toArray()
				])
			: await Promise.all([
					db.tallies
						.where('[courseId+bucket]')
						.anyOf(STATE_BUCKETS.map((bucket) => [courseId, bucket]))
						.toArray(),
					db.tallies
						.where('[courseId+bucket]')
						.between([courseId, from], [courseId, to], true, true)
						.toArray()
				]);
	return [...states, ...due];
}

/**
 * The day rows Stats counts from (`StatsRows.days`): the days from `from` on (the heatmap's
 * first, which comes before the recent window's) and the latest row's running totals for the
 * all-time figures, so the read is bounded by the days shown, however long the history (it
 * read every day row: 400 for a 400-day history). Call inside the transaction.
 */
async function readDays(db: FlashpointDb, from: StudyDay): Promise<DayRecord[]> {
	const shown = await db.days.where('day').aboveOrEqual(from).toArray();
	if (shown.length) return shown.every((row) => row.sums) ? shown : db.days.toArray();
	const latest = await db.days.where('day').below(from).last();
	if (!latest) return [];
	return latest.sums ? [latest] : db.days.toArray();
}

/** The memo's rows, those marked dirty read again (call inside the transaction). */
async function refresh(
	db: FlashpointDb,
	memo: RowsMemo,
	courseId: string | null,
	lastDay: string
): Promise<RowsMemo> {
	const dayKeys = courseId === null ? [...memo.dirtyDays] : [];
	const tallyIds = [...memo.dirtyTallies];
	const [days, tallies] = await Promise.all([
		dayKeys.length ? db.days.bulkGet(dayKeys) : [],
		tallyIds.length ? db.tallies.bulkGet(tallyIds) : []
	]);
	const next: RowsMemo = {
		...memo,
		days: new Map(memo.days),
		tallies: new Map(memo.tallies),
		dirtyDays: new Set(),
		dirtyTallies: new Set()
	};
	dayKeys.forEach((key, i) => {
		const row = days[i];
		if (row) next.days.set(key, row);
		else next.days.delete(key);
	});
	tallyIds.forEach((id, i) => {
		const row = tallies[i];
		if (row && wanted(row, courseId, lastDay)) next.tallies.set(id, row);
		else next.tallies.delete(id);
	});
	return next;
}

/**
 * The rows a Stats update counts from, for scope `courseId` (null: every course) on study day
 * `today` (`studyToday`), the days from `from` on (`readDays`):
 * from this tab's memo when it is current, else read whole. Call inside a read transaction
 * over `days`, `tallies` and `settings`.
 */
export async function readStatsRows(
	db: FlashpointDb,
	courseId: string | null,
	today: StudyDay,
	from: StudyDay
): Promise<StatsRows> {
	const lastDay = forecastLastDay(today, FORECAST_DAYS);
	const token = `${await readGeneration(db)}|${courseId ?? ''}|${lastDay}|${from}`;
	const kept = memos.get(db);
	let memo: RowsMemo;
	if (kept?.token === token) memo = await refresh(db, kept, courseId, lastDay);
	else {
		const [days, tallies] = await Promise.all([
			courseId === null ? readDays(db, from) : [],
			readStatsTallies(db, courseId, lastDay)
		]);
		memo = {
			token,
			days: new Map(days.map((row) => [row.day, row])),
			tallies: new Map(tallies.map((row) => [row.id, row])),
			dirtyDays: new Set(),
			dirtyTallies: new Set()
		};
	}
	// A write committed meanwhile (this tab's, which moved the memo on) makes this read stale.
	if ((memos.get(db) ?? kept) === kept) memos.set(db, memo);
	const tallies = [...memo.tallies.values()];
	return {
		days: [...memo.days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
		states: tallies.filter((row) => STATE_BUCKETS.includes(row.bucket)),
		due: tallies.filter((row) => !STATE_BUCKETS.includes(row.bucket))
	};
}

/**
 * The tally row ids a card of question `questionId` may count in (none: `NO_CARD`'s). Its
 * `due:` bucket is the study day of its due time in the zone it was written in
 * (`ItemRecord.dueDay`), which the card does not say: every day a time-zone change could have
 * moved it to (two either side) is included, so no changed row is missed.
 */
function tallyIdsOf(questionId: string, card: CardRecord | null | undefined): string[] {
	const courseId = courseIdOf(questionId);
	const item = card
		? { courseId, state: card.state, due: card.due, leech: Boolean(card.leech) }
		: { courseId, state: NO_CARD, due: 0, leech: false };
	const buckets = bucketsOf(item);
	if (buckets.some((bucket) => bucket.startsWith('due:'))) {
		const day = studyDay(item.due);
		for (const shift of [-2, -1, 1, 2])
			buckets.push(...bucketsOf({ ...item, dueDay: addDays(day, shift) }).slice(-1));
	}
	return buckets.map((bucket) => tallyId(courseId, bucket));
}

/**
 * After this tab committed card writes (`afterCardWrites`): if the memo was current just before
 * (marker `change.before`) and the writes were one answer (`answer`), it moves to
 * `change.after` with the answer's day row and its card's tally rows, before and after, marked
 * to be read again; any other write empties it.
 */
export function keepStatsRowsAfterWrites(
	db: FlashpointDb,
	change: { before: string; after: string },
	writes: readonly (readonly [string, CardRecord | undefined])[],
	answer?: { review: ReviewRecord }
): void {
	const memo = memos.get(db);
	if (!memo || !answer || !memo.token.startsWith(`${change.before}|`)) {
		memos.delete(db);
		return;
	}
	const dirtyTallies = new Set(memo.dirtyTallies);
	const { questionId, before } = answer.review;
	for (const id of tallyIdsOf(questionId, before)) dirtyTallies.add(id);
	for (const [id, card] of writes)
		for (const tally of tallyIdsOf(id, card)) dirtyTallies.add(tally);
	memos.set(db, {
		...memo,
		token: change.after + memo.token.slice(change.before.length),
		dirtyDays: new Set(memo.dirtyDays).add(answer.review.studyDay),
		dirtyTallies
	});
}
