import { describe, expect, it } from 'vitest';
import { copyChoices, copyRequest, defaultCopyChoice, fileCourseNotice } from './copy-choice';
import { planCounts } from './summary';

const mine = { courseId: 'u-1', title: 'Cells', builtin: false, byIds: 3, total: 4 };
const builtin = { courseId: 'builtin', title: 'Turkey', builtin: true, byIds: 151, total: 151 };

describe('Anki’s choice for a file already on the device', () => {
	it('updates the person’s course by default, never the built-in one', () => {
		expect(defaultCopyChoice(mine)).toBe('update');
		expect(copyRequest('update', mine)).toEqual({ target: 'u-1' });
		expect(defaultCopyChoice(builtin)).toBe('new');
		expect(copyChoices(builtin).map((c) => c.value)).toEqual(['new', 'skip']);
		expect(copyChoices(mine).map((c) => c.value)).toEqual(['update', 'new', 'skip']);
	});

	it('skips duplicates into the course, or into a new course beside the built-in one', () => {
		expect(copyRequest('skip', mine)).toEqual({ target: 'u-1', skipKnown: true });
		expect(copyRequest('skip', builtin)).toEqual({
			target: 'new',
			compareWith: 'builtin',
			skipKnown: true
		});
		expect(copyRequest('new', builtin)).toEqual({ target: 'new' });
		expect(planCounts({ added: 0, updated: 0, unchanged: 0, kept: 151 })).toBe(
			'0 new, 151 already there, skipped'
		);
	});

	it('says why it asks: the ids, or only the name', () => {
		expect(fileCourseNotice(builtin)).toBe(
			'Already in “Turkey”: 151 of this file’s 151 questions, by their note ids (as Anki matches notes). The file is a copy or another version of that course. The built-in course itself is never changed by an import.'
		);
		expect(fileCourseNotice({ ...mine, byIds: 0 })).toBe(
			'This file has the name of the course “Cells”, so it may be a copy or another version of it.'
		);
	});
});

describe('a file without ids whose questions a course has (student outsider, session 33)', () => {
	it('says so, by question and answer, and updates that course by default', () => {
		const quizlet = {
			courseId: 'u-2',
			title: 'Spanish30',
			builtin: false,
			byIds: 0,
			byText: 30,
			total: 30
		};
		expect(fileCourseNotice(quizlet)).toBe(
			'All 30 are already in “Spanish30”, with the same question and answer: the file is a copy or another version of that course.'
		);
		expect(fileCourseNotice({ ...quizlet, byText: 12 })).toMatch(
			/^12 of this file’s 30 questions are already in “Spanish30”/
		);
		expect(defaultCopyChoice(quizlet)).toBe('update');
	});
});
