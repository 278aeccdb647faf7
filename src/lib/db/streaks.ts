/**
 * The study streak kept on each day row (schema v11, issue 14): `DayRecord.streak` is the
 * number of consecutive study days with answers ending on that day (0 on a row with none), so
 * Home reads today's and yesterday's rows instead of every day of the streak (a year-long
 * streak read ~365 rows on every Home). Since v12 also the running totals up to each day
 * (`DayRecord.sums`), so Stats' all-time figures come from the latest row, not every day. Kept by a DBCore middleware, installed by `createDb`,
 * in the same transaction as every write of a day row (answer, undo, import, merge, Check
 * database, course delete, a course file's history): no writer can forget it, as with the
 * `cards-generation` marker. The rule is `streakFromDays`' (names of days, `addDays`).
 */
import {
	Dexie,
	type DBCore,
	type DBCoreKeyRange,
	type DBCoreMutateRequest,
	type DBCoreTable,
	type EntityTable,
	type Middleware
} from 'dexie';
import { addDays } from '$lib/srs/day';
import type { DayRecord, DaySums } from './records';

/** The fields the streak and the running totals are computed from. */
type DayRow = Pick<DayRecord, 'day' | 'answers' | 'streak' | 'sums'> &
	Partial<Pick<DayRecord, 'reviewCards' | 'retained'>>;

/** `previous`'s running totals plus `row`'s own (`DayRecord.sums`). */
function sumsAfter(previous: DaySums | undefined, row: DayRow): DaySums {
	const reviewCards = row.reviewCards ?? 0;
	return {
		answers: (previous?.answers ?? 0) + row.answers,
		reviewCards: (previous?.reviewCards ?? 0) + reviewCards,
		retained: (previous?.retained ?? 0) + Math.min(reviewCards, row.retained ?? 0)
	};
}

/** Whether two rows' running totals are the same (both absent counts as the same). */
export function sameSums(a: DaySums | undefined, b: DaySums | undefined): boolean {
	return (
		a?.answers === b?.answers && a?.reviewCards === b?.reviewCards && a?.retained === b?.retained
	);
}

/**
 * `rows` (any order, one per day) with `streak` and `sums` set, counted on from `before` (the
 * row of the day before the earliest of them, if any, whose own `streak` and `sums` are taken
 * as right): a day with answers continues the run of the day before it by name, else starts
 * one; a day without answers has 0; the sums add each row's to the row before's. Returns new
 * objects sorted by day.
 */
export function withStreaks<T extends DayRow>(rows: readonly T[], before?: DayRow): T[] {
	const sorted = [...rows].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
	let previous: DayRow | undefined = before;
	return sorted.map((row) => {
		const continues =
			previous !== undefined && previous.answers > 0 && addDays(previous.day, 1) === row.day;
		const streak = row.answers > 0 ? (continues ? (previous!.streak ?? 0) : 0) + 1 : 0;
		// After a row without totals (written around the app), none either: Stats then adds up
		// every row, and Check database fills them in.
		const sums = previous && !previous.sums ? undefined : sumsAfter(previous?.sums, row);
		previous = { ...row, streak, sums };
		return { ...row, streak, sums };
	});
}

/**
 * The streak at study day `today` from the rows of the day before, `today` and any after it
 * (each may be missing), or undefined when the row that decides it has no `streak` (written
 * before v11 and not upgraded: the caller counts the days instead). Alive until today ends:
 * today's run if today has answers, else yesterday's. Answers filed under a day after today
 * (the clock behind them: `studyToday`) are today's, as every count of today takes them: they
 * make today a study day, and no day after today is counted (an outsider's clock set a day
 * forward and back again added tomorrow to the streak; set back alone, it read 0).
 */
export function streakAt(today: string, rows: readonly DayRow[]): number | undefined {
	const row = (day: string) => rows.find((r) => r.day === day && r.answers > 0);
	const own = row(today);
	if (own) return typeof own.streak === 'number' ? own.streak : undefined;
	const later = rows.some((r) => r.day > today && r.answers > 0) ? 1 : 0;
	const yesterday = row(addDays(today, -1));
	if (!yesterday) return later;
	return typeof yesterday.streak === 'number' ? yesterday.streak + later : undefined;
}

/**
 * Check database: rows whose stored streak disagrees with `withStreaks` of all of them are
 * counted again (putting the earliest makes the middleware rewrite it and every later one that
 * is wrong). Call inside a read-write transaction. Resolves to how many held a wrong number; a
 * row with none (written around the app, as the end-to-end seed does) is filled quietly.
 */
export async function repairStreaks(days: EntityTable<DayRecord, 'day'>): Promise<number> {
	const rows = await days.toArray();
	const stored = new Map(rows.map((row) => [row.day, row]));
	const counted = withStreaks(rows);
	const wrong = counted.filter((row) => stored.get(row.day)?.streak !== row.streak);
	// Running totals (v12) are bookkeeping Stats re-adds: refilled quietly, like a missing streak.
	const unsummed = counted.filter((row) => !sameSums(stored.get(row.day)?.sums, row.sums));
	const first = [...wrong, ...unsummed].sort((a, b) => (a.day < b.day ? -1 : 1))[0];
	if (first) await days.put(first);
	return wrong.filter((row) => typeof stored.get(row.day)?.streak === 'number').length;
}

/** A DBCore range from `lower` (inclusive) to the last day. */
const fromDay = (lower: string) =>
	({
		type: 2,
		lower,
		upper: undefined,
		lowerOpen: false,
		upperOpen: false
	}) as unknown as DBCoreKeyRange;

