import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer, undoLastAnswer } from './answers';
import { checkDatabase, checkedSentence } from './check';
import { CARDS_GENERATION_KEY } from './generation';
import { emptyDay, type QuestionRecord } from './records';
import { cardProblems } from './sanity';
import { answer, freshDb } from './test-helpers';
import type { FlashpointDb } from './schema';

const settings = DEFAULT_STUDY_SETTINGS;
const t0 = new Date(2026, 4, 12, 9, 0).getTime();
const now = t0 + 3 * 86_400_000;
const minute = 60_000;

/** A database with three questions in a course and a few honest answers. */
async function studied(): Promise<FlashpointDb> {
	const db = freshDb();
	const questions = ['q0', 'q1', 'q2'].map(
		(id, position) => ({ id, courseId: 'builtin', position }) as unknown as QuestionRecord
	);
	await db.questions.bulkAdd(questions);
	const first = await recordAnswer(answer('q0', 3, t0), settings, db);
	await recordAnswer(answer('q0', 3, t0 + 20 * minute, first.answeredAt), settings, db);
	await recordAnswer(answer('q1', 1, t0 + minute), settings, db);
	await recordAnswer(answer('q2', 4, t0 + 2 * minute), settings, db);
	return db;
}

describe('Check database', () => {
	it('finds nothing in a healthy database and changes nothing', async () => {
		const db = await studied();
		const marker = await db.settings.get(CARDS_GENERATION_KEY);
		const report = await checkDatabase(db, { now });
		expect(report).toMatchObject({ lines: [], changed: false, orphans: 0 });
		expect(checkedSentence(report)).toBe('Checked 3 cards, 4 answers and 1 study day.');
		expect(await db.settings.get(CARDS_GENERATION_KEY)).toEqual(marker);
	});

	it('reports answers and cards dated after the clock, and changes nothing (clock set back)', async () => {
		const db = await studied();
		const marker = await db.settings.get(CARDS_GENERATION_KEY);
		const before = { reviews: await db.reviews.toArray(), cards: await db.cards.toArray() };
		// The clock now reads 10 minutes after the first answer: q0's second answer (t0 + 20 min)
		// and its card are dated after it.
		const report = await checkDatabase(db, { now: t0 + 10 * minute });
		expect(report.changed).toBe(false);
		expect(report.lines).toEqual([
			"1 answer and 1 card are dated after this device's clock (the latest by 10 min): the clock was set back since, or was fast then. Kept as they are: no answer is removed or re-dated for its time, and each card keeps the schedule its answers gave. Stats counts them in your total, and on the calendar once their day comes."
		]);
		expect(await db.reviews.toArray()).toEqual(before.reviews);
		expect(await db.cards.toArray()).toEqual(before.cards);
		expect(await db.settings.get(CARDS_GENERATION_KEY)).toEqual(marker);
		// Two days ahead of a clock that reads two days earlier: said in days.
		const earlier = await checkDatabase(db, { now: t0 + 20 * minute - 2 * 86_400_000 });
		expect(earlier.lines[0]).toMatch(/^4 answers and 3 cards are dated .* \(the latest by 2 d\)/);
		// The clock right again: in order.
		expect((await checkDatabase(db, { now })).lines).toEqual([]);
	});

	it('brings out-of-range cards back into the FSRS ranges and says so', async () => {
		const db = await studied();
		await db.cards.update('q0', { stability: 0, lastReview: Date.UTC(2286, 0, 1) });
		await db.cards.update('q1', { difficulty: -1, due: 1e300 });
		const report = await checkDatabase(db, { now });
		expect(report.changed).toBe(true);
		expect(report.lines).toHaveLength(1);
		expect(report.lines[0]).toMatch(/^2 cards had values FSRS cannot use/);
		for (const card of await db.cards.toArray()) expect(cardProblems(card, now)).toEqual([]);
		expect((await checkDatabase(db, { now })).lines).toEqual([]);
	});

	it('removes answers stored twice and rebuilds the day totals', async () => {
		const db = await studied();
		const [first] = await db.reviews.toArray();
		// A copy saved before answers had global ids (or by a faulty import).
		const { id: _id, uuid: _uuid, ...copy } = first;
		void [_id, _uuid];
		await db.reviews.add(copy);
		await db.days.update('2026-05-12', { answers: 99 });
		const report = await checkDatabase(db, { now });
		expect(report.lines).toEqual([
			'1 answer was stored twice: the extra copy was removed.',
			'The totals of 1 study day did not match your answers: rebuilt from the answer log (Stats and the daily limits use them).'
		]);
		expect(await db.reviews.count()).toBe(4);
		expect(await db.days.get('2026-05-12')).toMatchObject({ answers: 4, newCards: 3, again: 1 });
	});

	it('removes day rows no answer backs, even one counting 0 answers, and says so', async () => {
		const db = await studied();
		// Left by an Undo before Undo dropped emptied days: 0 answers, the undone answer's time.
		await db.days.put({ ...emptyDay('2026-05-10'), timeMs: 4000 });
		const report = await checkDatabase(db, { now });
		expect(report.lines).toEqual([
			'Study day 2026-05-10 had a totals row (counting 0 answers) but no answer in the log: removed, so Stats and your streak no longer count it.'
		]);
		expect(report.changed).toBe(true);
		expect(await db.days.get('2026-05-10')).toBeUndefined();
		expect(await db.days.get('2026-05-12')).toMatchObject({ answers: 4 });
		await db.days.bulkPut([emptyDay('2026-05-01'), { ...emptyDay('2026-05-02'), answers: 3 }]);
		expect((await checkDatabase(db, { now })).lines).toEqual([
			'2 study days had totals rows but no answer in the log (2026-05-01, counting 0 answers, and 1 more): removed, so Stats and your streak no longer count them.'
		]);
		expect((await checkDatabase(db, { now })).changed).toBe(false);
	});

	it('an Undo of a day’s only answer leaves no day row for Check to find', async () => {
		const db = freshDb();
		const review = await recordAnswer(answer('q0', 3, now - 60_000), settings, db);
		expect(await undoLastAnswer(review.id, db)).not.toBeNull();
		expect(await db.days.count()).toBe(0);
		expect((await checkDatabase(db, { now })).lines).toEqual([]);
	});

	it('rebuilds a missing card from its answers, exactly as they left it', async () => {
		const db = await studied();
		const before = await db.cards.get('q0');
		await db.cards.delete('q0');
		const report = await checkDatabase(db, { now });
		expect(report.lines[0]).toMatch(/^2 answers belonged to 1 question whose card was missing/);
		expect(await db.cards.get('q0')).toEqual(before);
	});

	it('keeps orphan cards and says so, and removes them with their answers only when asked', async () => {
		const db = await studied();
		await db.questions.delete('q2');
		const kept = await checkDatabase(db, { now });
		expect(kept.orphans).toBe(1);
		expect(kept.changed).toBe(false);
		expect(kept.lines[0]).toMatch(/^1 card is for questions no course has .* kept/);
		expect(await db.cards.count()).toBe(3);
		const removed = await checkDatabase(db, { now, removeOrphans: true });
		expect(removed.orphans).toBe(0);
		expect(removed.lines[0]).toBe('1 card for questions no course has was removed, with 1 answer.');
		expect(await db.cards.get('q2')).toBeUndefined();
		expect(await db.reviews.where('questionId').equals('q2').count()).toBe(0);
		expect(await db.days.get('2026-05-12')).toMatchObject({ answers: 3 });
	});

	it('does not call cards orphans before any course is installed', async () => {
		const db = await studied();
		await db.questions.clear();
		const report = await checkDatabase(db, { now, removeOrphans: true });
		expect(report).toMatchObject({ orphansUnknown: true, orphans: 0, lines: [] });
		expect(await db.cards.count()).toBe(3);
	});

	it('writes the queue-cache marker again when it is missing or damaged', async () => {
		const db = await studied();
		await db.settings.put({ key: CARDS_GENERATION_KEY, value: 42 });
		const report = await checkDatabase(db, { now });
		expect(report.lines).toEqual([
			'The marker that tells open tabs to rebuild their study queue was missing: written again.'
		]);
		expect(typeof (await db.settings.get(CARDS_GENERATION_KEY))?.value).toBe('string');
	});

	it('repairs everything at once in a deliberately damaged database', async () => {
		const db = await studied();
		await db.cards.update('q1', { stability: -1 });
		await db.cards.delete('q2');
		await db.reviews.add({ ...(await db.reviews.get(1))!, id: undefined, uuid: undefined });
		await db.days.put({
			day: '2026-05-01',
			answers: 5,
			newCards: 0,
			reviewCards: 0,
			again: 0,
			timeMs: 0
		});
		await db.cards.put({ ...(await db.cards.get('q0'))!, questionId: 'gone' });
		const report = await checkDatabase(db, { now });
		expect(report.lines).toHaveLength(5);
		const again = await checkDatabase(db, { now });
		expect(again.lines).toHaveLength(1); // the orphan, kept
		expect(again.changed).toBe(false);
	});

	it('rebuilds the counts Home and Stats read (items, tallies) when they disagree with the cards', async () => {
		const db = await studied();
		await db.courses.add({
			id: 'builtin',
			title: 'Built-in',
			kind: 'builtin',
			hash: '',
			installedAt: 0,
			questionCount: 3,
			documentCount: 0,
			queue: ['q0', 'q1', 'q2'].map((id) => ({ id, fact: id }))
		});
		const clean = await checkDatabase(db, { now });
		expect(clean.lines).toEqual([]);
		const right = await db.tallies.orderBy('id').toArray();
		// Damage both: a count off by 5, and an item that forgot its card.
		await db.tallies.put({ ...right.find((row) => row.bucket === 'state:1')!, count: 6 });
		await db.items.update('q2', { state: -1 });
		const report = await checkDatabase(db, { now });
		expect(report.lines).toEqual([
			'The counts Home, Study and Stats read (questions by state, cards due per day) did not match your cards: rebuilt.'
		]);
		expect(report.changed).toBe(true);
		expect(await db.tallies.orderBy('id').toArray()).toEqual(right);
		expect((await db.items.get('q2'))?.state).toBe((await db.cards.get('q2'))?.state);
	});
});
