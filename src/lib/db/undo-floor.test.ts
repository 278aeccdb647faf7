/**
 * Study's Undo after Reset, Import → Replace and Import → Merge (issue 14): Anki clears its undo
 * queue on such operations; here the undo floor (`undo-floor.ts`) closes Undo on every answer
 * they leave in the log, including a key a Study tab still holds.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer, undoAnswer, undoLastAnswer } from './answers';
import { createBackupsDb } from './auto-backup';
import { exportProgress, importProgress, resetProgress } from './backup';
import { checkDatabase } from './check';
import { mergeProgress } from './merge';
import type { FlashpointDb } from './schema';
import { answer, freshDb } from './test-helpers';
import { loadTodaySummary } from './today-summary';
import { readUndoFloor, UNDO_FLOOR_KEY } from './undo-floor';

const settings = DEFAULT_STUDY_SETTINGS;
const t0 = new Date(2026, 4, 12, 10, 0).getTime();
const minute = 60_000;

/** A device that answered `count` questions today (`prefix`0, `prefix`1, …). */
async function studied(count: number, prefix = 'q', from = t0): Promise<FlashpointDb> {
	const db = freshDb();
	for (let i = 0; i < count; i++)
		await recordAnswer(answer(`${prefix}${i}`, 3, from + i * minute), settings, db);
	return db;
}

/** What Study offers and what Undo does with the key a Study tab held (`held`). */
async function undoAfter(db: FlashpointDb, held: number, now: number) {
	const summary = await loadTodaySummary(now, db);
	const answers = await db.reviews.count();
	const undone = await undoLastAnswer(held, db);
	return { offered: summary.lastReviewId, undone, kept: (await db.reviews.count()) === answers };
}

describe('Undo after operations that replace progress', () => {
	it('Reset: nothing to undo, even for a Study tab that held the last key; new answers are undoable', async () => {
		const db = await studied(2);
		const held = (await loadTodaySummary(t0 + 5 * minute, db)).lastReviewId!;
		expect(held).toBeGreaterThan(0);
		await resetProgress(db);
		expect(await readUndoFloor(db)).toBe(held);
		expect(await undoAfter(db, held, t0 + 6 * minute)).toEqual({
			offered: null,
			undone: null,
			kept: true
		});
		const next = await recordAnswer(answer('q9', 3, t0 + 7 * minute), settings, db);
		expect((await loadTodaySummary(t0 + 8 * minute, db)).lastReviewId).toBe(next.id);
		expect((await undoLastAnswer(next.id, db))?.id).toBe(next.id);
		db.close();
	});

	it('Import → Replace: the file’s answers given today are not undone, whatever key Study held', async () => {
		const source = await studied(3, 'r');
		const file = await exportProgress(source, new Date(t0 + 10 * minute));
		// This device's Study tab holds key 3, the same key as the file's last answer.
		const db = await studied(3);
		const held = (await loadTodaySummary(t0 + 5 * minute, db)).lastReviewId!;
		expect(file.reviews.at(-1)!.id).toBe(held);
		await importProgress(file, db);
		expect(await undoAfter(db, held, t0 + 11 * minute)).toEqual({
			offered: null,
			undone: null,
			kept: true
		});
		// The floor is this device's: never exported, and the file's own never imported.
		const exported = await exportProgress(db, new Date(t0 + 12 * minute));
		expect(exported.settings.map((row) => row.key)).not.toContain(UNDO_FLOOR_KEY);
		const next = await recordAnswer(answer('q7', 3, t0 + 13 * minute), settings, db);
		expect((await undoLastAnswer(next.id, db))?.id).toBe(next.id);
		source.close();
		db.close();
	});

	it('Import → Merge: another device’s answers are not undone, nor this device’s last one', async () => {
		const phone = await studied(2, 'p', t0 + 30 * minute);
		const file = await exportProgress(phone, new Date(t0 + 40 * minute));
		const db = await studied(2);
		const held = (await loadTodaySummary(t0 + 5 * minute, db)).lastReviewId!;
		const backups = createBackupsDb(`undo-floor-${Math.random()}`);
		await mergeProgress(file, { db, backups, now: t0 + 41 * minute });
		const summary = await loadTodaySummary(t0 + 42 * minute, db);
		expect(summary.summary.answered).toBe(4);
		expect(await undoAfter(db, held, t0 + 42 * minute)).toMatchObject({
			offered: null,
			undone: null,
			kept: true
		});
		const last = (await db.reviews.orderBy('id').last())!;
		expect(await undoLastAnswer(last.id, db)).toBeNull();
		backups.close();
		phone.close();
		db.close();
	});

	it('Check database that changed something closes Undo too; one that found nothing leaves it', async () => {
		const db = await studied(2);
		const held = (await loadTodaySummary(t0 + 5 * minute, db)).lastReviewId!;
		await checkDatabase(db, { now: t0 + 6 * minute });
		expect((await loadTodaySummary(t0 + 6 * minute, db)).lastReviewId).toBe(held);
		await db.days.update('2026-05-12', { answers: 99 });
		expect((await checkDatabase(db, { now: t0 + 7 * minute })).changed).toBe(true);
		expect(await undoAfter(db, held, t0 + 8 * minute)).toMatchObject({
			offered: null,
			undone: null
		});
		db.close();
	});

	it('says why nothing was undone: closed after Reset or Replace, later after another answer', async () => {
		const db = await studied(3);
		const [first, second, third] = (await db.reviews.toArray()).map((row) => row.id!);
		// Another answer came after the one held: it stays, and Study says so.
		expect(await undoAnswer(second, db)).toEqual({ kind: 'later' });
		expect(await undoAnswer(third, db)).toMatchObject({ kind: 'undone', review: { id: third } });
		// The held answer was undone elsewhere: the log's latest is older, so nothing to undo.
		expect(await undoAnswer(third, db)).toEqual({ kind: 'closed' });
		await resetProgress(db);
		// Reset: the log is empty; the key held (and none at all) is closed, not "a later one".
		for (const held of [first, second, undefined])
			expect(await undoAnswer(held, db)).toEqual({ kind: 'closed' });
		// An answer after the Reset is undoable, a key from before it still closed.
		const next = await recordAnswer(answer('q8', 3, t0 + 9 * minute), settings, db);
		expect(await undoAnswer(second, db)).toEqual({ kind: 'closed' });
		expect(await undoAnswer(next.id, db)).toMatchObject({ kind: 'undone' });
		db.close();
	});
});
