import { describe, expect, it } from 'vitest';
import { courseQuizId } from './course-source';
import { makeQuiz } from './fixtures.test-helpers';
import { HANDOUT_QUESTIONS } from './handout.test-helpers';
import { chosenFitWords, createFitWords, newQuizQrFit, ownCourseWords } from './qr-plan';
import { qrSeries, readableQuestions } from './share-notes';

const ORIGIN = 'https://teacher-name.github.io/flashpoint';
/** A course's 12 handout questions (`HANDOUT_QUESTIONS`), drawn as a quiz of all of them. */
const course = makeQuiz(HANDOUT_QUESTIONS.map((q) => ({ ...q, id: courseQuizId(q.id) })));

describe('New quiz counts QR fit once, for the line under the course and the one above Create', () => {
	// Outsider geography teacher (issue 12): "about 2" under the course, "4 of these 10" above
	// Create, counted on two quizzes drawn apart.
	it('says the planned quiz’s count under the course whenever the quiz does not all fit', () => {
		// Its longest prompts first, as a draw may give them.
		const planned = {
			...course,
			questions: [...course.questions].sort((a, b) => b.prompt.length - a.prompt.length)
		};
		const apart = readableQuestions(course, ORIGIN);
		const counts = newQuizQrFit(planned, course.questions, ORIGIN);
		expect(counts.fits).toBe(readableQuestions(planned, ORIGIN));
		expect(counts.fits).not.toBe(apart);
		// Shown as a series of QR codes, counted as the Share panel shows it.
		const codes = qrSeries(planned, ORIGIN).length;
		expect(codes).toBe(2);
		expect(counts).toEqual({ fits: counts.fits, asked: 12, perCode: counts.fits, of: 12, codes });
		expect(counts.fits).toBeGreaterThan(0);
	});

	it('counts on past a quiz that all fits, with the course’s other questions after it', () => {
		const planned = { ...course, questions: course.questions.slice(2, 3) };
		const counts = newQuizQrFit(planned, course.questions, ORIGIN);
		expect(counts.fits).toBe(1);
		const continued = [planned.questions[0], ...course.questions.filter((_, i) => i !== 2)];
		expect(counts.perCode).toBe(readableQuestions({ ...planned, questions: continued }, ORIGIN));
		expect(counts.perCode).toBeGreaterThan(1);
		expect(counts.of).toBe(12);
		expect(counts.codes).toBe(1);
	});
});

describe('what New quiz says about QR codes for a course of the teacher’s own', () => {
	it('under the course: why no join code, and one code holds all or a series, no per-course count', () => {
		expect(ownCourseWords(5, 10)).toContain('a quiz from it has no short join code');
		// Issue 12: "4 of 15" here, "4 of these 10" and "5 of these 15" above Create.
		for (const perCode of [0, 4, 5, 14])
			expect(ownCourseWords(perCode, 15)).toContain(
				'A quiz too long for one QR code that phones read reliably is shown as a series of QR codes that students scan one after another (up to 12); the line above Create says how many codes your quiz needs.'
			);
		expect(ownCourseWords(5, 15)).not.toMatch(/\d+ of its/);
		expect(ownCourseWords(10, 10)).toContain(
			'One QR code holds all 10 questions a quiz of it can ask.'
		);
		expect(ownCourseWords(null, 10)).not.toContain('QR code holds');
	});

	it('above Create: the quiz’s own counts and what happens to the rest, nothing when all fit', () => {
		// Past a series of QR codes (`codes` 0): the teacher chooses at Create.
		expect(createFitWords(8, 10, 0)).toBe(
			'QR code: 8 of these 10 questions fit one. When you create it, you choose: 8 questions with a QR code, or all 10 shared by link.'
		);
		expect(createFitWords(1, 6, 0)).toMatch(/^QR code: 1 of these 6 questions fits one\./);
		expect(createFitWords(10, 10, 1)).toBe('');
		expect(createFitWords(0, 3, 0)).toContain('not one of these 3 questions fits one');
	});

	it('above Create and by the chosen list: a quiz shown as a series says how many codes', () => {
		expect(createFitWords(4, 10, 3)).toBe(
			'QR codes: these 10 questions fit in 3 QR codes, shown one after another; each student scans all 3, in any order.'
		);
		// One figure, the codes this quiz needs: none of "how many fit a single code" (issue 12).
		for (const fits of [0, 4, 9])
			expect(createFitWords(fits, 10, 3)).not.toMatch(/single code|fits? one/);
		expect(chosenFitWords(4, 10, 3)).toBe('10 fit in 3 QR codes');
		expect(chosenFitWords(4, 10, 0)).toBe('4 of 10 fit a QR code phones read reliably');
		expect(chosenFitWords(10, 10, 1)).toBe('10 of 10 fit a QR code phones read reliably');
	});
});
