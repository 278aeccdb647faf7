/**
 * The `items` and `tallies` tables (schema v7, issue 14): one row per studied question with a
 * copy of its card's state, and counts per course and bucket (`tallies.ts`); and `fresh`
 * (v9): the items with no card, keyed by course and teaching order. They are kept
 * current by a Dexie DBCore middleware, installed by `createDb`, in the same transaction as
 * every write of a card (answer, undo, queueing, import, merge, Check database, course delete)
 * and of a course row (install, create, accept, rename, restore), which also refreshes the
 * sibling keys on the course's recent answers (`answer-siblings.ts`): no writer can forget them,
 * as with the `cards-generation` marker (`generation.ts`). A writer that replaces everything
 * (import, reset, merge, Check database) calls `deferIndexUpkeep()` and `rebuildIndexes()` at
 * the end instead, so the work is done once; an import into one course (`courses/import.ts`)
 * calls `refreshDeferredCourses` for that course. The rows themselves are built in `index-rows.ts`.
 */
import {
	Dexie,
	type DBCore,
	type DBCoreKeyRange,
	type DBCoreMutateRequest,
	type DBCoreMutateResponse,
	type DBCoreTable,
	type DBCoreTransaction,
	type EntityTable,
	type Middleware
} from 'dexie';
import type { CardRecord, CourseRecord } from './records';
import type { ItemRecord, TallyRecord } from './index-records';
import { refreshCourseSiblings } from './answer-siblings';
import { CARDS_GENERATION_KEY, newGeneration } from './generation';
import { addTallyDeltas, applyTallyDeltas, talliesFromItems, type TallyDeltas } from './tallies';
import {
	courseTally,
	freshKey,
	isFresh,
	itemsOfCourse,
	sameCard,
	withCard,
	type CardCopy
} from './index-rows';
import { ALL_HOME_COUNTS, staleKeysOfCards, staleKeysOfCourse } from './home-counts';
import { ALL_REVIEW_LISTS } from './review-list';
import { headId, headOf, headRow, headTally, settleHead, updateHead } from './fresh-head';

/** Transactions whose writer rebuilds the indexes itself at the end (`deferIndexUpkeep`). */
const deferred = new WeakSet<object>();

/**
 * Inside a Dexie read-write transaction: skip the per-write upkeep of `items` and `tallies`
 * for the rest of it; the caller must call `rebuildIndexes` before it ends.
 */
export function deferIndexUpkeep(): void {
	const trans = Dexie.currentTransaction?.idbtrans;
	if (trans) deferred.add(trans);
}

/**
 * Inside a transaction that called `deferIndexUpkeep`, after its last write of cards and course
 * rows: upkeep resumes, and the course rows `rows` (as stored: read them after the last change)
 * are written again, so this middleware writes their items, `fresh` rows and tallies once from
 * their cards (as any write of a course row does: `refreshCourses`), with their recent answers'
 * sibling keys and a new cards generation. For a writer whose every card and course row belongs
 * to those courses (an import into one course, issue 14: the per-write upkeep of a 40,000-card
 * `.apkg` took 29 of its 41 s); a writer that replaces everything calls `rebuildIndexes`.
 */
export async function refreshDeferredCourses(
	courses: EntityTable<CourseRecord, 'id'>,
	rows: readonly CourseRecord[]
): Promise<void> {
	const trans = Dexie.currentTransaction?.idbtrans;
	if (trans) deferred.delete(trans);
	await courses.bulkPut([...rows]);
}

// DBCore key ranges (Dexie's DBCoreRangeType: 1 equal, 2 range, 3 any).
const equalRange = (value: string): DBCoreKeyRange =>
	({ type: 1, lower: value, upper: value }) as unknown as DBCoreKeyRange;
const anyRange = { type: 3 } as unknown as DBCoreKeyRange;

interface Cores {
	cards: DBCoreTable;
	courses: DBCoreTable;
	items: DBCoreTable;
	tallies: DBCoreTable;
	settings: DBCoreTable;
	/** Absent in a database opened at a version before 9 (tests of older schemas). */
	fresh?: DBCoreTable;
	reviews: DBCoreTable;
}

