import { describe, expect, it } from 'vitest';
import { courseQuizId } from './course-source';
import { makeQuiz } from './fixtures.test-helpers';
import { HANDOUT_QUESTIONS } from './handout.test-helpers';
import { deflateSync } from 'fflate';
import { toDigits } from './digits';
import { quizCodeInDigits } from './envelope';
import { qrBits, qrFit, readableCount, READABLE_VERSION } from './qr';
import { qrVersion } from './qr-draw';
import { QR_DICTIONARY } from './qr-dictionary';
import { QuizRun } from './run.svelte';
import { decodeQuiz, encodeQuiz, leanQuiz, qrCodeOf, QUIZ_LIMITS } from './quiz-code';
import { resolveQuiz } from './quiz-resolve';
import { explanationLeftOut } from './travels';
import { leftOutNote } from './scoring';
import { qrLink, readableQuestions } from './share-notes';
import { quizVersionId } from './versions';

/**
 * Issue 14: a quiz of the teacher's own course carries every question word for word, with its
 * explanation and source passage, so only 1–2 fitted a QR code phones read (version 19-M). The
 * QR code now carries a lean link (prompt, choices, key, accepted answers, short ids); the link
 * to copy keeps every word. Measured on the 12 quiz questions drafted from the h30 handouts.
 */

/** A GitHub Pages address, as long as a school's own is likely to be. */
const ORIGIN = 'https://teacher-name.github.io/flashpoint';
const quiz = makeQuiz(
	HANDOUT_QUESTIONS.map((q) => ({ ...q, id: courseQuizId(q.id) })),
	'quizLean001'
);

describe('a QR code of an own-course quiz carries what answering and marking need', () => {
	it('6 typical handout questions fit one readable code (2 with explanations, 3 lean in base64url); 10 cannot, by their words alone', () => {
		const total = quiz.questions.length;
		const sub = (n: number) => ({ ...quiz, questions: quiz.questions.slice(0, n) });
		const before = readableCount(total, (n) => `${ORIGIN}/quiz#${encodeQuiz(sub(n))}`);
		const lean = readableCount(total, (n) => `${ORIGIN}/quiz#${encodeQuiz(leanQuiz(sub(n)))}`);
		const after = readableQuestions(quiz, ORIGIN);
		expect(total).toBe(12);
		expect(before).toBe(2);
		expect(lean).toBe(3);
		expect(after).toBe(6);
		expect(qrFit(qrLink(sub(after), ORIGIN))).toBe('projector');
		expect(qrVersion(qrLink(sub(after), ORIGIN))).toBeLessThanOrEqual(READABLE_VERSION);
		// More characters than the link to copy (digits), fewer bits in a QR code.
		expect(qrBits(qrLink(quiz, ORIGIN))).toBeLessThan(qrBits(`${ORIGIN}/quiz#${encodeQuiz(quiz)}`));
		// The floor: these prompts are long statements (99 characters on average), and the first
		// 10 prompts, keys, choices and accepted answers alone, deflated with the QR dictionary
		// and written in digits, take more than a version 19-M code holds (625 deflated bytes;
		// about 549 fit after a 41-character origin), so no lossless form gets 10 of them into one
		// code. 8 take 528 bytes alone: the payload's rows (646) are what keep them to 2 codes.
		const words = new TextEncoder().encode(
			quiz.questions
				.slice(0, 10)
				.flatMap((q) => [q.prompt, q.answer, ...(q.choices ?? []), ...(q.accept ?? [])])
				.join('\n')
		);
		const packed = toDigits(deflateSync(words, { level: 9, dictionary: QR_DICTIONARY }));
		expect(qrFit(`${ORIGIN}/quiz#Q3.${packed}`)).not.toBe('projector');
	});

	it('the lean code opens the same questions and keys, marked as the same version', () => {
		const eight = { ...quiz, questions: quiz.questions.slice(0, 8) };
		const code = qrCodeOf(eight, ORIGIN);
		expect(code).toBe(quizCodeInDigits(encodeQuiz(leanQuiz(eight)), QUIZ_LIMITS));
		expect(code).toMatch(/^Q3\.\d+$/);
		const decoded = decodeQuiz(code);
		if (!decoded.ok) throw new Error(decoded.message);
		const opened = resolveQuiz(decoded.value, null);
		if (!opened.ok) throw new Error(opened.message);
		expect(opened.value.lean).toBe(true);
		expect(opened.value.questions.map((q) => [q.prompt, q.answer, q.choices, q.accept])).toEqual(
			eight.questions.map((q) => [q.prompt, q.answer, q.choices, q.accept])
		);
		// Short ids of its own: the teacher's version travels with it, for the result code.
		expect(opened.value.version).toBe(quizVersionId(eight.questions));
		expect(new QuizRun(opened.value, 'Ana').version).toBe(quizVersionId(eight.questions));
		expect(opened.value.questions.every((q) => explanationLeftOut(opened.value, q))).toBe(true);
		// The review says so once, not under each of the 8 questions (outsider teacher, issue 12).
		expect(leftOutNote(opened.value)).toBe(
			'The QR code carried only the questions and their answers: the explanations are in your teacher’s link.'
		);
		const mixed = {
			...opened.value,
			questions: opened.value.questions.map((q, i) =>
				i < 5 ? q : { ...q, explanation: 'Said in class.' }
			)
		};
		expect(leftOutNote(mixed)).toMatch(/^For 5 questions of 8, the QR code carried only /);
	});

	it('the link to copy keeps every explanation and passage', () => {
		const decoded = decodeQuiz(encodeQuiz(quiz));
		if (!decoded.ok) throw new Error(decoded.message);
		const opened = resolveQuiz(decoded.value, null);
		if (!opened.ok) throw new Error(opened.message);
		expect(opened.value.lean).toBeUndefined();
		expect(opened.value.questions.map((q) => q.explanation)).toEqual(
			quiz.questions.map((q) => q.explanation)
		);
		expect(opened.value.questions.some((q) => explanationLeftOut(opened.value, q))).toBe(false);
		expect(leftOutNote(opened.value)).toBe('');
	});

	it('a saved code that does not decode (not this app’s) is shown as it is, never a failure', () => {
		expect(quizCodeInDigits('Q1.AAAAnotAcode', QUIZ_LIMITS)).toBe('Q1.AAAAnotAcode');
	});

	it('a quiz whose whole link fits keeps it in its QR code', () => {
		const one = { ...quiz, questions: quiz.questions.slice(0, 1) };
		const code = qrCodeOf(one, ORIGIN);
		expect(code).toBe(quizCodeInDigits(encodeQuiz(one), QUIZ_LIMITS));
		const decoded = decodeQuiz(code);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.value.lean).toBeUndefined();
		expect(decoded.value.questions?.[0].explanation).toBe(one.questions[0].explanation);
	});
});
