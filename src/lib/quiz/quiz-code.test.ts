import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/content/bank';
import { deflateSync } from 'fflate';
import { encodeEnvelope, CODE_VERSION, quizCodeInDigits } from './envelope';
import { crc32, toBase64Url } from './bytes';
import { decodeQuiz, encodeQuiz, encodeQuizFull, encodeQuizRefs, QUIZ_LIMITS } from './quiz-code';
import { inlineQuestion } from './quiz-payload';
import { resolveQuiz } from './quiz-resolve';
import { encodeResult } from './result-code';
import { longIdQuestions, makeQuiz, seedBank, syntheticQuestions } from './fixtures.test-helpers';
import { LIMITS } from './types';

/** A long but plausible deployment origin, so the size test does not flatter us. */
const ORIGIN = 'https://flashpoint-classroom.example-school.org';
const link = (code: string) => `${ORIGIN}/quiz#${code}`;
const qrVersion = (text: string) => QRCode.create(text, { errorCorrectionLevel: 'M' }).version;

function decodeAndResolve(code: string, bank = seedBank()) {
	const decoded = decodeQuiz(code);
	if (!decoded.ok) return decoded;
	return resolveQuiz(decoded.value, bank);
}

describe('quiz links: round trips', () => {
	it('a short quiz comes back exactly, self-contained (no bank needed)', () => {
		const bank = seedBank();
		const quiz = makeQuiz(bank.bank.questions.filter((q) => q.type !== 'flashcard').slice(0, 1));
		const code = encodeQuiz(quiz);
		const decoded = decodeQuiz(link(code));
		expect(decoded.ok && decoded.value.questions).toBeTruthy();
		const resolved = decoded.ok ? resolveQuiz(decoded.value, null) : decoded;
		expect(resolved).toEqual({ ok: true, value: quiz });
	});

	it('a 20-question quiz travels as references and resolves against the same bank', () => {
		const questions = syntheticQuestions(20);
		const bank = indexBank({ version: 1, documents: [], questions });
		const quiz = makeQuiz(questions);
		const code = encodeQuiz(quiz);
		expect(code).toBe(encodeQuizRefs(quiz));
		expect(decodeAndResolve(code, bank)).toEqual({ ok: true, value: quiz });
	});

	it('keeps every setting', () => {
		const quiz = makeQuiz(syntheticQuestions(3));
		for (const settings of [
			{
				timer: 'none',
				seconds: 0,
				shuffleQuestions: false,
				shuffleChoices: true,
				allowBack: false,
				showAnswers: true
			},
			{
				timer: 'quiz',
				seconds: 900,
				shuffleQuestions: true,
				shuffleChoices: false,
				allowBack: true,
				showAnswers: false
			},
			{
				timer: 'none',
				seconds: 0,
				shuffleQuestions: true,
				shuffleChoices: true,
				allowBack: true,
				showAnswers: true,
				attempts: 2
			}
		] as const) {
			const decoded = decodeQuiz(encodeQuizFull({ ...quiz, settings }));
			expect(decoded.ok && decoded.value.settings).toEqual(settings);
			// The QR code's digit form (format 3) carries the same.
			const scanned = decodeQuiz(
				quizCodeInDigits(encodeQuizRefs({ ...quiz, settings }), QUIZ_LIMITS)
			);
			expect(scanned.ok && scanned.value.settings).toEqual(settings);
		}
	});

	it('attempts allowed: 1–3 or absent (unlimited, every link made before); anything else refused', () => {
		const quiz = makeQuiz(syntheticQuestions(2));
		const plain = decodeQuiz(encodeQuizFull(quiz));
		expect(plain.ok && 'attempts' in plain.value.settings).toBe(false);
		const payload = JSON.parse(JSON.stringify({ i: quiz.id, t: 'Quiz', c: 1, s: [0, 0, 15] }));
		const rows = quiz.questions.map(inlineQuestion);
		for (const a of [0, 4, 1.5, '2'])
			expect(
				decodeQuiz(encodeEnvelope('quiz', JSON.stringify({ ...payload, f: rows, a }), 1)).ok
			).toBe(false);
		const two = decodeQuiz(
			encodeEnvelope('quiz', JSON.stringify({ ...payload, f: rows, a: 2 }), 1)
		);
		expect(two.ok && two.value.settings.attempts).toBe(2);
	});
});

