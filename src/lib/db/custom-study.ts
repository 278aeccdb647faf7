/**
 * Custom study's reads and writes (the rules are `$lib/srs/custom-study`'s): the cards each
 * choice takes, asked for today through `queueQuestionsForStudy` (the one way to put questions
 * first in today's queue), or today's new-question limit raised (`EXTRA_NEW_KEY`). Loaded on
 * demand, when the student starts a custom study.
 */
import { Dexie } from 'dexie';
import {
	addExtra,
	aheadUntil,
	EXTRA_NEW_KEY,
	EXTRA_REVIEW_KEY,
	forgottenIds,
	lastDaysFrom,
	isExtraLimit,
	topicsMatch,
	type CustomStudyChoice,
	type TopicFilter
} from '$lib/srs/custom-study';
import { topicCounts } from '$lib/content/topics';
import { studyDayStart } from '$lib/srs/day';
import { queueQuestionsForStudy } from './answers';
import { readFresh } from './fresh-read';
import { CARDS_GENERATION_KEY, newGeneration } from './generation';
import { CARD_STATE, courseIdOf, isStudied, type CardRecord, type QuestionRecord } from './records';
import { NO_CARD, type ItemRecord } from './index-records';
import { getDb, type FlashpointDb } from './schema';
import { readStudyToday } from './study-today';

/** What a custom study did: how many questions it asked for, or added to today's new limit. */
export interface CustomStudyOutcome {
	count: number;
}

/**
 * Starts `choice` in scope `courseId` (null: every course) at `now` (ms): raises today's new
 * limit for the scope, or asks for the cards it takes (first in today's queue, whatever the
 * limits; answered and scheduled as any other). Returns how many. Rejects with the database's
 * error (a full disk: `isStorageFullError`).
 */
export async function startCustomStudy(
	choice: CustomStudyChoice,
	courseId: string | null,
	db: FlashpointDb = getDb(),
	now: number = Date.now()
): Promise<CustomStudyOutcome> {
	if (choice.kind === 'new-limit' || choice.kind === 'review-limit') {
		const key = choice.kind === 'new-limit' ? EXTRA_NEW_KEY : EXTRA_REVIEW_KEY;
		await raiseLimit(db, key, courseId, choice.count, now);
		return { count: choice.count };
	}
	// A preview writes nothing: the questions are read again by the preview screen.
	if (choice.kind === 'preview')
		return { count: (await readPreview(courseId, choice.days, db, now)).length };
	const ids = await db.transaction(
		'r',
		[db.cards, db.reviews, db.items, db.fresh, db.tallies, db.courses, db.questions],
		() => chooseCards(db, choice, courseId, now)
	);
	if (!ids.length) return { count: 0 };
	await emptyLastSession(db, ids);
	await queueQuestionsForStudy(ids, db, now);
	return { count: ids.length };
}

/** The `settings` key of the last custom study's questions (`emptyLastSession`). */
export const CUSTOM_SESSION_KEY = 'custom-study-session';

/**
 * Empties the last custom study before `next` (its questions) is asked for, as Anki empties its
 * "Custom Study Session" deck before building a new one: the last one's questions still asked
 * for and not answered are asked for no longer, so they do not come first (and take their share
 * of the daily limits: `leftAfterAsked`) day after day. A question never answered goes back to
 * new (its card row, made by the request, is deleted); any other keeps its card and schedule.
 * Questions asked for another way (Study these now, Add missed questions) are not touched
 * unless the last custom study took them too. Then keeps `next` as the custom study's.
 */
async function emptyLastSession(db: FlashpointDb, next: readonly string[]): Promise<void> {
	await db.transaction('rw', db.cards, db.settings, async () => {
		const row = await db.settings.get(CUSTOM_SESSION_KEY);
		const value = row?.value as { ids?: unknown } | undefined;
		const last = Array.isArray(value?.ids)
			? value.ids.filter((id): id is string => typeof id === 'string')
			: [];
		const cards = (await db.cards.bulkGet(last)).filter(
			(card): card is CardRecord => card?.queuedAt !== undefined
		);
		const unstarted = (card: CardRecord) =>
			card.state === CARD_STATE.new && card.reps === 0 && card.lastReview === null;
		await db.cards.bulkDelete(cards.filter(unstarted).map((card) => card.questionId));
		await db.cards.bulkPut(
			cards
				.filter((card) => !unstarted(card))
				.map(({ queuedAt: _asked, ...card }) => card satisfies CardRecord)
		);
		await db.settings.put({ key: CUSTOM_SESSION_KEY, value: { ids: [...next] } });
	});
}

/**
 * Adds `count` questions to today's limit kept under `key` (`EXTRA_NEW_KEY`, `EXTRA_REVIEW_KEY`)
 * for scope `courseId`, today being the study day every screen counts (`readStudyToday`), and
 * a new `cards-generation` marker so every tab's queue and Home's stored counts read the
 * limits again.
 */
async function raiseLimit(
	db: FlashpointDb,
	key: string,
	courseId: string | null,
	count: number,
	now: number
): Promise<void> {
	await db.transaction('rw', [db.settings, db.reviews], async () => {
		const [today, row] = await Promise.all([readStudyToday(db, now), db.settings.get(key)]);
		const extra = isExtraLimit(row?.value) ? row.value : undefined;
		await db.settings.bulkPut([
			{ key, value: addExtra(extra, today.day, courseId, count) },
			{ key: CARDS_GENERATION_KEY, value: newGeneration() }
		]);
	});
}

