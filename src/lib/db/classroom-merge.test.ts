import { describe, expect, it } from 'vitest';
import { describeKind, emptyKind, planClassroomMerge } from './classroom-merge';
import { quiz } from './classroom.test-helpers';

const none = emptyKind();

describe('the import preview per kind', () => {
	it('says which copies are kept and which replaced (outsider teacher)', () => {
		expect(describeKind({ ...none, same: 5, newerHere: 2 }, 'result')).toEqual([
			'7 results already here: 5 the same, 2 newer here (kept)'
		]);
		expect(describeKind({ ...none, added: 1, newerInFile: 1, removedHere: 2 }, 'result')).toEqual([
			'1 new result: added',
			'1 result already here: 1 newer in the file (replaced by the file’s copy)',
			'2 results you removed here after this file was saved: they stay removed'
		]);
		expect(describeKind(none, 'quiz')).toEqual([]);
		// Outsider classroom teacher, session 23: "1 quiz already here: 1 the same", and a deleted
		// quiz's results called results "you removed".
		expect(describeKind({ ...none, same: 1 }, 'quiz')).toEqual([
			'1 quiz already here, the same as in the file'
		]);
		expect(describeKind({ ...none, ofDeletedQuiz: 4 }, 'result')).toEqual([
			'4 results whose quiz you deleted here: left out, unless you restore the quiz below'
		]);
		expect(describeKind({ ...none, removedHere: 1 }, 'quiz')).toEqual([
			'1 quiz you deleted here after this file was saved: it stays deleted, unless you restore it below'
		]);
		expect(describeKind({ ...none, removedHere: 1, restored: 2 }, 'quiz')).toEqual([
			'1 quiz you deleted here after this file was saved: it stays deleted, unless you restore it below',
			'2 quizzes you deleted here: restored from this file'
		]);
	});
});

describe('a quiz the file brings', () => {
	const device = { results: [], pendingKeys: new Set<string>(), decided: [], deletedQuizzes: [] };
	const file = { results: [], pending: [], decided: [] };

	// Outsider teacher: an imported quiz of a title already used made two of one name in the list.
	it('is numbered when new here under a title a quiz here has; the same quiz keeps its own', () => {
		const here = { ...quiz, id: 'quizHere01', title: 'Week 3' };
		const incoming = { ...quiz, id: 'quizFile01', title: 'week 3' };
		const plan = planClassroomMerge(
			{ ...file, quizzes: [incoming, { ...here, title: 'Week 3' }] },
			{ ...device, quizzes: [here] }
		);
		expect(plan.write.quizzes.map((q) => [q.id, q.title])).toEqual([['quizFile01', 'week 3 (2)']]);
		// Its link was shared as it was: it is not changed.
		expect(plan.write.quizzes[0].code).toBe(incoming.code);
	});
});
