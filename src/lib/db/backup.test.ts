import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import {
	backupFileName,
	describeProgress,
	describeStoredProgress,
	exportProgress,
	IMPORT_CHUNK_ROWS,
	importProgress,
	type ImportProgress,
	parseProgressFile,
	resetProgress
} from './backup';
import { CARDS_GENERATION_KEY } from './generation';
import { UNDO_FLOOR_KEY } from './undo-floor';
import { recordAnswer } from './answers';
import { saveStudySettings } from './study-settings';
import { freshDb } from './test-helpers';
import { SCHEMA_VERSION } from './schema';
import type { ProgressFile } from './backup-file';

const t0 = new Date(2026, 4, 12, 9, 0).getTime();

async function filledDb() {
	const db = freshDb();
	await saveStudySettings({ ...DEFAULT_STUDY_SETTINGS, newPerDay: 12 }, db);
	for (let i = 0; i < 6; i++)
		await recordAnswer(
			{
				questionId: `q${i}`,
				rating: i % 2 ? 3 : 1,
				answeredAt: t0 + i * 1000,
				durationMs: 3000,
				grading: 'auto',
				correct: i % 2 === 1,
				seenLastReview: null
			},
			DEFAULT_STUDY_SETTINGS,
			db
		);
	return db;
}

/** `file` with `count` more answers to `q0`, one a second from `t0` (copies of its first). */
function withAnswers(file: ProgressFile, count: number): ProgressFile {
	const first = file.reviews[0];
	const more = Array.from({ length: count }, (_, i) => ({
		...first,
		id: 1000 + i,
		uuid: `0190a0a0-0000-7000-8000-${String(i).padStart(12, '0')}`,
		answeredAt: t0 + i * 1000
	}));
	return { ...file, reviews: [...file.reviews, ...more] };
}

