/**
 * What the index tables hold (schema v7 `items` and `tallies`, v9 `fresh`), as pure rows built
 * from course rows and cards: an item with its card's state copied in, a course's items and
 * tally rows, and the whole set counted from scratch (`recountIndexes`) and written
 * (`rebuildIndexes`: upgrade, import, reset, merge, Check database). Split from `indexes.ts`,
 * the middleware that keeps the same rows current write by write.
 */
import { cmp } from 'dexie';
import { BUILTIN_COURSE_ID, type CardRecord, type CourseRecord } from './records';
import { NO_CARD, UNRANKED, type ItemRecord, type TallyRecord } from './index-records';
import { studyDay, studyDayStart } from '$lib/srs/day';
import { talliesFromItems, tallyId, type IndexRows } from './tallies';
import { headTallies } from './fresh-head';

/** The card fields an item copies; `undefined` for no card. */
export type CardCopy = Pick<CardRecord, 'state' | 'due' | 'leech'> | undefined;

/** Whether `item`'s question has no card yet: it has a `fresh` row (schema v9). */
export function isFresh(item: ItemRecord): boolean {
	return item.state === NO_CARD;
}

/** An item's `fresh` key (`[courseId, rank, position]`): its course, then teaching order. */
export function freshKey(item: ItemRecord): [string, number, number] {
	return [item.courseId, item.rank, item.position];
}

/**
 * An item with `card`'s state copied in (the state `NO_CARD` without one), the study day its
 * due time falls on now (`dueDay`) and when that day begins here (`dueStart`, ms), both fixed
 * from here on.
 */
export function withCard(item: ItemRecord, card: CardCopy): ItemRecord {
	const { dueDay: _dueDay, dueStart: _dueStart, ...rest } = item;
	const dueDay = card && studyDay(card.due);
	return {
		...rest,
		state: card ? card.state : NO_CARD,
		due: card ? card.due : 0,
		...(dueDay && { dueDay, dueStart: studyDayStart(dueDay).getTime() }),
		leech: card ? Boolean(card.leech) : false
	};
}

export function sameCard(a: ItemRecord, b: ItemRecord): boolean {
	return a.state === b.state && a.due === b.due && a.leech === b.leech;
}

/**
 * The items of a course row (its `queue`, in order), with the cards of those questions
 * (`cards[i]` for `course.queue[i]`, or undefined).
 */
export function itemsOfCourse(course: CourseRecord, cards: readonly CardCopy[]): ItemRecord[] {
	const courseKey = course.id === BUILTIN_COURSE_ID ? 0 : course.installedAt;
	return (course.queue ?? []).map((question, position) =>
		withCard(
			{
				id: question.id,
				courseId: course.id,
				fact: question.fact,
				...(question.sentence !== undefined && { sentence: question.sentence }),
				...(question.type !== undefined && { type: question.type }),
				rank: question.rank ?? UNRANKED,
				courseKey,
				position,
				state: NO_CARD,
				due: 0,
				leech: false
			},
			cards[position]
		)
	);
}

/** The tables the indexes are built from and into (the app's, or an upgrade's). */
export interface IndexTables {
	courses: { toArray(): PromiseLike<CourseRecord[]> };
	cards: { toArray(): PromiseLike<CardRecord[]> };
	items: { clear(): PromiseLike<unknown>; bulkPut(rows: ItemRecord[]): PromiseLike<unknown> };
	tallies: { clear(): PromiseLike<unknown>; bulkPut(rows: TallyRecord[]): PromiseLike<unknown> };
	/** Absent before schema v9 (the v7 upgrade). */
	fresh?: { clear(): PromiseLike<unknown>; bulkPut(rows: ItemRecord[]): PromiseLike<unknown> };
}

/**
 * Rebuilds `items` and `tallies` from every course row and card (call inside a read-write
 * transaction over the four tables, or an upgrade's). Used by the v7 upgrade, Check database,
 * import, reset and merge. Cost grows with the collection; it runs only on those.
 */
export async function rebuildIndexes(tables: IndexTables, counted?: IndexRows): Promise<void> {
	const { items, tallies, fresh } = counted ?? (await recountIndexes(tables));
	await Promise.all([tables.items.clear(), tables.tallies.clear(), tables.fresh?.clear()]);
	await tables.items.bulkPut(items);
	await tables.tallies.bulkPut(tallies);
	await tables.fresh?.bulkPut(fresh);
}

/**
 * What `items`, `tallies` and `fresh` should hold, counted from scratch from the course rows
 * and cards (`items` and `tallies` sorted by id, `fresh` by its key): Check database compares
 * with it, and the tests.
 */
export async function recountIndexes(
	tables: Pick<IndexTables, 'courses' | 'cards'>
): Promise<IndexRows> {
	const [courses, cards] = await Promise.all([tables.courses.toArray(), tables.cards.toArray()]);
	const byId = new Map(cards.map((card) => [card.questionId, card]));
	const items = courses.flatMap((course) =>
		itemsOfCourse(
			course,
			(course.queue ?? []).map((q) => byId.get(q.id))
		)
	);
	const byKey = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const fresh = items.filter(isFresh).sort((a, b) => cmp(freshKey(a), freshKey(b)));
	const heads = headTallies(
		courses.map((course) => course.id),
		fresh
	);
	return {
		items: items.sort(byKey),
		tallies: [...talliesFromItems(items), ...courses.map(courseTally), ...heads].sort(byKey),
		fresh
	};
}

/** A course's `course` tally row: the course row without its queue (Home's list). */
export function courseTally(course: CourseRecord): TallyRecord {
	const { queue: _queue, ...info } = course;
	return {
		id: tallyId(course.id, 'course'),
		courseId: course.id,
		bucket: 'course',
		count: course.questionCount,
		course: info
	};
}