/**
 * Steps of a write's upkeep run as a generator, each `yield` a DBCore promise: chained with
 * `.then` on Dexie's own promises, every step runs in the writing transaction's zone (after a
 * native `await`, Dexie's read middlewares no longer find the transaction).
 */
type Steps<T = void> = Generator<PromiseLike<unknown>, T, unknown>;

function run<T>(steps: Steps<T>, input?: unknown): PromiseLike<T> {
	const next = steps.next(input);
	if (next.done) return Dexie.Promise.resolve(next.value);
	return next.value.then((value) => run(steps, value));
}

function* writeDeltas(core: Cores, trans: DBCoreTransaction, deltas: TallyDeltas): Steps {
	if (!deltas.size) return;
	const ids = [...deltas.keys()];
	const rows = (yield core.tallies.getMany({ trans, keys: ids })) as (TallyRecord | undefined)[];
	const stored = new Map<string, TallyRecord>();
	rows.forEach((row, i) => row && stored.set(ids[i], row));
	const { put, drop } = applyTallyDeltas(stored, deltas);
	if (put.length) yield core.tallies.mutate({ type: 'put', trans, values: put });
	if (drop.length) yield core.tallies.mutate({ type: 'delete', trans, keys: drop });
}

/** Question ids a card mutation touched, each with its new card (undefined: deleted). */
function* cardChanges(
	core: Cores,
	request: DBCoreMutateRequest,
	response: DBCoreMutateResponse
): Steps<Map<string, CardCopy>> {
	const changes = new Map<string, CardCopy>();
	if (request.type === 'add' || request.type === 'put') {
		(request.values as CardRecord[]).forEach((card, i) => {
			if (!response.failures?.[i]) changes.set(card.questionId, card);
		});
	} else if (request.type === 'delete') {
		for (const key of request.keys as string[]) changes.set(key, undefined);
	} else {
		// A range of cards deleted (clear, or a course's key range): its items lose their card.
		const { result } = (yield core.items.query({
			trans: request.trans,
			values: false,
			query: { index: core.items.schema.primaryKey, range: request.range }
		})) as { result: string[] };
		for (const key of result) changes.set(key, undefined);
	}
	return changes;
}

function* afterCardsMutate(
	core: Cores,
	request: DBCoreMutateRequest,
	response: DBCoreMutateResponse
): Steps {
	const trans = request.trans;
	const changes = yield* cardChanges(core, request, response);
	if (!changes.size) return;
	const ids = [...changes.keys()];
	const items = (yield core.items.getMany({ trans, keys: ids })) as (ItemRecord | undefined)[];
	const deltas: TallyDeltas = new Map();
	const changed: ItemRecord[] = [];
	items.forEach((item, i) => {
		if (!item) return;
		const next = withCard(item, changes.get(ids[i]));
		if (sameCard(item, next)) return;
		changed.push(next);
		addTallyDeltas(deltas, item, next);
	});
	if (changed.length) yield core.items.mutate({ type: 'put', trans, values: changed });
	const wasFresh = items.filter((item): item is ItemRecord => !!item && isFresh(item));
	yield* writeFresh(core, trans, changed, wasFresh);
	yield* writeDeltas(core, trans, deltas);
}

/**
 * Keeps `fresh` (v9) in step with items that changed: an item with no card has a row, any
 * other none. `wasFresh`: those of the changed items' earlier rows that had one.
 */
function* writeFresh(
	core: Cores,
	trans: DBCoreTransaction,
	changed: readonly ItemRecord[],
	wasFresh: readonly ItemRecord[]
): Steps {
	if (!core.fresh) return;
	const before = new Set(wasFresh.map((item) => item.id));
	const added = changed.filter((item) => isFresh(item) && !before.has(item.id));
	const dropped = changed.filter((item) => !isFresh(item) && before.has(item.id));
	if (added.length) yield core.fresh.mutate({ type: 'put', trans, values: added });
	if (dropped.length)
		yield core.fresh.mutate({ type: 'delete', trans, keys: dropped.map(freshKey) });
	yield* writeHeads(core, trans, added, dropped);
}

