import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import type { StepUnit } from 'ts-fsrs';
import {
	recentAnswerHistory,
	currentStreak,
	loadHomeSummary,
	loadTodayCounts,
	streakFromDays
} from './home-summary';
import { getStudySettings, saveStudySettings } from './study-settings';
import { isStorageFullError, recordAnswer } from './answers';
import { answer, freshDb } from './test-helpers';
import { emptyDay } from './records';
import { addDays, studyDay } from '$lib/srs/day';

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

	it('counts a streak longer than each read, the days read once each, over a gap and an emptied day', async () => {
		const today = studyDay(t0);
		const rows = (first: number, last: number, answers = 1) =>
			Array.from({ length: last - first + 1 }, (_, i) => ({
				...emptyDay(addDays(today, -(first + i))),
				answers
			}));
		for (const [length, expected] of [
			[63, 63],
			[64, 64],
			[300, 300],
			[1500, 1500]
		]) {
			const db = freshDb();
			// Studied until yesterday; a gap before the streak, then older days again.
			await db.days.bulkPut([...rows(1, length), ...rows(length + 2, length + 40)]);
			expect(await currentStreak(t0, db)).toBe(expected);
		}
		// A day whose answers were all undone (a row with none) ends the streak.
		const db = freshDb();
		await db.days.bulkPut([...rows(0, 99), ...rows(100, 100, 0), ...rows(101, 200)]);
		expect(await currentStreak(t0, db)).toBe(100);
	});

	it('reads the recent answers and their time for the estimate', async () => {
		const db = freshDb();
		expect(await recentAnswerHistory(db)).toEqual({ answers: 0, timeMs: 0 });
		for (let i = 0; i < 5; i++) await recordAnswer(answer(`q${i}`, 3, t0 + i), settings, db);
		expect(await recentAnswerHistory(db)).toEqual({ answers: 5, timeMs: 25_000 });
	});

	it('recognises a full disk as Dexie reports it', () => {
		const quota = new DOMException('full', 'QuotaExceededError');
		expect(isStorageFullError({ name: 'AbortError', message: 'aborted', inner: quota })).toBe(true);
		expect(isStorageFullError(quota)).toBe(true);
		expect(isStorageFullError(new Error('other'))).toBe(false);
	});
});

describe('home summary', () => {
	it('counts new, learning, review, streak, leeches and minutes', async () => {
		const db = freshDb();
		const empty = await loadHomeSummary(questions, t0, db);
		expect(empty).toMatchObject({ streak: 0, leeches: 0, unstarted: 30 });
		expect(empty.counts).toEqual({ fresh: 20, learning: 0, review: 0, later: 0 });
		expect(empty.minutes).toBe(Math.round((60 * 15_000) / 60_000));
		await recordAnswer(answer('q0', 1, t0), settings, db);
		const after = await loadHomeSummary(questions, t0 + minute, db);
		expect(after).toMatchObject({ streak: 1, answeredToday: 1, unstarted: 29 });
		expect(after.counts).toEqual({ fresh: 19, learning: 1, review: 0, later: 0 });
		expect(await loadTodayCounts(questions, t0 + minute, db)).toEqual(after.counts);
	});

	it('never grows a count by answering: a learning step due later today is counted apart', async () => {
		const db = freshDb();
		const stepped = {
			...settings,
			learningSteps: ['1m', '60m'] as StepUnit[],
			learnAheadMinutes: 20
		};
		await saveStudySettings(stepped, db);
		const before = await loadTodayCounts(questions, t0, db);
		await recordAnswer(answer('q0', 3, t0), stepped, db); // Good: the 60-minute step
		const after = await loadTodayCounts(questions, t0 + minute, db);
		expect(after).toEqual({ fresh: before.fresh - 1, learning: 0, review: 0, later: 1 });
		// Within the learn-ahead limit of that step it is counted as learning.
		expect(await loadTodayCounts(questions, t0 + 45 * minute, db)).toMatchObject({
			learning: 1,
			later: 0
		});
	});
});
