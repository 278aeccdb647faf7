import fc from 'fast-check';
import QRCode from 'qrcode';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/content/bank';
import { toQuizQuestion } from './build';
import { draftToQuestion, questionToDraft } from './edit';
import { decodeEnvelope, encodeEnvelope } from './envelope';
import { toBase64Url } from './bytes';
import { makeQuiz, seedBank } from './fixtures.test-helpers';
import { decodeQuiz, encodeQuiz, QUIZ_LIMITS } from './quiz-code';
import { resolveQuiz } from './quiz-resolve';
import { applyTextEdit, textEdit } from './reworded';
import { QUIZ_TYPES, type Quiz, type QuizQuestion } from './types';

/** The origin of last session's measurement (36 characters), so the figures compare. */
const ORIGIN = 'https://flashpoint.example-school.org';
const qrVersion = (code: string) =>
	QRCode.create(`${ORIGIN}/quiz#${code}`, { errorCorrectionLevel: 'M' }).version;

const bank = seedBank();
const ten = bank.bank.questions
	.filter((q) => (QUIZ_TYPES as readonly string[]).includes(q.type))
	.slice(0, 10);

/** Realistic rewordings a teacher makes: a word swapped, a clause added, a prompt rewritten. */
const EDITS: ((prompt: string) => string)[] = [
	(p) => p.replace(/\b(the|a|in|of)\b/i, (w) => (w.toLowerCase() === 'the' ? 'this' : 'the')),
	(p) => p.replace(/([?.])?$/, ', as the article reports$1'),
	(p) =>
		p.includes('____')
			? 'As the article tells it, ____ came first, before any of the talks began.'
			: 'Name the country whose leader the article quotes first, and say why he mattered.'
];

/** The quiz with its first `n` questions reworded through the editor (`draftToQuestion`). */
function reworded(n: number): Quiz {
	const quiz = makeQuiz(ten, 'quizRewordA');
	const questions = quiz.questions.map((q, i) => {
		if (i >= n) return q;
		const draft = questionToDraft(q);
		const made = draftToQuestion({ ...draft, prompt: EDITS[i % 3](draft.prompt) }, q);
		if (!made.ok) throw new Error(made.error);
		return made.question;
	});
	return { ...quiz, questions };
}

const withoutFrom = (quiz: Quiz): Quiz => ({
	...quiz,
	questions: quiz.questions.map(({ from: _, ...q }) => q)
});

function open(code: string, on = bank) {
	const decoded = decodeQuiz(code);
	return decoded.ok ? resolveQuiz(decoded.value, on) : decoded;
}

describe('reworded questions travel as changes from their bank original', () => {
	it('a word edit gives the changed text back exactly, whatever the texts', () => {
		const text = fc
			.array(fc.constantFrom('a', 'b', 'Kosovo', 'in', '1999', ' ', '  ', '\n', ','), {
				maxLength: 30
			})
			.map((parts) => parts.join(' '));
		fc.assert(
			fc.property(text, text, (original, changed) => {
				expect(applyTextEdit(original, textEdit(original, changed))).toBe(changed);
			})
		);
	});

	it('the editor remembers the bank original, and rewording back gives the bank question', () => {
		const q = makeQuiz(ten).questions[0];
		const made = draftToQuestion({ ...questionToDraft(q), prompt: `${q.prompt} Explain.` }, q);
		expect(made.ok && made.question.from).toEqual(q);
		const again =
			made.ok &&
			draftToQuestion(
				{ ...questionToDraft(made.question), prompt: `${q.prompt} Why?` },
				made.question
			);
		expect(again && again.ok && again.question.from).toEqual(q);
		const back = made.ok && draftToQuestion(questionToDraft(q), made.question);
		expect(back && back.ok && back.question).toEqual(q);
	});

	it('opens on a student’s device as the teacher’s questions, in a format-2 link', () => {
		for (const n of [1, 2, 3, 10]) {
			const quiz = reworded(n);
			const code = encodeQuiz(quiz);
			expect(code.startsWith('Q2.')).toBe(true);
			expect(open(code)).toEqual({ ok: true, value: withoutFrom(quiz) });
		}
	});

	it('an unedited quiz still makes a format-1 link, which an older release opens', () => {
		expect(encodeQuiz(reworded(0)).startsWith('Q1.')).toBe(true);
	});

	it('3 reworded of 10 keep the QR code readable off a projector, and smaller than word for word', () => {
		const versions = [0, 1, 2, 3].map((n) => qrVersion(encodeQuiz(reworded(n))));
		const wordForWord = [0, 1, 2, 3].map((n) => qrVersion(encodeQuiz(withoutFrom(reworded(n)))));
		console.log('QR versions, 0-3 reworded of 10:', versions, 'word for word:', wordForWord);
		expect(versions[3]).toBeLessThan(20);
		expect(versions[3]).toBeLessThan(wordForWord[3]);
	});

	it('a word edit is smaller than the text deflated with the original as dictionary', () => {
		for (const [i, edit] of EDITS.entries()) {
			const q = makeQuiz(ten).questions[i];
			const changed = edit(q.prompt);
			const code = encodeQuiz(reworded(i + 1));
			const payload = decodeEnvelope(code, 'quiz', QUIZ_LIMITS);
			if (!payload.ok) throw new Error(payload.message);
			const value = payload.value as { d: [number, string, string, { p: unknown }][] };
			const dictionary = new TextEncoder().encode(q.prompt);
			const packed = deflateSync(new TextEncoder().encode(changed), { level: 9, dictionary });
			value.d[i][3].p = toBase64Url(packed);
			const alternative = encodeEnvelope('quiz', JSON.stringify(value), 2);
			console.log(
				`edit ${i}: word edit ${code.length}, dictionary ${alternative.length} characters`
			);
			expect(code.length).toBeLessThanOrEqual(alternative.length);
		}
	});

	it('a link naming an original this device does not have says so, and which question', () => {
		const code = encodeQuiz(reworded(2));
		const without = indexBank({
			...bank.bank,
			questions: bank.bank.questions.filter((q) => q.id !== ten[1].id)
		});
		const opened = open(code, without);
		expect(opened.ok).toBe(false);
		expect(!opened.ok && opened.message).toMatch(
			/question 2 is your teacher’s rewording of a question your copy of the question bank does not have/
		);
	});

	it('a quiz of reworded questions only travels with no bank reference', () => {
		const quiz = reworded(10);
		const code = encodeQuiz(quiz);
		expect(open(code)).toEqual({ ok: true, value: withoutFrom(quiz) });
		const q: QuizQuestion = toQuizQuestion(ten[0]);
		expect(q.from).toBeUndefined();
	});
});
