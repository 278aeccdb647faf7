import { describe, expect, it } from 'vitest';
import { createCourse } from '$lib/courses/create';
import { fixtureCourse } from '$lib/courses/fixtures.test-helpers';
import { loadPending, savePending } from '$lib/courses/pending';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { saveStudySettings } from './study-settings';
import { recordAnswer } from './answers';
import {
	describeStoredProgress,
	exportProgress,
	importProgress,
	parseProgressFile,
	resetProgress
} from './backup';
import { checkBackupText } from './backup-jobs';
import {
	coursesOnReplace,
	holdingsText,
	progressText,
	replaceUnstudiedText,
	resetDoneText,
	resetWarning,
	restoreCoursesText
} from './replace-words';
import { answer, freshDb } from './test-helpers';

const t0 = new Date(2026, 4, 12, 9, 0).getTime();
const counts = { questions: 20, answers: 93, days: 2, courses: 2 };
const pendingWork = { documents: [], pasted: 'Notes for my next course', title: 'Next' };

/** A device with a course of your own, an answer to it, study settings and unsaved Add work. */
async function device() {
	const db = freshDb();
	const course = await createCourse(db, fixtureCourse(), { now: t0 });
	const [first] = await db.questions.where('courseId').equals(course.id).sortBy('position');
	await recordAnswer(answer(first.id, 3, t0 + 60_000), DEFAULT_STUDY_SETTINGS, db);
	await saveStudySettings({ ...DEFAULT_STUDY_SETTINGS, newPerDay: 7 }, db);
	await savePending(db, pendingWork);
	return { db, course };
}

describe('the Reset dialog says what Reset does (outsider student: it kept the courses it named)', () => {
	it('deletes the progress and study settings, and says the own courses stay', () => {
		expect(resetWarning(counts)).toBe(
			'This deletes 20 questions studied, 93 answers, 2 study days and your study settings from this device. Your 2 courses of your own stay, their questions new again.'
		);
		expect(resetWarning({ ...counts, courses: 1 })).toContain(
			'Your course of your own stays, its questions new again.'
		);
		expect(resetWarning({ ...counts, courses: 0 })).not.toContain('course');
		expect(resetWarning(null)).toBe(
			'This deletes all your progress and your study settings from this device.'
		);
		expect(resetDoneText(2)).toBe(
			'Progress reset: every question is new again. Your 2 courses of your own are kept.'
		);
		expect(resetDoneText(0)).toBe('Progress reset: every question is new again.');
	});

	it('is true of resetProgress: courses and unsaved Add documents work stay', async () => {
		const { db, course } = await device();
		const before = await describeStoredProgress(db);
		expect(before).toMatchObject({ answers: 1, courses: 1 });
		await resetProgress(db);
		expect(await describeStoredProgress(db)).toEqual({
			questions: 0,
			answers: 0,
			days: 0,
			courses: 1
		});
		expect(await db.settings.get('study')).toBeUndefined();
		expect(await db.courses.get(course.id)).toBeDefined();
		expect(await db.questions.where('courseId').equals(course.id).count()).toBeGreaterThan(0);
		// No dialog said the Add documents screen's draft goes: it stays.
		expect(await loadPending(db)).toMatchObject(pendingWork);
	});
});

describe('the Replace and Restore dialogs say what they do to courses of your own', () => {
	it('names the progress replaced apart from the courses, which stay or go back', () => {
		expect(progressText(counts)).toBe('20 questions studied, 93 answers, 2 study days');
		expect(holdingsText(counts)).toBe(
			'20 questions studied, 93 answers, 2 study days, 2 courses of your own'
		);
		expect(coursesOnReplace(0, 0)).toBe('');
		expect(coursesOnReplace(2, 0)).toBe('Your 2 courses of your own stay as they are.');
		expect(coursesOnReplace(1, 1)).toBe(
			'The course of your own that the backup also holds goes back to the backup’s copy.'
		);
		expect(coursesOnReplace(3, 2)).toBe(
			'The 2 courses of your own that the backup also holds go back to its copy; your other course stays as it is.'
		);
		expect(restoreCoursesText(0)).toBe('It holds no course of your own: yours stay as they are.');
		expect(restoreCoursesText(2)).toContain('It holds 2 courses of your own, which go back');
		expect(restoreCoursesText(undefined)).toContain('a course made since stays');
	});

	it('is true of importProgress: the file’s courses replace theirs, others and Add work stay', async () => {
		const { db, course } = await device();
		const other = freshDb();
		const file = await exportProgress(other, new Date(t0 + 120_000));
		const checked = await checkBackupText(JSON.stringify(file), t0 + 120_000, db);
		expect(checked.check).toMatchObject({ ok: true, sharedCourses: 0 });
		const own = await exportProgress(db, new Date(t0 + 120_000));
		const again = await checkBackupText(JSON.stringify(own), t0 + 120_000, db);
		expect(again.check).toMatchObject({ ok: true, sharedCourses: 1 });
		const parsed = parseProgressFile(JSON.stringify(file), t0 + 120_000);
		if (!parsed.ok) throw new Error(parsed.error);
		await importProgress(parsed.value, db);
		expect(await db.courses.get(course.id)).toBeDefined();
		expect(await describeStoredProgress(db)).toMatchObject({ answers: 0, courses: 1 });
		expect(await loadPending(db)).toMatchObject(pendingWork);
	});
});

describe('the Replace dialog on a device with no answers promises a copy only when one is kept', () => {
	it('names what the copy holds: courses, saved settings, or says none is needed', () => {
		expect(replaceUnstudiedText(0, false)).toBe(
			'nothing has been studied on this device yet, so the backup’s progress and study settings simply take its place.'
		);
		expect(replaceUnstudiedText(0, true)).toBe(
			'nothing has been studied on this device yet, so the backup’s progress takes its place, and its study settings replace the ones you saved here. A copy of your settings is kept in Automatic backups first.'
		);
		expect(replaceUnstudiedText(2, false)).toMatch(
			/takes its place\. A copy of your courses is kept/
		);
		expect(replaceUnstudiedText(1, true)).toMatch(/A copy of your courses and settings is kept/);
	});
});
