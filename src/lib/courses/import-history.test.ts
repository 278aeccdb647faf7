import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordAnswer } from '$lib/db/answers';
import { CARD_STATE } from '$lib/db/records';
import { answer, freshDb } from '$lib/db/test-helpers';
import {
	ankiPackage,
	at,
	historyDeck,
	inZone,
	studentDeck
} from '$lib/formats/anki-collection.test-helpers';
import { readApkg } from '$lib/formats/apkg';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { courseQuestions } from './drafts';
import { importAsNewCourse, importIntoCourse, planImport } from './import';

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const origin = { fileName: 'balkans.apkg', formatLabel: 'Anki package', globalIds: true };

async function imported(db = freshDb()) {
	const read = readApkg(historyDeck(sqlite), sqlite);
	const plan = planImport(read.questions, origin);
	const outcome = await importAsNewCourse(db, plan, origin, 'Balkans', { history: read.history });
	const byExternal = new Map(
		(await courseQuestions(db, outcome.courseId)).map((q) => [q.externalId, q.id])
	);
	return { db, outcome, id: (externalId: string) => byExternal.get(externalId)! };
}

describe('importing Anki scheduling history', () => {
	it('replays each card’s answers through FSRS, lapse included, keeping Anki’s due date', async () => {
		await inZone('Europe/Belgrade', async () => {
			const { db, outcome, id } = await imported();
			expect(outcome.answers).toBe(8);
			const card = await db.cards.get(id('gA'));
			expect(card).toMatchObject({ reps: 6, lapses: 1, state: CARD_STATE.review });
			expect(card?.lastReview).toBe(at(20, 19, 10));
			// Anki's review day 40 from 10 January, at this app's 4 AM rollover.
			expect(new Date(card!.due).toISOString()).toBe('2026-02-19T03:00:00.000Z');
			const answers = await db.reviews.where('questionId').equals(id('gA')).sortBy('answeredAt');
			expect(answers.map((a) => a.rating)).toEqual([1, 3, 3, 3, 1, 3]);
			expect(answers[0].before).toBeNull();
			expect(answers[5].before?.state).toBe(CARD_STATE.relearning);
			// 23:30 and 01:30 the next night are one study day (rollover 4 AM): two answers on the 11th.
			expect(answers.map((a) => a.studyDay).slice(2, 4)).toEqual(['2026-01-11', '2026-01-11']);
			expect((await db.days.get('2026-01-11'))?.answers).toBe(2);
			expect(await db.days.get('2026-01-12')).toBeUndefined();
		});
	});

	it('takes Anki’s FSRS memory state when the collection holds one', async () => {
		await inZone('Europe/Belgrade', async () => {
			const { db, id } = await imported();
			expect(await db.cards.get(id('gC#c2'))).toMatchObject({ stability: 12.5, difficulty: 5.1 });
			expect(await db.cards.get(id('gC#c1'))).toBeUndefined();
		});
	});

	it('adds no answer twice when the same file is imported again', async () => {
		await inZone('Europe/Belgrade', async () => {
			const { db, outcome } = await imported();
			const cards = await db.cards.toArray();
			const read = readApkg(historyDeck(sqlite), sqlite);
			const plan = planImport(read.questions, origin, await courseQuestions(db, outcome.courseId));
			expect([plan.questions.length, plan.updates.length, plan.unchanged]).toEqual([0, 0, 5]);
			const again = await importIntoCourse(db, outcome.courseId, plan, origin, {
				history: read.history
			});
			expect(again).toMatchObject({ added: 0, updated: 0, answers: 0 });
			expect(await db.reviews.count()).toBe(8);
			expect(await db.cards.toArray()).toEqual(cards);
		});
	});

	it('merges answers given here with later Anki answers, in time order', async () => {
		await inZone('Europe/Belgrade', async () => {
			const { db, outcome, id } = await imported();
			await recordAnswer(
				answer(id('gA'), 3, at(28, 10), at(20, 19, 10)),
				DEFAULT_STUDY_SETTINGS,
				db
			);
			const read = readApkg(
				historyDeck(sqlite, [{ id: at(29, 10), cid: 11, ease: 1, type: 1 }]),
				sqlite
			);
			const plan = planImport(read.questions, origin, await courseQuestions(db, outcome.courseId));
			const merged = await importIntoCourse(db, outcome.courseId, plan, origin, {
				history: read.history
			});
			expect(merged.answers).toBe(1);
			const answers = await db.reviews.where('questionId').equals(id('gA')).sortBy('answeredAt');
			expect(answers.map((a) => a.rating)).toEqual([1, 3, 3, 3, 1, 3, 3, 1]);
			expect(answers.at(-1)?.before?.lastReview).toBe(at(28, 10));
			expect(await db.cards.get(id('gA'))).toMatchObject({ lapses: 2, lastReview: at(29, 10) });
		});
	});

	// Issue 14: a teacher imported a deck, then wanted its history too. The notes are matched by
	// their GUID (Anki's note id, the questions' `externalId`), as Anki merges a re-imported deck:
	// no question is added twice, and the history joins the questions already here.
	it('adds the history to a deck imported before without it, matched by note GUID', async () => {
		await inZone('Europe/Belgrade', async () => {
			const db = freshDb();
			const read = readApkg(historyDeck(sqlite), sqlite);
			const first = await importAsNewCourse(
				db,
				planImport(read.questions, origin),
				origin,
				'Balkans'
			);
			const before = await courseQuestions(db, first.courseId);
			expect(await db.reviews.count()).toBe(0);
			const plan = planImport(read.questions, origin, before);
			expect([plan.questions.length, plan.updates.length, plan.unchanged]).toEqual([0, 0, 5]);
			const later = await importIntoCourse(db, first.courseId, plan, origin, {
				history: read.history
			});
			expect(later).toMatchObject({ added: 0, updated: 0, answers: 8 });
			expect(await courseQuestions(db, first.courseId)).toEqual(before);
			// The same cards as importing the deck with its history at once.
			const once = await imported();
			const cardsOf = async (d: typeof db) =>
				(await d.cards.toArray())
					.map(({ questionId: _q, ...card }) => card)
					.sort((a, b) => a.due - b.due);
			expect(await cardsOf(db)).toEqual(await cardsOf(once.db));
		});
	});

	it('stores no history unless asked', async () => {
		const db = freshDb();
		const read = readApkg(historyDeck(sqlite), sqlite);
		await importAsNewCourse(db, planImport(read.questions, origin), origin, 'Balkans');
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});
});