describe('quiz links: size', () => {
	it('a 20-question quiz with the longest possible ids still fits version 25 at level M', () => {
		const questions = longIdQuestions(20);
		const quiz = makeQuiz(questions);
		const code = encodeQuiz(quiz);
		expect(qrVersion(link(code))).toBeLessThanOrEqual(25);
		// The hashed form was chosen, and it resolves against the same bank.
		const bank = indexBank({ version: 1, documents: [], questions });
		expect(decodeAndResolve(code, bank)).toEqual({ ok: true, value: quiz });
	});

	it('a realistic 20-question quiz fits a QR code of version 25 or lower at level M', () => {
		const code = encodeQuiz(makeQuiz(syntheticQuestions(20)));
		expect(qrVersion(link(code))).toBeLessThanOrEqual(25);
	});

	it('the longest allowed quiz (50 questions) still fits version 40', () => {
		const code = encodeQuiz(makeQuiz(syntheticQuestions(50)));
		expect(qrVersion(link(code))).toBeLessThanOrEqual(40);
	});

	it('a self-contained quiz is only chosen when it fits the same QR budget', () => {
		const bank = seedBank();
		for (let n = 1; n <= 4; n++) {
			const quiz = makeQuiz(bank.bank.questions.filter((q) => q.type !== 'flashcard').slice(0, n));
			expect(qrVersion(link(encodeQuiz(quiz)))).toBeLessThanOrEqual(25);
		}
	});
});

describe('quiz links: bad input', () => {
	const quiz = makeQuiz(syntheticQuestions(8));
	const code = encodeQuizFull(quiz);
	const reasonOf = (input: string) => {
		const result = decodeQuiz(input);
		return result.ok ? 'ok' : result.reason;
	};

	it('names an empty input', () => expect(reasonOf('  ')).toBe('empty'));

	it('recognises something that is not a Flashpoint code', () => {
		expect(reasonOf('https://example.com/some/page')).toBe('not-a-code');
		expect(reasonOf('hello world')).toBe('not-a-code');
		expect(reasonOf('X1.abcdef')).toBe('not-a-code');
	});

	it('refuses a result code where a quiz is expected, and says what it is', () => {
		const result = encodeResult({
			quizId: quiz.id,
			attemptId: 'attempt1',
			name: 'Ana',
			answers: [0],
			seconds: 3,
			finishedAt: 0
		});
		const decoded = decodeQuiz(result);
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) {
			expect(decoded.reason).toBe('wrong-kind');
			expect(decoded.message).toMatch(/result code/);
		}
	});

	it('says a code from a newer Flashpoint needs an update', () => {
		const newer = code.replace(/^Q1\./, `Q${CODE_VERSION + 1}.`);
		const decoded = decodeQuiz(newer);
		expect(decoded.ok || decoded.reason).toBe('newer-version');
		expect(decoded.ok || decoded.message).toMatch(/newer version of Flashpoint/);
	});

	it('detects truncation at every length', () => {
		for (let length = 1; length < code.length; length++) {
			const reason = reasonOf(code.slice(0, length));
			expect(['truncated', 'not-a-code'], `cut at ${length}`).toContain(reason);
			if (length > 3) expect(reason, `cut at ${length}`).toBe('truncated');
		}
	});

	it('detects any single changed character', () => {
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		for (let i = 3; i < code.length; i++) {
			const replacement = alphabet[(alphabet.indexOf(code[i]) + 17) % 64];
			const tampered = code.slice(0, i) + replacement + code.slice(i + 1);
			const reason = reasonOf(tampered);
			expect(reason, `changed at ${i}`).not.toBe('ok');
			expect(['corrupt', 'truncated', 'too-large'], `changed at ${i}`).toContain(reason);
		}
	});

	it('refuses characters a code never contains, and extra data', () => {
		expect(reasonOf(code.slice(0, 20) + '<script>' + code.slice(20))).toBe('corrupt');
		expect(reasonOf(code + 'AAAA')).toBe('corrupt');
	});

	it('calls a short scrap of text damaged, not too large (sizes read from noise)', () => {
		for (const scrap of ['Q1.garbageXYZ123', 'Q1.zzzzzzzzzzzzzzzz', 'Q1.________abc'])
			expect(reasonOf(scrap), scrap).not.toBe('too-large');
	});

	it('refuses an oversized code before decoding it', () => {
		expect(reasonOf('Q1.' + 'A'.repeat(QUIZ_LIMITS.maxChars))).toBe('too-large');
	});

	it('refuses a code that would decompress beyond the cap (a zip bomb), before inflating', () => {
		const bomb = encodeEnvelope('quiz', JSON.stringify({ pad: ' '.repeat(400_000) }));
		expect(bomb.length).toBeLessThan(QUIZ_LIMITS.maxChars);
		expect(reasonOf(bomb)).toBe('too-large');
	});

	it('refuses a declared size that does not match the data, even with a valid checksum', () => {
		const json = new TextEncoder().encode(JSON.stringify({ i: 'quizAbc123', t: 'T' }));
		const compressed = deflateSync(json);
		const forge = (declared: number) => {
			const body = new Uint8Array([compressed.length, declared, ...compressed, 0, 0, 0, 0]);
			const prefix = new TextEncoder().encode('Q1.');
			const crcOf = crc32(new Uint8Array([...prefix, ...body.subarray(0, body.length - 4)]));
			new DataView(body.buffer).setUint32(body.length - 4, crcOf);
			return 'Q1.' + toBase64Url(body);
		};
		expect(compressed.length).toBeLessThan(128);
		expect(reasonOf(forge(json.length))).toBe('invalid');
		expect(reasonOf(forge(json.length - 1))).toBe('corrupt');
		expect(reasonOf(forge(json.length + 1))).toBe('corrupt');
	});

	it('refuses well-formed codes whose contents break the schema, with a reason', () => {
		const bad = [
			{ i: 'x', t: 'T', c: 0, s: [0, 0, 0], r: ['abc-def'], h: '00000000' },
			{ i: 'quizAbc123', t: '', c: 0, s: [0, 0, 0], r: ['abc-def'], h: '00000000' },
			{ i: 'quizAbc123', t: 'T', c: 0, s: [7, 0, 0], r: ['abc-def'], h: '00000000' },
			{ i: 'quizAbc123', t: 'T', c: 0, s: [0, 0, 0] },
			{ i: 'quizAbc123', t: 'T', c: 0, s: [0, 0, 0], r: ['abc-def', 'abc-def'], h: '00000000' },
			{
				i: 'quizAbc123',
				t: 'T',
				c: 0,
				s: [0, 0, 0],
				f: [['abc-def', 'mcq', 'P?', 'x', ['a', 'b', 'c', 'd'], null, 'e', 'd', 'q']]
			},
			{
				i: 'quizAbc123',
				t: 'T',
				c: 0,
				s: [0, 0, 0],
				f: [['abc-def', 'flashcard', 'P', 'x', null, null, 'e', 'd', 'q']]
			},
			[1, 2, 3],
			'just a string'
		];
		for (const payload of bad) {
			const decoded = decodeQuiz(encodeEnvelope('quiz', JSON.stringify(payload)));
			expect(decoded.ok, JSON.stringify(payload)).toBe(false);
			if (!decoded.ok) {
				expect(decoded.reason).toBe('invalid');
				expect(decoded.message).toMatch(/not valid/);
			}
		}
	});

	it('keeps markup in question text as plain text (rendering escapes it)', () => {
		const [q] = syntheticQuestions(1);
		const evil = makeQuiz([{ ...q, prompt: 'Is <img src=x onerror=alert(1)> a question?' }]);
		const decoded = decodeAndResolve(encodeQuizFull(evil));
		expect(decoded.ok && decoded.value.questions[0].prompt).toBe(
			'Is <img src=x onerror=alert(1)> a question?'
		);
	});
});

