import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { createCourse } from '$lib/courses/create';
import { fixtureCourse } from '$lib/courses/fixtures.test-helpers';
import { queueQuestionsForStudy, recordAnswer } from './answers';
import {
	BackupStorageError,
	createBackupsDb,
	keepAutomaticBackup,
	KEEP_BACKUPS,
	listAutomaticBackups,
	readAutomaticBackup,
	replaceProgressWithBackup,
	resetProgressWithBackup,
	restoreAutomaticBackup,
	restoredMessage
} from './auto-backup';
import { exportProgress } from './backup';
import { hasSavedStudySettings, saveStudySettings } from './study-settings';
import { answer, freshDb } from './test-helpers';

const t0 = new Date(2026, 4, 12, 9, 0).getTime();
const now = t0 + 86_400_000;
const minute = 60_000;

async function setup(answers = 3) {
	const db = freshDb();
	const backups = createBackupsDb(`backups-${Math.random()}`);
	for (let i = 0; i < answers; i++)
		await recordAnswer(answer(`q${i}`, 3, t0 + i * minute), DEFAULT_STUDY_SETTINGS, db);
	return { db, backups };
}

describe('automatic backups', () => {
	it('keeps a copy before Reset, listed with date, size and contents, and restores it', async () => {
		const { db, backups } = await setup();
		const before = await exportProgress(db);
		await resetProgressWithBackup({ db, backups, now });
		expect(await db.reviews.count()).toBe(0);
		const [kept] = await listAutomaticBackups(backups);
		expect(kept).toMatchObject({ reason: 'reset', createdAt: now, questions: 3, answers: 3 });
		const text = (await readAutomaticBackup(kept.id!, backups))!;
		expect(kept.bytes).toBe(new TextEncoder().encode(text).length);

		const restored = await restoreAutomaticBackup(kept.id!, { db, backups, now });
		expect(restored.ok).toBe(true);
		const after = await exportProgress(db);
		expect(after.cards).toEqual(before.cards);
		expect(after.reviews).toEqual(before.reviews);
		expect(after.days).toEqual(before.days);
	});

	it('keeps no "Before a restore" copy of an empty state, and says so (issue 14)', async () => {
		const { db, backups } = await setup();
		await resetProgressWithBackup({ db, backups, now });
		const [kept] = await listAutomaticBackups(backups);
		// Progress is empty now: restoring keeps no copy of it, and the message says why.
		const restored = await restoreAutomaticBackup(kept.id!, { db, backups, now: now + 1 });
		expect(restored).toMatchObject({ ok: true, keptCopy: false });
		expect((await listAutomaticBackups(backups)).map((info) => info.reason)).toEqual(['reset']);
		expect(restoredMessage('2 Dec 2026, 13:40 · Before a reset', false)).toBe(
			'Progress restored from the backup of 2 Dec 2026, 13:40 · Before a reset. No copy of the progress before it was kept: there was none (no answers, courses or study settings of your own), and an empty copy would push a real backup out of the last 5.'
		);
		// With progress on the device, the copy is kept and the message points to it.
		const again = await restoreAutomaticBackup(kept.id!, { db, backups, now: now + 2 });
		expect(again).toMatchObject({ ok: true, keptCopy: true });
		expect((await listAutomaticBackups(backups))[0].reason).toBe('restore');
		expect(restoredMessage('x', true)).toMatch(
			/is at the top of this list \(Before a restore\)\.$/
		);
	});

	it('restores a copy after the clock was set back before its last answers', async () => {
		const { db, backups } = await setup();
		const before = await exportProgress(db);
		await resetProgressWithBackup({ db, backups, now });
		const [kept] = await listAutomaticBackups(backups);
		// The device clock now reads ten days earlier than when the copy was made.
		const setBack = now - 10 * 86_400_000;
		const restored = await restoreAutomaticBackup(kept.id!, { db, backups, now: setBack });
		expect(restored.ok).toBe(true);
		const after = await exportProgress(db);
		expect(after.cards).toEqual(before.cards);
		expect(after.reviews).toEqual(before.reviews);
	});

	it('keeps a copy before Import replaces progress, and none of an empty database', async () => {
		const { db, backups } = await setup();
		const file = await exportProgress(db);
		await replaceProgressWithBackup(file, { db, backups, now });
		expect(await listAutomaticBackups(backups)).toHaveLength(1);
		const empty = freshDb();
		expect(await keepAutomaticBackup('import', { db: empty, backups, now })).toBeNull();
		expect(await listAutomaticBackups(backups)).toHaveLength(1);
	});

	it('keeps a copy of an unstudied device whose study settings the student saved', async () => {
		const { backups } = await setup(0);
		const db = freshDb();
		await saveStudySettings({ ...DEFAULT_STUDY_SETTINGS, newPerDay: 7 }, db);
		expect(await hasSavedStudySettings(db)).toBe(true);
		const kept = await keepAutomaticBackup('import', { db, backups, now });
		expect(kept).not.toBeNull();
		const text = (await readAutomaticBackup(kept!.id!, backups))!;
		expect(JSON.parse(text).settings).toEqual([
			{ key: 'study', value: { ...DEFAULT_STUDY_SETTINGS, newPerDay: 7 } }
		]);
	});

	it('keeps no copy of questions only queued, never answered (outsider, Replace)', async () => {
		const { backups } = await setup(0);
		const db = freshDb();
		await queueQuestionsForStudy(['q1', 'q2'], db, t0);
		expect(await db.cards.count()).toBe(2);
		expect(await keepAutomaticBackup('import', { db, backups, now })).toBeNull();
		expect(await listAutomaticBackups(backups)).toEqual([]);
	});

	it('keeps a copy of a course of your own that has no answers yet', async () => {
		const { backups } = await setup(0);
		const db = freshDb();
		await createCourse(db, fixtureCourse(), { now: t0 });
		const kept = await keepAutomaticBackup('import', { db, backups, now });
		expect(kept).toMatchObject({ answers: 0, courses: 1 });
	});

	it('never lets a copy of study settings alone push out one with answers', async () => {
		const { db, backups } = await setup(1);
		for (let i = 0; i < KEEP_BACKUPS; i++)
			await keepAutomaticBackup('import', { db, backups, now: now + i });
		const settingsOnly = freshDb();
		await saveStudySettings({ ...DEFAULT_STUDY_SETTINGS, newPerDay: 7 }, settingsOnly);
		for (let i = 0; i < 3; i++)
			await keepAutomaticBackup('restore', { db: settingsOnly, backups, now: now + 10 + i });
		const list = await listAutomaticBackups(backups);
		// The five with answers, and the latest of settings alone (the other two dropped).
		expect(list.map((b) => [b.createdAt - now, b.answers])).toEqual([
			[12, 0],
			[4, 1],
			[3, 1],
			[2, 1],
			[1, 1],
			[0, 1]
		]);
		expect(await backups.files.count()).toBe(KEEP_BACKUPS + 1);
		// A new copy with answers still pushes out the oldest with answers.
		await keepAutomaticBackup('import', { db, backups, now: now + 20 });
		expect((await listAutomaticBackups(backups)).map((b) => b.createdAt - now)).toEqual([
			20, 12, 4, 3, 2, 1
		]);
	});

	it('keeps only the last five, newest first, and never drops the one being restored', async () => {
		const { db, backups } = await setup(1);
		for (let i = 0; i < KEEP_BACKUPS + 2; i++)
			await keepAutomaticBackup('import', { db, backups, now: now + i });
		const list = await listAutomaticBackups(backups);
		expect(list.map((b) => b.createdAt)).toEqual([6, 5, 4, 3, 2].map((i) => now + i));
		expect(await backups.files.count()).toBe(KEEP_BACKUPS);
		const oldest = list.at(-1)!;
		await restoreAutomaticBackup(oldest.id!, { db, backups, now: now + 10 });
		expect(await readAutomaticBackup(oldest.id!, backups)).toBeDefined();
	});

	it('stops Import and Reset with a message when the disk is full, changing nothing', async () => {
		const { db, backups } = await setup();
		const before = await exportProgress(db);
		vi.spyOn(backups.files, 'add').mockRejectedValue(
			new DOMException('The quota has been exceeded.', 'QuotaExceededError')
		);
		await expect(resetProgressWithBackup({ db, backups, now })).rejects.toBeInstanceOf(
			BackupStorageError
		);
		await expect(replaceProgressWithBackup(before, { db, backups, now })).rejects.toThrow(
			/no room for the automatic backup/
		);
		expect((await exportProgress(db)).reviews).toEqual(before.reviews);
		expect(await backups.backups.count()).toBe(0);
	});

	it('refuses to restore a kept file that no longer passes the checks, changing nothing', async () => {
		const { db, backups } = await setup();
		await keepAutomaticBackup('import', { db, backups, now });
		const [kept] = await listAutomaticBackups(backups);
		await backups.files.put({ id: kept.id!, text: '{"format":"flashpoint-progress"' });
		const result = await restoreAutomaticBackup(kept.id!, { db, backups, now });
		expect(result.ok).toBe(false);
		expect(await db.reviews.count()).toBe(3);
	});
});