/**
 * "Preview new cards" (Anki's, `added:n` with rescheduling off): the studied questions of scope
 * `courseId` (null: every course) added in the last `days` study days (`addedAt` from the start
 * of `lastDaysFrom(today, days)`, at the rollover where the student is) and still new (no card,
 * or one asked for and never answered), the earliest added first, in course order. Read only:
 * answers in a preview are not written (`/study/preview`).
 */
export async function readPreview(
	courseId: string | null,
	days: number,
	db: FlashpointDb = getDb(),
	now: number = Date.now()
): Promise<QuestionRecord[]> {
	return db.transaction('r', [db.questions, db.cards, db.reviews], async () => {
		const today = await readStudyToday(db, now);
		const since = studyDayStart(lastDaysFrom(today.day, days)).getTime();
		const rows = (await scopeRows(db, courseId)).filter(
			(row) => isStudied(row) && row.addedAt !== undefined && row.addedAt >= since
		);
		const cards = await db.cards.bulkGet(rows.map((row) => row.id));
		return rows
			.filter((_, i) => {
				const card = cards[i];
				return !card || (card.state === CARD_STATE.new && card.reps === 0);
			})
			.sort(
				(a, b) =>
					a.addedAt! - b.addedAt! ||
					(a.courseId < b.courseId ? -1 : a.courseId > b.courseId ? 1 : 0) ||
					a.position - b.position
			);
	});
}

/** The question rows of scope `courseId` (null: every course). */
function scopeRows(db: FlashpointDb, courseId: string | null): Promise<QuestionRecord[]> {
	return courseId === null
		? db.questions.toArray()
		: db.questions.where('courseId').equals(courseId).toArray();
}

/**
 * The topics of the studied questions in scope `courseId` (null: every course), each with how
 * many questions carry it, most common first (`topicCounts`): what "Study by card state or
 * topic" offers to choose from; none for a course without topics.
 */
export async function readScopeTopics(
	courseId: string | null,
	db: FlashpointDb = getDb()
): Promise<{ topic: string; count: number }[]> {
	return topicCounts((await scopeRows(db, courseId)).filter(isStudied));
}

/**
 * The ids of the studied questions in scope `courseId` whose topics `filter` takes. Reads the
 * scope's question rows (a custom study's start, not a screen's load).
 */
async function idsOfTopics(
	db: FlashpointDb,
	courseId: string | null,
	filter: TopicFilter
): Promise<Set<string>> {
	const rows = await scopeRows(db, courseId);
	return new Set(
		rows.filter((row) => isStudied(row) && topicsMatch(row.topics, filter)).map((row) => row.id)
	);
}

/**
 * The first `count` questions of `ids` with no card, in teaching order (`ItemRecord`: rank, then
 * course, then place in the course), as the `fresh` table orders every course's new questions.
 */
async function freshOf(db: FlashpointDb, ids: Iterable<string>, count: number) {
	const items = (await db.items.bulkGet([...ids])).filter(
		(item): item is ItemRecord => item?.state === NO_CARD
	);
	return items
		.sort((a, b) => a.rank - b.rank || a.courseKey - b.courseKey || a.position - b.position)
		.slice(0, count)
		.map((item) => item.id);
}

/** The ids `choice` takes in scope `courseId`, studied questions only, in the order to study. */
async function chooseCards(
	db: FlashpointDb,
	choice: Exclude<CustomStudyChoice, { kind: 'new-limit' | 'review-limit' | 'preview' }>,
	courseId: string | null,
	now: number
): Promise<string[]> {
	const today = await readStudyToday(db, now);
	const topics =
		choice.kind === 'state' && choice.topics
			? await idsOfTopics(db, courseId, choice.topics)
			: undefined;
	const inScope = (id: string) =>
		(courseId === null || courseIdOf(id) === courseId) && (!topics || topics.has(id));
	const byDue = (from: number, to: number, states: readonly number[]) =>
		Promise.all(
			states.map((state) =>
				db.cards
					.where('[state+due]')
					.between([state, from], [state, to], true, false)
					.filter((card) => inScope(card.questionId))
					.toArray()
			)
		).then((lists) => lists.flat().sort((a: CardRecord, b: CardRecord) => a.due - b.due));
	let ids: string[];
	if (choice.kind === 'forgotten') {
		const since = lastDaysFrom(today.day, choice.days);
		const answers = await db.reviews.where('studyDay').aboveOrEqual(since).toArray();
		ids = forgottenIds(answers.filter((answer) => inScope(answer.questionId)));
	} else if (choice.kind === 'ahead') {
		const until = aheadUntil(today.day, choice.days, (day) => studyDayStart(day).getTime());
		ids = (await byDue(today.end, until, [CARD_STATE.review])).map((card) => card.questionId);
	} else {
		const started =
			choice.state === 'new'
				? []
				: await byDue(Dexie.minKey as number, choice.state === 'due' ? today.end : Infinity, [
						CARD_STATE.learning,
						CARD_STATE.review,
						CARD_STATE.relearning
					]);
		ids = started.map((card) => card.questionId).slice(0, choice.count);
		const more = choice.state === 'due' ? 0 : choice.count - ids.length;
		if (more > 0 && topics) ids.push(...(await freshOf(db, topics, more)));
		else if (more > 0)
			ids.push(...(await readFresh(db, courseId, more)).all.items.map((i) => i.id));
		ids = ids.slice(0, choice.count);
	}
	// Studied questions only: a card whose question was rejected, or is gone, has no item.
	const items = await db.items.bulkGet(ids);
	return ids.filter((_, index) => items[index] !== undefined);
}
