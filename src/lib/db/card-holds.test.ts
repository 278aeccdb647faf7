import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { countQueue } from '$lib/srs/queue';
import { studyDayStart } from '$lib/srs/day';
import {
	HeldAnswerError,
	queueQuestionsForStudy,
	recordAnswer,
	regradeLastAnswer
} from './answers';
import { exportProgress, importProgress, parseProgressFile, resetProgress } from './backup';
import { holdCard, readCourseHolds, readHeldIds, readHoldAt, releaseCard } from './card-holds';
import { SUSPENDED_UNTIL } from './records';
import { loadTodayQueue } from './today-queue';
import { answer, builtinCourse, cardRecord, withBuiltinCourse } from './test-helpers';
import { createDb, SCHEMA_VERSION, type FlashpointDb } from './schema';

const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 5 };
/** 12 May 2026, 9:00 local: the study day began at 4:00 and ends at 4:00 on 13 May. */
const t0 = new Date(2026, 4, 12, 9, 0).getTime();
const tomorrow4am = new Date(2026, 4, 13, 4, 0).getTime();
const day = 86_400_000;
const ids = ['a', 'b', 'c', 'd', 'e', 'f'];

async function studied() {
	const db = await withBuiltinCourse(ids);
	// a and b: review cards due today; the rest new.
	await db.cards.bulkPut([cardRecord('a', 2, t0 - day), cardRecord('b', 2, t0 - 2 * day)]);
	return db;
}

const queueIds = async (db: FlashpointDb, now = t0) =>
	(await loadTodayQueue({ courseId: 'builtin' }, settings, now, db)).map((i) => i.questionId);

describe('burying and suspending cards (issue 12, a student from Anki)', () => {
	it('a buried card leaves today’s queue and comes back at tomorrow’s 4 AM, schedule untouched', async () => {
		const db = await studied();
		expect(await queueIds(db)).toEqual(['b', 'a', 'c', 'd', 'e', 'f']);
		const card = await db.cards.get('a');
		const row = await holdCard('a', 'buried', t0, db);
		expect(row).toEqual({ questionId: 'a', kind: 'buried', until: tomorrow4am, at: t0 });
		expect(tomorrow4am).toBe(studyDayStart('2026-05-13').getTime());
		expect(await queueIds(db)).toEqual(['b', 'c', 'd', 'e', 'f']);
		// Until 3:59 the next morning, not after 4:00.
		expect(await queueIds(db, tomorrow4am - 60_000)).not.toContain('a');
		expect(await queueIds(db, tomorrow4am)).toContain('a');
		expect(await db.cards.get('a')).toEqual(card);
	});

	it('a suspended card, new or due, stays out of the queue and the counts until unsuspended', async () => {
		const db = await studied();
		await holdCard('b', 'suspended', t0, db);
		await holdCard('c', 'suspended', t0, db);
		const queue = await loadTodayQueue({ courseId: 'builtin' }, settings, t0, db);
		expect(queue.map((i) => i.questionId)).toEqual(['a', 'd', 'e', 'f']);
		expect(countQueue(queue, t0)).toEqual({ fresh: 3, learning: 0, review: 1, later: 0 });
		// The list-built queue (every question of the bank) agrees.
		const listed = await loadTodayQueue(
			ids.map((id, i) => ({ id, fact: `f${i}` })),
			settings,
			t0,
			db
		);
		expect(listed.map((i) => i.questionId)).toEqual(['a', 'd', 'e', 'f']);
		expect(await queueIds(db, t0 + 30 * day)).not.toContain('b');
		expect(await readHeldIds(db, t0 + 400 * day)).toEqual(['b', 'c']);
		expect((await readCourseHolds('builtin', t0, db)).map((h) => [h.questionId, h.until])).toEqual([
			['b', SUSPENDED_UNTIL],
			['c', SUSPENDED_UNTIL]
		]);
		expect(await releaseCard('b', db)).toBe(true);
		expect(await releaseCard('b', db)).toBe(false);
		expect(await queueIds(db)).toEqual(['b', 'a', 'd', 'e', 'f']);
	});

	it('suspending a card asked for today drops the request; answers of other cards go on', async () => {
		const db = await studied();
		await queueQuestionsForStudy(['e'], db, t0);
		expect((await queueIds(db))[0]).toBe('e');
		await holdCard('e', 'suspended', t0, db);
		expect(await queueIds(db)).not.toContain('e');
		expect((await db.cards.get('e'))?.queuedAt).toBeUndefined();
		await recordAnswer(answer('a', 3, t0 + 60_000, t0 - 2 * day), settings, db);
		expect(await queueIds(db, t0 + 120_000)).toEqual(['b', 'c', 'd', 'f']);
	});

	it('travels in a progress backup, is refused when damaged, and Reset releases every card', async () => {
		const db = await studied();
		await holdCard('a', 'buried', t0, db);
		await holdCard('c', 'suspended', t0, db);
		const file = await exportProgress(db, new Date(t0));
		expect(file.holds?.map((h) => [h.questionId, h.kind])).toEqual([
			['a', 'buried'],
			['c', 'suspended']
		]);
		const parsed = parseProgressFile(JSON.stringify(file), t0);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		await resetProgress(db);
		expect(await db.holds.count()).toBe(0);
		await importProgress(parsed.value, db);
		expect(await readHeldIds(db, t0)).toEqual(['a', 'c']);
		const damaged = parseProgressFile(
			JSON.stringify({ ...file, holds: [{ ...file.holds![1], until: 5 }] }),
			t0
		);
		expect(!damaged.ok && damaged.problems).toEqual([
			'Buried or suspended card 1 (question “c”) has an end that does not fit its kind.'
		]);
		// A burial over by export time is not written.
		expect(
			(await exportProgress(db, new Date(tomorrow4am))).holds?.map((h) => h.questionId)
		).toEqual(['c']);
	});
});