describe('automatic backup labels', () => {
	it('names sizes and files for people', async () => {
		const { formatBytes, automaticBackupFileName } = await import('./auto-backup');
		expect(formatBytes(812)).toBe('812 bytes');
		expect(formatBytes(34_400)).toBe('34 KB');
		expect(formatBytes(1_230_000)).toBe('1.2 MB');
		expect(
			automaticBackupFileName({
				createdAt: new Date(2026, 4, 12, 9).getTime(),
				reason: 'reset',
				bytes: 1,
				questions: 0,
				answers: 0,
				days: 0
			})
		).toBe('flashpoint-progress-2026-05-12-before-reset.json');
	});

	it('gives every listed backup a different title: seconds, reason, then a sequence', async () => {
		// Issue 12/14: two backups of one minute read alike in Settings.
		const { backupTitles } = await import('./auto-backup');
		const at = (h: number, m: number, s: number) => Date.UTC(2026, 11, 2, h, m, s);
		const titles = backupTitles(
			[
				{ createdAt: at(13, 40, 7), reason: 'import' },
				{ createdAt: at(13, 40, 2), reason: 'reset' },
				{ createdAt: at(13, 40, 2), reason: 'import' },
				{ createdAt: at(13, 40, 2), reason: 'import' },
				{ createdAt: at(9, 5, 0), reason: 'merge' }
			],
			'en-GB',
			'UTC'
		);
		expect(titles).toEqual([
			'2 Dec 2026, 13:40:07 · Before an import',
			'2 Dec 2026, 13:40:02 · Before a reset',
			'2 Dec 2026, 13:40:02 · Before an import (1 of 2)',
			'2 Dec 2026, 13:40:02 · Before an import (2 of 2)',
			'2 Dec 2026, 09:05 · Before a merge'
		]);
		expect(new Set(titles).size).toBe(titles.length);
	});
});

describe('restoring a copy of a damaged database', () => {
	it('repairs its out-of-range cards instead of refusing it', async () => {
		const { db, backups } = await setup();
		await db.cards.update('q0', { stability: -1 });
		await resetProgressWithBackup({ db, backups, now });
		const [kept] = await listAutomaticBackups(backups);
		const result = await restoreAutomaticBackup(kept.id!, { db, backups, now });
		expect(result.ok).toBe(true);
		expect((await db.cards.get('q0'))?.stability).toBeGreaterThan(0);
		expect(await db.reviews.count()).toBe(3);
	});
});