/** A DBCore range of course `courseId`'s `fresh` keys after `after` (all of them without). */
function freshRange(courseId: string, after?: ItemRecord): DBCoreKeyRange {
	return {
		type: 2,
		lower: after ? freshKey(after) : [courseId, -Infinity, -Infinity],
		upper: [courseId, Infinity, Infinity],
		lowerOpen: Boolean(after),
		upperOpen: false
	} as unknown as DBCoreKeyRange;
}

/**
 * Keeps each course's head of new questions (`fresh-head.ts`) in step with its `fresh` rows
 * `added` and `dropped` (written just before): the stored head, changed in place, and the rows
 * after it read only when it lost some (an answer to a new question: one row).
 */
function* writeHeads(
	core: Cores,
	trans: DBCoreTransaction,
	added: readonly ItemRecord[],
	dropped: readonly ItemRecord[]
): Steps {
	const courses = [...new Set([...added, ...dropped].map((item) => item.courseId))];
	if (!core.fresh || !courses.length) return;
	const fresh = core.fresh;
	const ids = courses.map(headId);
	const stored = (yield core.tallies.getMany({ trans, keys: ids })) as (TallyRecord | undefined)[];
	const gone = new Set(dropped.map((item) => item.id));
	const heads: TallyRecord[] = [];
	for (const [i, courseId] of courses.entries()) {
		const own = added.filter((item) => item.courseId === courseId);
		const update = updateHead(headOf(stored[i]), own, gone);
		let more: ItemRecord[] = [];
		if (update.read) {
			const { result } = (yield fresh.query({
				trans,
				values: true,
				limit: update.read,
				query: { index: fresh.schema.primaryKey, range: freshRange(courseId, update.items.at(-1)) }
			})) as { result: ItemRecord[] };
			more = result;
		}
		heads.push(headRow(courseId, settleHead(update, more)));
	}
	yield core.tallies.mutate({ type: 'put', trans, values: heads });
}

/** Drops course `courseId`'s items and tallies. */
function* dropCourse(core: Cores, trans: DBCoreTransaction, courseId: string): Steps {
	if (core.fresh) {
		// Its key starts with the course id: one key range.
		const range = {
			type: 2,
			lower: [courseId, -Infinity, -Infinity],
			upper: [courseId, Infinity, Infinity],
			lowerOpen: false,
			upperOpen: false
		} as unknown as DBCoreKeyRange;
		yield core.fresh.mutate({ type: 'deleteRange', trans, range });
	}
	for (const table of [core.items, core.tallies]) {
		const { result } = (yield table.query({
			trans,
			values: false,
			query: { index: table.schema.getIndexByKeyPath('courseId')!, range: equalRange(courseId) }
		})) as { result: string[] };
		if (result.length) yield table.mutate({ type: 'delete', trans, keys: result });
	}
}

/** Writes course rows' items (with their cards' state) and tallies afresh. */
function* refreshCourses(core: Cores, trans: DBCoreTransaction, courses: CourseRecord[]): Steps {
	for (const course of courses) {
		yield* dropCourse(core, trans, course.id);
		const ids = (course.queue ?? []).map((q) => q.id);
		const cards = (yield core.cards.getMany({ trans, keys: ids })) as CardCopy[];
		const items = itemsOfCourse(course, cards);
		if (items.length) yield core.items.mutate({ type: 'put', trans, values: items });
		const fresh = items.filter(isFresh);
		if (core.fresh && fresh.length) yield core.fresh.mutate({ type: 'put', trans, values: fresh });
		const tallies = [...talliesFromItems(items), courseTally(course), headTally(course.id, fresh)];
		yield core.tallies.mutate({ type: 'put', trans, values: tallies });
		yield* refreshCourseSiblings(core.reviews, trans, course.id, items);
	}
}