describe('backup', () => {
	it('imports a large backup in chunks, reporting progress, and counts it without an export', async () => {
		const source = await filledDb();
		const file = withAnswers(await exportProgress(source), 2 * IMPORT_CHUNK_ROWS + 10);
		const db = freshDb();
		const seen: ImportProgress[] = [];
		await importProgress(file, db, (progress) => seen.push(progress));
		const total = file.cards.length + file.reviews.length + file.days.length;
		// Cards (one chunk), answers (three), days (one), each reported as written.
		expect(seen.map((step) => step.done)).toEqual([
			6,
			6 + IMPORT_CHUNK_ROWS,
			6 + 2 * IMPORT_CHUNK_ROWS,
			6 + file.reviews.length,
			total
		]);
		expect(seen.every((step) => step.total === total)).toBe(true);
		expect(await db.reviews.count()).toBe(file.reviews.length);
		expect(await describeStoredProgress(db)).toEqual(describeProgress(file));
	});

	it('changes nothing when a chunk after the first fails: the import is one transaction', async () => {
		const db = await filledDb();
		const before = await exportProgress(db, new Date(t0));
		const file = withAnswers(before, 2 * IMPORT_CHUNK_ROWS + 10);
		// The last answer reuses the first one's global id: its chunk (the third) is refused by
		// the unique index, after two chunks of answers were written.
		file.reviews[file.reviews.length - 1].uuid = file.reviews[0].uuid;
		const seen: number[] = [];
		await expect(
			importProgress(file, db, (progress) => seen.push(progress.done))
		).rejects.toThrow();
		expect(seen.length).toBeGreaterThanOrEqual(3);
		expect(await exportProgress(db, new Date(t0))).toEqual(before);
	});
	it('round-trips all progress through export, reset and import', async () => {
		const db = await filledDb();
		const exported = await exportProgress(db);
		const text = JSON.stringify(exported);
		await resetProgress(db);
		expect(await db.cards.count()).toBe(0);
		// Only this device's bookkeeping is left (the cards-generation marker, the undo floor):
		// no progress, no study settings.
		expect((await db.settings.toArray()).map((row) => row.key)).toEqual([
			CARDS_GENERATION_KEY,
			UNDO_FLOOR_KEY
		]);

		const parsed = parseProgressFile(text);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(describeProgress(parsed.value)).toEqual({
			questions: 6,
			answers: 6,
			days: 1,
			courses: 0
		});
		await importProgress(parsed.value, db);
		const again = await exportProgress(db, new Date(exported.exportedAt));
		expect(again).toEqual(exported);
	});

	it('refuses a file that is not JSON, not ours, or damaged, and says why', () => {
		const notJson = parseProgressFile('hello');
		expect(notJson).toMatchObject({ ok: false, error: expect.stringContaining('not JSON') });
		expect(parseProgressFile('{"format": 1,}')).toMatchObject({
			error: expect.stringContaining('not JSON')
		});
		// A backup cut off while saving or downloading is named as such (outsider student).
		const whole = JSON.stringify({ format: 'flashpoint-progress', version: 1, cards: [] });
		for (const end of [1, 12, 30, whole.length - 1])
			expect(parseProgressFile(whole.slice(0, end))).toMatchObject({
				ok: false,
				error: expect.stringMatching(
					/This backup seems incomplete: it was cut off while saving or downloading/
				)
			});
		const foreign = parseProgressFile(JSON.stringify({ version: 1, questions: [] }));
		expect(foreign).toMatchObject({
			ok: false,
			error: expect.stringContaining('not a Flashpoint')
		});
		const damaged = parseProgressFile(
			JSON.stringify({
				format: 'flashpoint-progress',
				version: 1,
				exportedAt: '2026-05-12T09:00:00.000Z',
				cards: [{ questionId: 'q0', due: 'tomorrow' }],
				reviews: [],
				days: [],
				settings: []
			})
		);
		expect(damaged.ok).toBe(false);
		if (!damaged.ok)
			expect(damaged.problems).toEqual([
				'Card 1 (question “q0”) has a missing or wrong due date, memory stability, difficulty and 8 more fields.'
			]);
		const newer = parseProgressFile(JSON.stringify({ format: 'flashpoint-progress', version: 3 }));
		expect(newer).toMatchObject({ ok: false, error: expect.stringContaining('newer version') });
		// Outsider student (issue 12): a backup of a newer database schema was accepted silently.
		const empty = {
			format: 'flashpoint-progress',
			version: 2,
			exportedAt: '2026-05-12T09:00:00.000Z',
			cards: [],
			reviews: [],
			days: [],
			settings: []
		};
		const newSchema = parseProgressFile(
			JSON.stringify({ ...empty, schemaVersion: SCHEMA_VERSION + 1 })
		);
		expect(newSchema).toEqual({
			ok: false,
			error:
				'Nothing was changed. This backup was made by a newer version of Flashpoint: update this app (reload it while online), then import it again.',
			problems: []
		});
		expect(parseProgressFile(JSON.stringify({ ...empty, schemaVersion: SCHEMA_VERSION })).ok).toBe(
			true
		);
		const classroom = parseProgressFile(
			JSON.stringify({ format: 'flashpoint-classroom', version: 4 })
		);
		expect(classroom).toMatchObject({
			ok: false,
			error:
				'Nothing was changed. This is a Flashpoint classroom file, not a Flashpoint progress backup: import it in Classroom → Import a classroom file.'
		});
	});

	it('leaves progress untouched when an import fails midway', async () => {
		const db = await filledDb();
		const exported = await exportProgress(db);
		// Valid shape, but two answers with one id make the write fail inside the transaction.
		const broken = { ...exported, reviews: [exported.reviews[0], exported.reviews[0]] };
		await expect(importProgress(broken, db)).rejects.toThrow();
		expect(await exportProgress(db, new Date(exported.exportedAt))).toEqual(exported);
	});

	it('names the file with the local date', () => {
		expect(backupFileName(new Date(2026, 0, 5, 23, 0))).toBe('flashpoint-progress-2026-01-05.json');
	});
});
