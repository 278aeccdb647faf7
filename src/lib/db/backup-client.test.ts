import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer } from './answers';
import { exportProgress, type ImportProgress } from './backup';
import { checkBackupText, runBackupJob, runRestoreJob } from './backup-jobs';
import { openBackupText, restoreBackupOffThread } from './backup-client';
import { createBackupsDb, keepAutomaticBackup, listAutomaticBackups } from './auto-backup';
import { answer, freshDb } from './test-helpers';

const t0 = new Date(2026, 4, 12, 9, 0).getTime();

describe('importing a backup as a job (the worker’s, or this thread’s)', () => {
	it('checks the text, then replaces with progress; a bad file is refused with sentences', async () => {
		const source = freshDb();
		for (let i = 0; i < 3; i++)
			await recordAnswer(answer(`q${i}`, 3, t0 + i * 1000), DEFAULT_STUDY_SETTINGS, source);
		const text = JSON.stringify(await exportProgress(source));
		const db = freshDb();
		const checked = await checkBackupText(text, t0 + 60_000, db);
		expect(checked.check).toMatchObject({
			ok: true,
			file: { questions: 3, answers: 3, days: 1, courses: 0 },
			current: { questions: 0, answers: 0, days: 0, courses: 0 }
		});
		const seen: ImportProgress[] = [];
		const backups = createBackupsDb(`backups-${Math.random()}`);
		await expect(
			runBackupJob(checked.file!, 'replace', (progress) => seen.push(progress), db, backups)
		).resolves.toEqual({ ok: true });
		expect(seen.at(-1)).toEqual({ done: 7, total: 7 });
		expect(await db.reviews.count()).toBe(3);

		const refused = await checkBackupText('{"format":"flashpoint-progress"', t0, db);
		expect(refused.check.ok).toBe(false);
		expect(refused.file).toBeUndefined();
	});

	it('runs on this thread where no worker can start (Node has none)', async () => {
		const session = await openBackupText('not a backup');
		expect(session.check).toMatchObject({ ok: false });
		await expect(session.replace()).resolves.toMatchObject({ ok: false });
		session.close();
	});
	it('restores an automatic backup as a job, and says why when the backup is gone', async () => {
		const db = freshDb();
		const backups = createBackupsDb(`backups-${Math.random()}`);
		for (let i = 0; i < 3; i++)
			await recordAnswer(answer(`q${i}`, 3, t0 + i * 1000), DEFAULT_STUDY_SETTINGS, db);
		await keepAutomaticBackup('reset', { db, backups, now: t0 + 60_000 });
		const [kept] = await listAutomaticBackups(backups);
		await recordAnswer(answer('q9', 3, t0 + 70_000), DEFAULT_STUDY_SETTINGS, db);
		await expect(runRestoreJob(kept.id!, t0 + 80_000, db, backups)).resolves.toEqual({
			ok: true,
			keptCopy: true
		});
		expect(await db.reviews.count()).toBe(3);
		expect(await db.cards.get('q9')).toBeUndefined();
		await expect(runRestoreJob(9_999, t0 + 80_000, db, backups)).resolves.toEqual({
			ok: false,
			error: 'Nothing was changed: this automatic backup is no longer kept.',
			problems: []
		});
		// Node has no Worker: the client runs it here (on the app's own databases, empty).
		await expect(restoreBackupOffThread(9_999)).resolves.toMatchObject({ ok: false });
	});
});
