import { describe, expect, it } from 'vitest';
import { createCourse } from '$lib/courses/create';
import { setDraftStatus } from '$lib/courses/drafts';
import { fixtureCourse } from '$lib/courses/fixtures.test-helpers';
import { loadHomeViewFilling } from './home-view';
import { BUILTIN_COURSE_ID } from './records';
import { withBuiltinCourse } from './test-helpers';

const t0 = new Date(2026, 4, 12, 9, 0).getTime();

describe("Home's course list: drafts waiting for review (outsider teacher)", () => {
	it('counts each own course’s drafts, and none for the built-in course', async () => {
		const db = await withBuiltinCourse([]);
		const course = await createCourse(db, fixtureCourse(), { now: t0 });
		const questions = await db.questions.where('courseId').equals(course.id).sortBy('position');
		expect(questions.length).toBeGreaterThan(1);
		await setDraftStatus(db, questions[1].id, 'draft');
		const { summary } = await loadHomeViewFilling(t0 + 60_000, db);
		const byId = new Map(summary!.courses!.map((c) => [c.id, c]));
		expect(byId.get(course.id)!.draftCount).toBe(1);
		expect(byId.get(BUILTIN_COURSE_ID)!.draftCount).toBe(0);
		// Every draft decided: nothing waits.
		await setDraftStatus(db, questions[1].id, 'accepted');
		const again = await loadHomeViewFilling(t0 + 120_000, db);
		expect(again.summary!.courses!.find((c) => c.id === course.id)!.draftCount).toBe(0);
		db.close();
	});
});