describe('quiz links: what the fuzzer found (issue 14)', () => {
	const base = {
		i: 'quizAbc123',
		t: 'Week 3',
		c: 1_795_251_600,
		s: [0, 0, 0],
		f: [['q-one', 'truefalse', 'Ankara is in Turkey.', 'true', null, null, 'It is.', 'd', 'Quote.']]
	};
	const link = (patch: object) => encodeEnvelope('quiz', JSON.stringify({ ...base, ...patch }));

	it('refuses a title of zero-width or bidi characters alone, saying so', () => {
		for (const t of ['\u200b', ' \u202e\u200d ']) {
			const decoded = decodeQuiz(link({ t }));
			expect(decoded.ok).toBe(false);
			if (!decoded.ok) expect(decoded.message).toContain('the quiz has no visible title');
		}
	});

	it('shows a title as cleaned (invisible characters out)', () => {
		const decoded = decodeQuiz(link({ t: 'Week\u200b 3\u202e' }));
		expect(decoded.ok && decoded.value.title).toBe('Week 3');
	});

	it('makes a code its own decoder reads whatever the title: blank or invisible → New quiz’s default', () => {
		const quiz = makeQuiz(syntheticQuestions(3));
		for (const [title, shown] of [
			[' ', 'Class quiz'],
			['\u200b', 'Class quiz'],
			['  Week 3 ', 'Week 3'],
			['x'.repeat(500), 'x'.repeat(LIMITS.titleChars)]
		]) {
			const decoded = decodeQuiz(encodeQuizFull({ ...quiz, title }));
			expect(decoded.ok && decoded.value.title).toBe(shown);
		}
	});

	it('refuses a carried question whose prompt, answer or a choice shows as nothing', () => {
		const row = ['q-one', 'short', 'Capital of Turkey?', 'Ankara', null, null, 'It is.', 'd', 'Q.'];
		for (const at of [2, 3]) {
			const invisible = row.map((value, i) => (i === at ? '\u200b\u2066' : value));
			const decoded = decodeQuiz(link({ f: [invisible] }));
			expect(decoded.ok).toBe(false);
			if (!decoded.ok)
				expect(decoded.message).toContain('question 1 has text that shows as nothing');
		}
	});

	it('refuses a creation date no device could have written', () => {
		const decoded = decodeQuiz(link({ c: 2 ** 53 }));
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(decoded.message).toContain('creation date is impossible');
	});
});
