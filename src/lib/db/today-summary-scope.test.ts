/**
 * Study of one course sums up that course's answers (outsider, session 29: studying "Tab"
 * alone, the done screen said "You answered 13… 6 of them new… Wrong 1"; Tab had 10 answers,
 * none wrong: the rest were the built-in and Anki courses').
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer } from './answers';
import { answer, builtinCourse, withBuiltinCourse } from './test-helpers';
import { loadTodaySummary } from './today-summary';

const builtinIds = ['b0', 'b1', 'b2'];
const tabIds = ['t0', 't1', 't2', 't3', 't4'];
const t0 = new Date(2026, 11, 6, 10).getTime();

describe('today’s summary of one course', () => {
	it('counts that course’s answers, right, wrong and new; all courses count every answer', async () => {
		const db = await withBuiltinCourse(builtinIds);
		await db.courses.add({
			...builtinCourse(tabIds),
			id: 'tab',
			title: 'Tab',
			kind: 'user',
			installedAt: 1
		});
		let at = t0;
		const seen = new Map<string, number>();
		// Tab: 5 new questions answered right, then each once more (10 answers, none wrong).
		for (const id of [...tabIds, ...tabIds]) {
			at += 60_000;
			const input = answer(id, 3, at, seen.get(id) ?? null);
			await recordAnswer({ ...input, grading: 'auto', correct: true }, DEFAULT_STUDY_SETTINGS, db);
			seen.set(id, at);
		}
		// The built-in course: 3 new answers, one of them wrong.
		for (const [i, id] of builtinIds.entries())
			await recordAnswer(
				{ ...answer(id, i === 0 ? 1 : 3, (at += 60_000)), grading: 'auto', correct: i !== 0 },
				DEFAULT_STUDY_SETTINGS,
				db
			);
		const now = at + 60_000;
		const tab = (await loadTodaySummary(now, db, 'tab')).summary;
		expect(tab).toMatchObject({ answered: 10, newSeen: 5, right: 10, wrong: 0 });
		const builtin = (await loadTodaySummary(now, db, 'builtin')).summary;
		expect(builtin).toMatchObject({ answered: 3, newSeen: 3, right: 2, wrong: 1 });
		const all = await loadTodaySummary(now, db);
		expect(all.summary).toMatchObject({ answered: 13, newSeen: 8, right: 12, wrong: 1 });
		// Undo is the log's latest answer (the built-in course's last), offered only where it
		// belongs: not from Study of Tab (outsider student, session 33: Study of another course
		// showed "0 answered today" with an Undo that took back this answer).
		expect(all.lastReviewId).not.toBeNull();
		expect((await loadTodaySummary(now, db, 'builtin')).lastReviewId).toBe(all.lastReviewId);
		expect((await loadTodaySummary(now, db, 'tab')).lastReviewId).toBeNull();
		db.close();
	});
});
