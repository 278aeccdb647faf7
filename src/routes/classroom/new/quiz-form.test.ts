import { describe, expect, it } from 'vitest';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import { seedBank } from '$lib/quiz/fixtures.test-helpers';
import { NewQuizForm } from './quiz-form.svelte';
import { indexBank } from '$lib/content/bank';
import { HANDOUT_QUESTIONS } from '$lib/quiz/handout.test-helpers';
import { decodeQuiz, encodeQuiz } from '$lib/quiz/quiz-code';
import { resolveQuiz } from '$lib/quiz/quiz-resolve';
import { isCourseQuestion } from '$lib/quiz/travels';
import { readGift } from '$lib/formats/gift';
import { fileCourse } from '$lib/quiz/file-course';
import { isOwnQuestion } from '$lib/quiz/edit';
import { seededRandom } from '$lib/quiz/random';

const index = seedBank();
const ORIGIN = 'https://flashpoint.example';

function builtinForm() {
	const form = new NewQuizForm(ORIGIN, 42, Date.UTC(2026, 11, 4));
	form.courses = [{ id: BUILTIN_COURSE_ID, title: 'Built-in', builtin: true }];
	form.loaded = { id: BUILTIN_COURSE_ID, index };
	return form;
}

function ownForm() {
	const form = new NewQuizForm(ORIGIN, 42, Date.UTC(2026, 11, 4));
	form.courses = [{ id: 'c1', title: 'Mine', builtin: false }];
	form.courseId = 'c1';
	form.loaded = { id: 'c1', index };
	return form;
}

describe('NewQuizForm', () => {
	it('says nothing blocks a built-in quiz of ten, titled as a join code titles it', () => {
		const form = builtinForm();
		expect(form.bank).toBeTruthy();
		expect(form.blocked).toBeUndefined();
		expect(form.randomCount).toBe(10);
		// Titled by its course, as an own course's quiz is (final outsider, session 29: it was
		// "Class quiz, 10 questions").
		expect(form.title).toBe('Turkey between Serbia and Kosovo, 2008–2025 quiz');
		expect(form.title).toBe(form.untypedTitle());
		// The built-in course is drawn at Create (for a join code): nothing is planned here.
		expect(form.planned).toBeNull();
		expect(form.fitLine).toBe('');
	});

	it('says in the number’s label the most that can be asked, not a quiz’s most (issue 12)', () => {
		const form = builtinForm();
		const doc = index.bank.documents[0];
		form.docs = [doc.id];
		expect(form.available).toBeGreaterThan(0);
		expect(form.available).toBeLessThan(50);
		// It said "at most 50" over "… so 44 can be asked".
		expect(form.mostQuestions).toBe(form.available);
		form.count = 50;
		expect(form.countHint).toContain(`the quiz will have ${form.mostQuestions}`);
		form.how = 'choose';
		form.fillUp = true;
		form.chosen = [form.matching[0].id];
		expect(form.mostQuestions).toBe(1 + form.pool!.room);
		expect(form.countHint).toContain(`the quiz will have ${form.mostQuestions}`);
	});

	it('keeps a typed title, saved under a free one when a quiz here has it', () => {
		const form = builtinForm();
		form.typedTitle = 'Week 3';
		form.usedTitles = ['Week 3'];
		expect(form.title).toBe('Week 3');
		expect(form.savedTitle).toBe('Week 3 (2)');
	});

	it('titles an own course’s quiz by the course, or the one document chosen (issue 12)', () => {
		const form = ownForm();
		// Before: "Class quiz, 10 questions".
		expect(form.title).toBe('Mine quiz');
		form.usedTitles = ['Mine quiz'];
		expect(form.savedTitle).toBe('Mine quiz (2)');
		expect(form.planned?.title).toBe('Mine quiz (2)');
		const doc = index.bank.documents[0];
		form.docs = [doc.id];
		expect(form.title).toBe(`${doc.title} quiz`);
	});

	it('asks for a ticked question when choosing without fill-up', () => {
		const form = builtinForm();
		form.how = 'choose';
		expect(form.blocked).toBe('Tick at least one question to ask, or add questions at random.');
		form.fillUp = true;
		expect(form.blocked).toBeUndefined();
	});

	it('says why no quiz can be made when no question type is ticked', () => {
		const form = builtinForm();
		form.types = [];
		expect(form.blocked).toBeTruthy();
		// Said once, beside Create: not again under the number.
		expect(form.countHint).toBe('');
	});

	it('plans an own course’s quiz with the form’s settings, and says how many fit a QR code', () => {
		const form = ownForm();
		form.count = 5;
		form.timer = 'quiz';
		form.quizMinutes = 7;
		const planned = form.planned;
		expect(planned?.questions).toHaveLength(5);
		expect(planned?.settings).toMatchObject({ timer: 'quiz', seconds: 420 });
		expect(form.readableEstimate).toMatchObject({ of: 5 });
		expect(form.fitLine).not.toBe('');
		const counts = form.qrCounts;
		expect(counts?.asked).toBe(5);
		expect(counts?.of).toBeGreaterThanOrEqual(5);
	});

	it('draws the same quiz for the same seed, as Create saves what the page described', () => {
		const a = ownForm().planned;
		const b = ownForm().planned;
		expect(a?.questions.map((q) => q.id)).toEqual(b?.questions.map((q) => q.id));
	});

	it('estimates no QR fit while prerendering (no origin)', () => {
		const form = new NewQuizForm(undefined, 42, 0);
		form.courses = [{ id: 'c1', title: 'Mine', builtin: false }];
		form.courseId = 'c1';
		form.loaded = { id: 'c1', index };
		expect(form.planned).not.toBeNull();
		expect(form.readableEstimate).toBeNull();
		expect(form.qrCounts).toBeNull();
	});
});