// Task anki26 (an outsider student, two years of Anki): an .apkg with 2 of 5 cards reviewed
// (30-day intervals, 5 reviews each) was imported as 5 new cards.
describe('an Anki user’s review history', () => {
	const NOW = Date.UTC(2026, 11, 3, 12);

	it('is kept: both reviewed cards replayed and due as Anki has them; a second import adds none', async () => {
		const db = freshDb();
		const read = readApkg(studentDeck(sqlite, NOW), sqlite, undefined, NOW);
		const first = await importAsNewCourse(db, planImport(read.questions, origin), origin, 'SV', {
			history: read.history,
			now: NOW
		});
		expect(first).toMatchObject({ added: 5, answers: 10, history: { cards: 2, answers: 10 } });
		const ids = new Map(
			(await courseQuestions(db, first.courseId)).map((q) => [q.externalId, q.id])
		);
		const [overdue, later] = [
			await db.cards.get(ids.get('sv1')!),
			await db.cards.get(ids.get('sv2')!)
		];
		expect([overdue?.state, overdue?.reps, later?.state, later?.reps]).toEqual([
			CARD_STATE.review,
			5,
			CARD_STATE.review,
			5
		]);
		// Anki has card 1 due yesterday and card 2 in 10 days.
		expect(overdue!.due).toBeLessThan(NOW);
		expect(later!.due).toBeGreaterThan(NOW + 8 * 86_400_000);
		expect(await db.cards.count()).toBe(2);

		const plan = planImport(read.questions, origin, await courseQuestions(db, first.courseId));
		const again = await importIntoCourse(db, first.courseId, plan, origin, {
			history: read.history
		});
		expect(again).toMatchObject({ added: 0, answers: 0, history: { cards: 2, answers: 10 } });
		expect(await db.reviews.count()).toBe(10);
	});
});

// Session 34 (outsider student): a made-up .apkg whose 3 review cards (type 2, queue 2, 10-12
// day intervals, one log entry each, no learning history) came in as learning cards, none to
// review, while Anki shows them as due reviews. The state is Anki's card type, whatever the queue.
describe('an imported card’s state', () => {
	const NOW = Date.UTC(2026, 11, 3, 12);
	const DAY = 86_400_000;
	const today = Math.floor(NOW / DAY);
	const crt = (today - 100) * 86_400 + 12 * 3600;
	// [type, queue, due]: review cards due by day number, (re)learning ones by time or day.
	const kinds: [string, number, number, number][] = [
		['review', 2, 2, 100],
		['review due later', 2, 2, 102],
		['suspended review', 2, -1, 100],
		['buried review', 2, -2, 100],
		['sibling-buried review', 2, -3, 100],
		['learning', 1, 1, Math.floor(NOW / 1000) - 600],
		['day learning', 1, 3, 100],
		['relearning', 3, 1, Math.floor(NOW / 1000) - 600],
		['suspended relearning', 3, -1, Math.floor(NOW / 1000) - 600],
		['new', 0, 0, 1]
	];

	function deck() {
		return ankiPackage(sqlite, {
			crt,
			conf: { rollover: 4, creationOffset: 0 },
			notes: kinds.map(([name], i) => ({ id: i + 1, guid: `k${i}`, mid: 1, fields: [name, 'x'] })),
			cards: kinds.map(([, type, queue, due], i) => ({
				id: i + 1,
				nid: i + 1,
				ord: 0,
				type,
				queue,
				due,
				ivl: type === 2 ? 10 + (i % 3) : 0
			})),
			// One learning answer (Good) each, 11 days ago; the new card has none.
			revlog: kinds
				.slice(0, -1)
				.map((_, i) => ({ id: NOW - 11 * DAY + i * 1000, cid: i + 1, ease: 3, type: 0 }))
		});
	}

	it('is Anki’s card type for every type and queue, and a review card is due as Anki has it', async () => {
		const db = freshDb();
		const read = readApkg(deck(), sqlite, undefined, NOW);
		const outcome = await importAsNewCourse(db, planImport(read.questions, origin), origin, 'K', {
			history: read.history,
			now: NOW
		});
		const questions = await courseQuestions(db, outcome.courseId);
		const cardOf = async (name: string) =>
			db.cards.get(questions.find((q) => q.prompt === name)!.id);
		const states = await Promise.all(kinds.map(async ([name]) => (await cardOf(name))?.state));
		expect(states).toEqual([
			...Array(5).fill(CARD_STATE.review),
			CARD_STATE.learning,
			CARD_STATE.learning,
			CARD_STATE.relearning,
			CARD_STATE.relearning,
			undefined
		]);
		const review = (await cardOf('review'))!;
		expect(review).toMatchObject({ learningSteps: 0, reps: 1 });
		// Anki's day 100 is today: due now; day 102 in two days.
		expect(review.due).toBeLessThanOrEqual(NOW);
		expect((await cardOf('review due later'))!.due).toBeGreaterThan(NOW + DAY);
	});
});