/** A DBCore range of the days before `upper` (exclusive). */
const beforeDay = (upper: string) =>
	({
		type: 2,
		lower: undefined,
		upper,
		lowerOpen: false,
		upperOpen: true
	}) as unknown as DBCoreKeyRange;

/** The earliest day a mutation of `days` touches; '' for a range with no lower bound. */
function earliestDay(request: DBCoreMutateRequest): string | undefined {
	if (request.type === 'add' || request.type === 'put') {
		const days = (request.values as DayRecord[]).map((row) => row.day);
		return days.length ? days.reduce((a, b) => (b < a ? b : a)) : undefined;
	}
	if (request.type === 'delete') {
		const keys = request.keys as string[];
		return keys.length ? keys.reduce((a, b) => (b < a ? b : a)) : undefined;
	}
	const lower = request.range.lower as unknown;
	return typeof lower === 'string' && request.range.type !== 3 ? lower : '';
}

/** Whether `day` falls in `range` (a DBCore key range over day strings). */
function inRange(day: string, range: DBCoreKeyRange): boolean {
	if ((range.type as number) === 3) return true;
	const lower = range.lower as string | undefined;
	const upper = range.upper as string | undefined;
	if (typeof lower === 'string' && (day < lower || (range.lowerOpen && day === lower)))
		return false;
	if (typeof upper === 'string' && (day > upper || (range.upperOpen && day === upper)))
		return false;
	return true;
}

/**
 * `request` with the streaks it implies: reads the rows from the day before the earliest it
 * touches onwards, applies it to them, counts every streak from there on, and returns the
 * request to write (values with their streak) and the other rows whose streak changed.
 */
function planStreaks(
	table: DBCoreTable,
	request: DBCoreMutateRequest
): Promise<{ request: DBCoreMutateRequest; others: DayRecord[] }> {
	const earliest = earliestDay(request);
	// Dexie's own promise (a native one would leave the transaction's zone).
	if (earliest === undefined)
		return Dexie.Promise.resolve({ request, others: [] }) as unknown as Promise<{
			request: DBCoreMutateRequest;
			others: DayRecord[];
		}>;
	const from = earliest === '' ? '' : addDays(earliest, -1);
	return table
		.query({
			trans: request.trans,
			values: true,
			query: { index: table.schema.primaryKey, range: fromDay(from) }
		})
		.then(({ result }) => {
			const rows = result as DayRecord[];
			// The running totals go on from the latest row before, however far back (the streak
			// only from the day before): read it when that day has none.
			if (earliest === '' || rows[0]?.day === from) return rows;
			return table
				.openCursor({
					trans: request.trans,
					values: true,
					reverse: true,
					query: { index: table.schema.primaryKey, range: beforeDay(from) }
				})
				.then((cursor) => (cursor ? [cursor.value as DayRecord, ...rows] : rows));
		})
		.then((result) => {
			const stored = new Map(result.map((row) => [row.day, row]));
			const next = new Map(stored);
			if (request.type === 'add' || request.type === 'put')
				for (const row of request.values as DayRecord[]) next.set(row.day, row);
			else if (request.type === 'delete')
				for (const key of request.keys as string[]) next.delete(key);
			else for (const day of stored.keys()) if (inRange(day, request.range)) next.delete(day);
			const base = earliest === '' ? undefined : result.find((row) => row.day <= from);
			const counted = withStreaks(
				[...next.values()].filter((row) => row !== base),
				base
			);
			const byDay = new Map(counted.map((row) => [row.day, row]));
			const written = new Set<string>();
			if (request.type === 'add' || request.type === 'put') {
				const values = (request.values as DayRecord[]).map((row) => {
					written.add(row.day);
					const { streak, sums } = byDay.get(row.day)!;
					return { ...row, streak, sums };
				});
				request = { ...request, values };
			}
			const others = counted.filter(
				(row) =>
					!written.has(row.day) &&
					(stored.get(row.day)?.streak !== row.streak ||
						!sameSums(stored.get(row.day)?.sums, row.sums))
			);
			return { request, others };
		});
}

/**
 * Keeps `DayRecord.streak` right on every write to `days` (see the module comment): the
 * written rows get theirs, and later rows whose run changed are written again, in the same
 * transaction. Level 5 with the indexes middleware (`indexes.ts`): below the app's others,
 * whose `mutate` returns native promises.
 */
export const streakMiddleware: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'day-streaks',
	level: 5,
	create(down) {
		// Each transaction's latest write of `days`, which the next one waits for. Two writes at
		// once (`Promise.all`: a course's delete puts the days it changed and deletes the days it
		// emptied) were each planned from the rows before the other: the put's plan read a day
		// the delete was removing and wrote it back, old answers and all, with the streaks after
		// it counted without it (npm run fuzz, streaks property, seed 2003). One after the other,
		// each plans from what the one before wrote.
		const latest = new WeakMap<object, PromiseLike<unknown>>();
		return {
			table(name) {
				const table = down.table(name);
				if (name !== 'days') return table;
				return {
					...table,
					mutate(request) {
						// `.then` on Dexie's promises, never `await` (see `indexes.ts`, `run`).
						const write = () =>
							planStreaks(table, request).then(({ request: write, others }) =>
								table
									.mutate(write)
									.then((response) =>
										others.length
											? table
													.mutate({ type: 'put', trans: write.trans, values: others })
													.then(() => response)
											: response
									)
							);
						const before = latest.get(request.trans);
						// After the one before, failed or not: its own caller sees its failure.
						const result = (before ? before.then(write, write) : write()) as ReturnType<
							typeof write
						>;
						latest.set(request.trans, result);
						return result;
					}
				};
			}
		};
	}
};