/** The handout's course (12 quiz-type questions of three documents) as its own course. */
const HANDOUT_COURSE = HANDOUT_QUESTIONS[0].id.split(':')[0];
const handout = indexBank({
	version: 1,
	documents: [...new Set(HANDOUT_QUESTIONS.map((q) => q.source.doc))].map((id, i) => ({
		...index.bank.documents[0],
		id,
		title: `Cold War handout ${i + 1}`
	})),
	questions: HANDOUT_QUESTIONS
});

/** The handout's course chosen, and the built-in course ticked too (teach49). */
function twoCourseForm() {
	const form = new NewQuizForm(ORIGIN, 42, Date.UTC(2026, 11, 5));
	form.courses = [
		{ id: BUILTIN_COURSE_ID, title: 'Built-in', builtin: true },
		{ id: HANDOUT_COURSE, title: 'Cold War', builtin: false }
	];
	form.courseId = HANDOUT_COURSE;
	form.loaded = { id: HANDOUT_COURSE, index: handout };
	form.alsoIds = [BUILTIN_COURSE_ID];
	form.alsoLoaded = [{ id: BUILTIN_COURSE_ID, index }];
	return form;
}

describe('NewQuizForm: a quiz from two courses (teach49)', () => {
	it('asks from both, names both in its title and lists each document with its course', () => {
		const form = twoCourseForm();
		expect(form.several).toBe(true);
		expect(form.title).toBe('Cold War and Built-in quiz');
		const ownIds = handout.bank.questions.map((q) => q.id);
		expect(form.questions.filter(isCourseQuestion)).toHaveLength(ownIds.length);
		expect(form.questions.length).toBeGreaterThan(ownIds.length);
		expect(form.docCourses?.get(HANDOUT_QUESTIONS[0].source.doc)).toBe('Cold War');
		expect(form.docCourses?.get(index.bank.documents[0].id)).toBe('Built-in');
		// One document ticked of each course: both are asked.
		form.docs = [HANDOUT_QUESTIONS[0].source.doc, index.bank.documents[0].id];
		form.count = 50;
		const asked = form.planned!.questions;
		expect(asked.some(isCourseQuestion)).toBe(true);
		expect(asked.some((q) => !isCourseQuestion(q))).toBe(true);
	});

	it('has no join code; its link carries the own course word for word and the built-in by reference', () => {
		const form = twoCourseForm();
		form.count = 50;
		const quiz = form.planned!;
		// Drawn here with the page's seed, not by a join code's: the built-in course alone has one.
		expect(form.choice(form.bank!).builtin).toBe(false);
		expect(quiz.id).not.toMatch(/^j/);
		// A built-in question keeps the bank's choices: it travels by reference.
		for (const q of quiz.questions.filter((q) => !isCourseQuestion(q)))
			expect(q.choices).toEqual(index.questionById.get(q.id)!.choices);
		const decoded = decodeQuiz(`${ORIGIN}/quiz#${encodeQuiz(quiz)}`);
		// A student's device resolves the built-in questions from its own bank.
		const resolved = decoded.ok ? resolveQuiz(decoded.value, index) : decoded;
		expect(resolved.ok && resolved.value.questions).toEqual(quiz.questions);
	});

	it('is a quiz of one course again when the other is unticked', () => {
		const form = twoCourseForm();
		form.alsoLoaded = [];
		expect(form.several).toBe(false);
		expect(form.title).toBe('Cold War quiz');
		expect(form.questions.every(isCourseQuestion)).toBe(true);
		// The built-in course alone gets its join code at Create again.
		const builtin = builtinForm();
		builtin.alsoIds = [];
		expect(builtin.choice(builtin.bank!).builtin).toBe(true);
	});

	it('builds one quiz of a file’s questions and a course’s, chosen, ordered and removed (session 37)', () => {
		// Teacher outsider from Kahoot and Moodle: 8 questions in a GIFT file, 7 in her course.
		const gift = Array.from(
			{ length: 8 },
			(_, i) =>
				`::G${i + 1}:: River number ${i + 1} of the file? {=Danube${i} ~Rhine${i} ~Seine${i}}`
		).join('\n\n');
		const file = fileCourse(
			readGift(gift),
			{ name: 'gift.txt', format: 'Moodle GIFT', title: 'Rivers (file)' },
			seededRandom(1)
		);
		if ('error' in file) throw new Error(file.error);
		const form = ownForm();
		form.addFile(file);
		expect(form.how).toBe('choose');
		expect(form.chosen).toHaveLength(8);
		// Its title offered while she has typed none; she edits it.
		expect(form.title).toBe('Rivers (file)');
		form.typedTitle = 'Rivers and the course';
		// Seven of the course's, from the picker's list, then the file's first moved to the end
		// and its second removed.
		const course = form.matching.filter((q) => !file.own.has(q.id)).slice(0, 7);
		form.chosen = [...form.chosen, ...course.map((q) => q.id)];
		form.chosen = [...form.chosen.slice(1), form.chosen[0]].filter((id) => id !== form.chosen[1]);
		expect(form.blocked).toBeUndefined();
		const quiz = form.planned!;
		expect(quiz.title).toBe('Rivers and the course');
		expect(quiz.questions).toHaveLength(14);
		expect(quiz.questions.filter(isOwnQuestion)).toHaveLength(7);
		expect(quiz.questions.filter(isCourseQuestion)).toHaveLength(7);
		expect(quiz.questions[0].prompt).toBe('River number 3 of the file?');
		expect(quiz.questions.at(-1)!.prompt).toBe('River number 1 of the file?');
		// Its link carries it whole: every question opens on a student's phone.
		const decoded = decodeQuiz(encodeQuiz(quiz));
		if (!decoded.ok) throw new Error(decoded.message);
		const opened = resolveQuiz(decoded.value, null);
		if (!opened.ok) throw new Error(opened.message);
		expect(opened.value.questions.map((q) => q.prompt)).toEqual(
			quiz.questions.map((q) => q.prompt)
		);
		// The file taken out again: the course's questions stay chosen.
		form.removeFile();
		expect(form.chosen).toHaveLength(7);
		expect(form.planned!.questions.filter(isOwnQuestion)).toHaveLength(0);
	});
});