function* afterCoursesMutate(core: Cores, request: DBCoreMutateRequest): Steps {
	const trans = request.trans;
	// The questions a queue is built from changed: every tab re-reads (queue-cache.ts).
	yield core.settings.mutate({
		type: 'put',
		trans,
		values: [{ key: CARDS_GENERATION_KEY, value: newGeneration() }]
	});
	if (request.type === 'add' || request.type === 'put')
		yield* refreshCourses(core, trans, request.values as CourseRecord[]);
	else if (request.type === 'delete')
		for (const id of request.keys as string[]) yield* dropCourse(core, trans, id);
	else {
		for (const table of [core.items, core.tallies, core.fresh])
			if (table) yield table.mutate({ type: 'deleteRange', trans, range: anyRange });
		const { result } = (yield core.courses.query({
			trans,
			values: true,
			query: { index: core.courses.schema.primaryKey, range: anyRange }
		})) as { result: CourseRecord[] };
		yield* refreshCourses(core, trans, result);
	}
}

/**
 * Deletes the stored Home counts (`home-counts.ts`) of every course a write of `name` rows
 * touched (a range written: all of them), in the writing transaction, deferred or not: a
 * course's counts hold only while none of its cards and not its course row changed.
 */
function dropHomeCounts(
	core: Cores,
	name: string,
	request: DBCoreMutateRequest
): PromiseLike<unknown> {
	const trans = request.trans;
	if (request.type === 'deleteRange')
		return Dexie.Promise.all(
			[ALL_HOME_COUNTS, ALL_REVIEW_LISTS].map((range) =>
				core.settings.mutate({ type: 'deleteRange', trans, range })
			)
		);
	const keys =
		request.type === 'delete'
			? (request.keys as string[])
			: (request.values as (CardRecord | CourseRecord)[]).map((row) =>
					'questionId' in row ? row.questionId : row.id
				);
	const stale = name === 'cards' ? staleKeysOfCards(keys) : keys.flatMap(staleKeysOfCourse);
	return core.settings.mutate({ type: 'delete', trans, keys: stale });
}

const INDEX_STORES = ['cards', 'items', 'tallies', 'settings'];

/**
 * Keeps `items` and `tallies` current with every write to `cards` and `courses` (see the
 * module comment). Read-write transactions over either are widened to the tables it reads and
 * writes. A database opened at a version before 7 (tests of older schemas) has no such tables:
 * nothing is done.
 */
export const indexesMiddleware: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'items-and-tallies',
	// Below the app's other middlewares (level 10), whose `mutate` returns native promises:
	// `run` needs Dexie's own down to the database.
	level: 5,
	create(down) {
		const has = (name: string) => down.schema.tables.some((table) => table.name === name);
		if (!has('items') || !has('tallies')) return {};
		const core: Cores = {
			cards: down.table('cards'),
			courses: down.table('courses'),
			items: down.table('items'),
			tallies: down.table('tallies'),
			settings: down.table('settings'),
			fresh: has('fresh') ? down.table('fresh') : undefined,
			reviews: down.table('reviews')
		};
		const indexStores = has('fresh') ? [...INDEX_STORES, 'fresh'] : INDEX_STORES;
		return {
			transaction(stores, mode, options) {
				const widen =
					mode === 'readwrite' && (stores.includes('cards') || stores.includes('courses'));
				// A course write also refreshes its recent answers' sibling keys (`refreshSiblings`).
				const more = stores.includes('courses') ? [...indexStores, 'reviews'] : indexStores;
				const scope = widen ? [...new Set([...stores, ...more])] : stores;
				return down.transaction(scope, mode, options);
			},
			table(name) {
				const table = down.table(name);
				if (name !== 'cards' && name !== 'courses') return table;
				return {
					...table,
					mutate(request) {
						// `.then` on Dexie's promise, never `await`: see `run`.
						return table
							.mutate(request)
							.then((response) => dropHomeCounts(core, name, request).then(() => response))
							.then((response) => {
								if (deferred.has(request.trans)) return response;
								const steps =
									name === 'cards'
										? afterCardsMutate(core, request, response)
										: afterCoursesMutate(core, request);
								return run(steps).then(() => response);
							});
					}
				};
			}
		};
	}
};
