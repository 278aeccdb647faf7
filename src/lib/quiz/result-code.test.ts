import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { encodeEnvelope } from './envelope';
import {
	checkResultForQuiz,
	decodeResult,
	encodeResult,
	MAX_REPORTED_SECONDS
} from './result-code';
import { encodeQuizRefs } from './quiz-code';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { scoreAnswers } from './scoring';
import type { Answer, QuizResult } from './types';

const quiz = makeQuiz(syntheticQuestions(20));
const answers = quiz.questions.map((q, i) =>
	q.type === 'mcq' ? i % 4 : q.type === 'truefalse' ? i % 2 === 0 : i % 3 ? 'Vucic' : null
);
const result: QuizResult = {
	quizId: quiz.id,
	attemptId: 'kQ3_x9-Ab12Z',
	name: 'Vučić-Đoković Ayşe',
	answers,
	seconds: 312,
	finishedAt: Date.UTC(2026, 10, 21, 9, 30, 0)
};

describe('result codes', () => {
	it('round-trip the quiz id, name, answers and time', () => {
		expect(decodeResult(encodeResult(result))).toEqual({ ok: true, value: result });
	});

	it('say which attempt of the name on its device it is; a code made before says none', () => {
		const second = { ...result, attempt: 2 };
		expect(decodeResult(encodeResult(second))).toEqual({ ok: true, value: second });
		expect(decodeResult(encodeResult({ ...result, attempt: 0 }))).toEqual({
			ok: true,
			value: result
		});
		const forged = encodeEnvelope(
			'result',
			JSON.stringify({ q: quiz.id, i: 'abcdEFGH', n: 'Ana', a: answers, d: 1, f: 0, t: -1 })
		);
		expect(decodeResult(forged).ok).toBe(false);
	});

	it('are short enough to show as a small QR code', () => {
		const code = encodeResult(result);
		expect(code.length).toBeLessThan(200);
		expect(QRCode.create(code, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(10);
	});

	it('carry no score: a forged score field is ignored, the teacher re-scores', () => {
		const forged = encodeEnvelope(
			'result',
			JSON.stringify({ q: quiz.id, n: 'Mallory', a: answers, d: 1, f: 0, score: 20 })
		);
		const decoded = decodeResult(forged);
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.value).not.toHaveProperty('score');
		expect(scoreAnswers(quiz, decoded.value.answers).correct).toBeLessThan(20);
	});

	it('still decode format 1 codes (no attempt id), giving each its own stable stand-in id', () => {
		const v1 = (n: string) =>
			encodeEnvelope(
				'result',
				JSON.stringify({ q: quiz.id, n, a: answers, d: 312, f: 1_764_000_000 }),
				1
			);
		expect(v1('Ana').startsWith('R1.')).toBe(true);
		const a = decodeResult(v1('Ana'));
		const again = decodeResult(v1('Ana'));
		const other = decodeResult(v1('Ana B'));
		if (!a.ok || !again.ok || !other.ok) throw new Error('v1 code refused');
		expect(a.value).toMatchObject({ name: 'Ana', answers, seconds: 312 });
		expect(a.value.attemptId).toBe(again.value.attemptId);
		expect(a.value.attemptId).not.toBe(other.value.attemptId);
	});

	it('say a code from a newer format needs an update', () => {
		const code = encodeResult(result).replace(/^R2\./, 'R4.');
		expect(decodeResult(code)).toMatchObject({ ok: false, reason: 'newer-version' });
	});

	it('accept any duration the device honestly produced: a day later, or a clock set back', () => {
		for (const [d, seconds] of [
			[25 * 3600, 25 * 3600],
			[-40, 0],
			[10 ** 12, MAX_REPORTED_SECONDS]
		]) {
			const payload = { q: quiz.id, i: 'abcdEFGH', n: 'Ana', a: [0], d, f: 0 };
			const decoded = decodeResult(encodeEnvelope('result', JSON.stringify(payload)));
			expect(decoded).toMatchObject({ ok: true, value: { seconds } });
		}
		const made = decodeResult(encodeResult({ ...result, seconds: -5, finishedAt: -1000 }));
		expect(made).toMatchObject({ ok: true, value: { seconds: 0, finishedAt: 0 } });
	});

	it('strip invisible and bidi controls from names and typed answers', () => {
		const code = encodeResult({
			...result,
			name: '\u202Eevil\u200b  Ana\u2066',
			answers: ['a\tb\u200bc']
		});
		const decoded = decodeResult(code);
		expect(decoded).toMatchObject({ ok: true, value: { name: 'evil Ana', answers: ['a bc'] } });
		const raw = { q: quiz.id, i: 'abcdEFGH', n: '\u202E\u200b', a: [0], d: 1, f: 0 };
		expect(decodeResult(encodeEnvelope('result', JSON.stringify(raw)))).toMatchObject({
			ok: false,
			reason: 'invalid'
		});
	});

	it('always encode, whatever the name and answers (Finish never throws)', () => {
		const long = decodeResult(
			encodeResult({
				...result,
				name: 'N'.repeat(500),
				answers: answers.map(() => 'ж'.repeat(900))
			})
		);
		expect(long).toMatchObject({ ok: true });
		expect(decodeResult(encodeResult({ ...result, name: '\u200b' }))).toMatchObject({
			ok: true,
			value: { name: '?' }
		});
	});

	it('refuse a quiz link pasted as a result', () => {
		const decoded = decodeResult(encodeQuizRefs(quiz));
		expect(decoded).toMatchObject({ ok: false, reason: 'wrong-kind' });
		expect(decoded.ok || decoded.message).toMatch(/quiz link, not a result code/);
	});

	it('detect truncation and tampering', () => {
		const code = encodeResult(result);
		expect(decodeResult(code.slice(0, code.length - 5))).toMatchObject({ reason: 'truncated' });
		const tampered = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
		expect(decodeResult(tampered)).toMatchObject({ reason: 'corrupt' });
	});

	it('refuse malformed contents', () => {
		for (const payload of [
			{ q: quiz.id, n: '', a: [0], d: 1, f: 0 },
			{ q: quiz.id, n: 'A', a: [], d: 1, f: 0 },
			{ q: quiz.id, n: 'A', a: [{}], d: 1, f: 0 },
			{ q: quiz.id, n: 'A'.repeat(200), a: [0], d: 1, f: 0 },
			{ q: quiz.id, n: 'A', a: ['x'.repeat(1000)], d: 1, f: 0 }
		]) {
			expect(decodeResult(encodeEnvelope('result', JSON.stringify(payload)))).toMatchObject({
				ok: false,
				reason: 'invalid'
			});
		}
	});

	it('are refused for another quiz, naming it when the teacher has it', () => {
		const other = { ...quiz, id: 'otherQuiz99', title: 'Kosovo basics' };
		expect(checkResultForQuiz(result, other)).toMatchObject({ ok: false, reason: 'other-quiz' });
		const named = checkResultForQuiz(result, other, [{ id: quiz.id, title: quiz.title }]);
		expect(named.ok || named.message).toContain(quiz.title);
	});

	it('are refused when the answers do not fit the quiz’s questions', () => {
		expect(checkResultForQuiz({ ...result, answers: answers.slice(1) }, quiz).ok).toBe(false);
		const wrongKind: Answer[] = [...answers];
		wrongKind[0] = 'text for a multiple-choice question';
		expect(checkResultForQuiz({ ...result, answers: wrongKind }, quiz).ok).toBe(false);
		expect(checkResultForQuiz(result, quiz).ok).toBe(true);
	});
});

describe('result codes: dates a device could not have written (fuzzer, issue 14)', () => {
	const payload = { q: 'quizAbc123', i: 'attempt12345', n: 'Ana', a: [0], d: 60 };
	it('refuses a finish time past the last writable date, which broke Export CSV', () => {
		const code = encodeEnvelope('result', JSON.stringify({ ...payload, f: 2 ** 53 }));
		const decoded = decodeResult(code);
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(decoded.message).toMatch(/not valid/);
	});
	it('still accepts the last writable second', () => {
		const code = encodeEnvelope('result', JSON.stringify({ ...payload, f: 253_402_300_799 }));
		const decoded = decodeResult(code);
		expect(decoded.ok && new Date(decoded.value.finishedAt).toISOString()).toBe(
			'9999-12-31T23:59:59.000Z'
		);
	});
});