describe('an answer to a card held in another tab (a student from Anki, session 36)', () => {
	const seenA = t0 - 2 * day; // card a's lastReview, as the screen showed it

	it('is refused in the answer’s own transaction, nothing written, with the hold’s kind', async () => {
		const db = await studied();
		const card = await db.cards.get('a');
		await holdCard('a', 'buried', t0, db);
		const refused = recordAnswer(answer('a', 3, t0 + 1000, seenA), settings, db);
		await expect(refused).rejects.toBeInstanceOf(HeldAnswerError);
		await expect(refused).rejects.toMatchObject({ kind: 'buried' });
		expect(await db.reviews.count()).toBe(0);
		expect(await db.days.count()).toBe(0);
		expect(await db.cards.get('a')).toEqual(card);
		await holdCard('b', 'suspended', t0, db);
		await expect(
			recordAnswer(answer('b', 3, t0 + 1000, t0 - 3 * day), settings, db)
		).rejects.toMatchObject({ kind: 'suspended' });
	});

	it('is refused when the hold commits while the answer waits for its transaction', async () => {
		const db = await studied();
		// Both started at once, the hold first (another tab's `-` a moment before the tap): the
		// answer's transaction runs after the hold's and reads it there, not before.
		const held = holdCard('a', 'buried', t0, db);
		const answered = recordAnswer(answer('a', 3, t0 + 1, seenA), settings, db);
		await held;
		await expect(answered).rejects.toBeInstanceOf(HeldAnswerError);
		expect(await db.reviews.count()).toBe(0);
	});

	it('is recorded when given before the hold, or after it ended or was released', async () => {
		const db = await studied();
		await holdCard('a', 'buried', t0 + 5000, db);
		// A journal replay of an answer tapped before the hold, and its regrade ("I was right").
		const early = await recordAnswer(answer('a', 1, t0, seenA), settings, db);
		expect(
			await regradeLastAnswer(
				early.id!,
				{ rating: 3, grading: 'self', correct: null },
				settings,
				db
			)
		).toMatchObject({ questionId: 'a', rating: 3 });
		await holdCard('b', 'buried', t0, db);
		expect(await readHoldAt(db, 'b', tomorrow4am - 1)).toMatchObject({ kind: 'buried' });
		expect(await readHoldAt(db, 'b', tomorrow4am)).toBeUndefined();
		await recordAnswer(answer('b', 3, tomorrow4am, t0 - 3 * day), settings, db);
		await holdCard('c', 'suspended', t0, db);
		await releaseCard('c', db);
		await recordAnswer(answer('c', 3, t0 + 1000, null), settings, db);
		expect((await db.reviews.toArray()).map((r) => r.questionId)).toEqual(['a', 'b', 'c']);
	});
});

describe('schema v18: the holds table', () => {
	it('upgrades a filled version 17 database: every row as it was, nothing held, the same queue', async () => {
		const name = `migration-v17-${Math.random()}`;
		const v17 = createDb(name, 17);
		await v17.courses.add(builtinCourse(ids));
		await v17.cards.bulkPut([cardRecord('a', 2, t0 - day), cardRecord('b', 2, t0 - 2 * day)]);
		await recordAnswer(answer('a', 3, t0, t0 - 2 * day), settings, v17);
		const queue = await loadTodayQueue({ courseId: 'builtin' }, settings, t0 + 60_000, v17);
		const before: Record<string, unknown[]> = {};
		for (const table of v17.tables) before[table.name] = await table.toArray();
		v17.close();

		const upgraded = createDb(name);
		await upgraded.open();
		expect(upgraded.verno).toBe(SCHEMA_VERSION);
		for (const [table, rows] of Object.entries(before))
			expect(await upgraded.table(table).toArray(), table).toEqual(rows);
		expect(await upgraded.holds.count()).toBe(0);
		expect(await loadTodayQueue({ courseId: 'builtin' }, settings, t0 + 60_000, upgraded)).toEqual(
			queue
		);
		await holdCard('b', 'suspended', t0 + 60_000, upgraded);
		expect(await queueIds(upgraded, t0 + 60_000)).not.toContain('b');
		upgraded.close();
		await Dexie.delete(name);
	});
});
