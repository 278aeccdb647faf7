import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { averageAnswerMs, currentStreak, loadHomeSummary, streakFromDays } from './home-summary';
import { getStudySettings, saveStudySettings } from './study-settings';
import { isStorageFullError, recordAnswer } from './answers';
import { answer, freshDb } from './test-helpers';

const settings = DEFAULT_STUDY_SETTINGS;
const questions = Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, fact: `f${i}` }));
const t0 = new Date(2026, 4, 12, 9, 0).getTime();
const minute = 60_000;
const day = 86_400_000;

describe('settings, streak and timing', () => {
	it('stores study settings and falls back to defaults', async () => {
		const db = freshDb();
		expect(await getStudySettings(db)).toEqual(DEFAULT_STUDY_SETTINGS);
		await saveStudySettings({ ...DEFAULT_STUDY_SETTINGS, newPerDay: 5 }, db);
		expect((await getStudySettings(db)).newPerDay).toBe(5);
		await db.settings.put({ key: 'study', value: { newPerDay: -3 } });
		expect(await getStudySettings(db)).toEqual(DEFAULT_STUDY_SETTINGS);
	});

	it('counts a streak of consecutive study days', async () => {
		expect(
			streakFromDays(['2026-05-12', '2026-05-11', '2026-05-10', '2026-05-08'], '2026-05-12')
		).toBe(3);
		expect(streakFromDays(['2026-05-11', '2026-05-10'], '2026-05-12')).toBe(2);
		expect(streakFromDays(['2026-05-10'], '2026-05-12')).toBe(0);
		expect(streakFromDays([], '2026-05-12')).toBe(0);
		const db = freshDb();
		await recordAnswer(answer('q0', 3, t0 - day), settings, db);
		await recordAnswer(answer('q1', 3, t0), settings, db);
		expect(await currentStreak(t0, db)).toBe(2);
	});

	it('estimates time per answer from history, with a default', async () => {
		const db = freshDb();
		expect(await averageAnswerMs(15_000, db)).toBe(15_000);
		for (let i = 0; i < 5; i++) await recordAnswer(answer(`q${i}`, 3, t0 + i), settings, db);
		expect(await averageAnswerMs(15_000, db)).toBe(5000);
	});

	it('recognises a full disk as Dexie reports it', () => {
		const quota = new DOMException('full', 'QuotaExceededError');
		expect(isStorageFullError({ name: 'AbortError', message: 'aborted', inner: quota })).toBe(true);
		expect(isStorageFullError(quota)).toBe(true);
		expect(isStorageFullError(new Error('other'))).toBe(false);
	});
});

describe('home summary', () => {
	it('counts due, new, streak, leeches and minutes', async () => {
		const db = freshDb();
		const empty = await loadHomeSummary(questions, t0, db);
		expect(empty).toMatchObject({ due: 0, fresh: 20, streak: 0, leeches: 0, unstarted: 30 });
		expect(empty.minutes).toBe(Math.round((60 * 15_000) / 60_000));
		await recordAnswer(answer('q0', 1, t0), settings, db);
		const after = await loadHomeSummary(questions, t0 + minute, db);
		expect(after).toMatchObject({ due: 1, fresh: 19, streak: 1, answeredToday: 1, unstarted: 29 });
	});
});
