import { describe, expect, it } from 'vitest';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import { seedBank } from '$lib/quiz/fixtures.test-helpers';
import { NewQuizForm } from './quiz-form.svelte';

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
