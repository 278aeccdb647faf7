import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import {
	DENSE_VERSION,
	denseWords,
	QR_BYTES,
	qrBits,
	qrFit,
	qrLevel,
	readableCount,
	readableTail,
	READABLE_VERSION
} from './qr';
import { qrDrawing, qrDrawingInSteps, qrVersion } from './qr-draw';
import { draftToQuestion, questionToDraft } from './edit';
import { makeQuiz, syntheticQuestions } from './synthetic-quiz';
import { encodeQuiz } from './quiz-code';
import { extractCode } from './envelope';

describe('QR drawing', () => {
	it('draws every dark module of the code, and only those', () => {
		const text = 'https://flashpoint.example/quiz#Q1.abc';
		const drawing = qrDrawing(text);
		const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
		expect(drawing.size).toBe(qr.modules.size);
		expect(drawing.version).toBe(qr.version);
		let dark = 0;
		for (let r = 0; r < qr.modules.size; r++)
			for (let c = 0; c < qr.modules.size; c++) dark += qr.modules.get(r, c) ? 1 : 0;
		const drawn = [...drawing.path.matchAll(/h(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
		expect(drawn).toBe(dark);
	});

	// perf48: the mask search in eight tasks, not one of ~150 ms at 4× CPU.
	it('draws in steps the same code, module for module, as in one task; or nothing once stopped', async () => {
		const quiz = makeQuiz(syntheticQuestions(30));
		const texts = [
			'https://flashpoint.example/quiz#Q1.abc',
			'HELLO WORLD 123',
			'https://flashpoint.example/quiz#' + encodeQuiz(quiz),
			...Array.from({ length: 12 }, (_, n) => `https://x.example/quiz#${'ab7Z'.repeat(n * 9 + 1)}`)
		];
		const masks = new Set<number>();
		for (const text of texts) {
			expect(await qrDrawingInSteps(text), text).toEqual(qrDrawing(text));
			masks.add(QRCode.create(text, { errorCorrectionLevel: 'M' }).maskPattern as number);
		}
		// The texts pick different masks, so the lowest penalty is found, not one mask's drawing.
		expect(masks.size).toBeGreaterThan(2);
		let calls = 0;
		expect(await qrDrawingInSteps(texts[0], () => ++calls > 3)).toBeNull();
	});
});

describe('reading a pasted or scanned code', () => {
	it('takes the code from a whole link, or a bare code, trimming spaces', () => {
		expect(extractCode('  https://x.org/quiz#Q1.abc \n')).toBe('Q1.abc');
		expect(extractCode('R1.xyz')).toBe('R1.xyz');
		expect(extractCode('')).toBe('');
	});
});

describe('a dense quiz code', () => {
	const quiz = makeQuiz(syntheticQuestions(10), 'quizDense01');
	const origin = 'https://flashpoint.example.org/quiz#';
	const version = (q: typeof quiz) => qrDrawing(origin + encodeQuiz(q)).version;
	const reworded = (n: number) => ({
		...quiz,
		questions: quiz.questions.map((q, i) => {
			if (i >= n) return q;
			const draft = questionToDraft(q);
			const edited = draftToQuestion({ ...draft, prompt: `${draft.prompt} (reworded)` }, q);
			if (!edited.ok) throw new Error(edited.error);
			return edited.question;
		})
	});

	// Outsider teacher (issue 11): a 10-question quiz with reworded questions gave version 22.
	// Reworded bank questions now travel as changes (`reworded.ts`); own ones still word for word.
	it('stays readable with three reworded questions; three own ones make it dense', () => {
		const plain = version(quiz);
		expect(plain).toBeLessThan(DENSE_VERSION);
		expect(denseWords(plain, 0)).toBe('');
		expect(version(reworded(3))).toBeLessThan(DENSE_VERSION);
		const wordForWord = reworded(3);
		const three = version({
			...wordForWord,
			questions: wordForWord.questions.map(({ from: _, ...q }) => q)
		});
		expect(three).toBeGreaterThanOrEqual(DENSE_VERSION);
		expect(denseWords(three, 3)).toMatch(
			/^Its QR code would be version \d+ \(up to 19 reads reliably off a projector\): your 3 own questions travel in it word for word, with their explanation and source passage \(a reworded question carries only its changes\)\. For a QR code, use fewer questions of your own; or share the link below\.$/
		);
	});

	it('counts how many questions, from the first, fit a readable code (version 19)', () => {
		const wordForWord = reworded(10);
		const own = { ...wordForWord, questions: wordForWord.questions.map(({ from: _, ...q }) => q) };
		const linkFor = (n: number) =>
			origin + encodeQuiz({ ...own, questions: own.questions.slice(0, n) });
		const fits = readableCount(10, linkFor);
		expect(fits).toBeGreaterThan(0);
		expect(fits).toBeLessThan(10);
		expect(qrFit(linkFor(fits))).toBe('projector');
		expect(qrDrawing(linkFor(fits)).version).toBeLessThanOrEqual(READABLE_VERSION);
		expect(qrFit(linkFor(fits + 1))).not.toBe('projector');
		expect(readableCount(10, () => 'x'.repeat(QR_BYTES.projector + 1))).toBe(0);
		expect(readableCount(3, () => 'short')).toBe(3);
	});

	it("makes only the whole quiz's link when it fits, and else the same count as every link tried", () => {
		const asked: number[] = [];
		expect(readableCount(50, (n) => (asked.push(n), 'short'))).toBe(50);
		expect(asked).toEqual([50]);
		expect(readableCount(0, () => 'x'.repeat(QR_BYTES.projector + 1))).toBe(0);
		// Links of n·40 bytes: the largest count that fits, whatever the total.
		const sized = (n: number) => 'x'.repeat(n * 40);
		const most = Math.floor(QR_BYTES.projector / 40);
		for (const total of [1, 2, most - 1, most, most + 1, 50, 60])
			expect(readableCount(total, sized)).toBe(Math.min(total, most));
	});

	it('names the version it would draw without drawing it (bytes, digits, capitals, too long)', () => {
		const texts = [
			'https://flashpoint.example/quiz#Q1.abc',
			`${origin}${'A1b2-_'.repeat(120)}`,
			`${origin}${'0123456789'.repeat(150)}`,
			`${origin}${'ABCDEFGH12'.repeat(150)}`,
			`${origin}${'zZ'.repeat(1100)}`
		];
		for (const text of texts) expect(qrVersion(text)).toBe(qrDrawing(text).version);
		expect(() => qrVersion('x'.repeat(QR_BYTES.largest + 1))).toThrow();
	});

	it('says nothing when the code reads well, or when no reworded question makes it dense', () => {
		expect(denseWords(DENSE_VERSION - 1, 2)).toBe('');
		expect(denseWords(30, 0)).toBe('');
		expect(denseWords(22, 1)).toMatch(/your own question travels .* with its/);
	});
});

describe('the error correction level a code is drawn at', () => {
	// Teacher outsider of session 35: 14 questions of her own handouts needed two codes at M.
	it('M while version 19 holds the code at M, else L while version 19 holds it at L, else M', () => {
		const origin = 'https://teacher-name.github.io/flashpoint/quiz#Q4.';
		const cases: [digits: number, level: 'M' | 'L'][] = [
			[100, 'M'],
			[1_300, 'M'],
			[1_500, 'L'],
			[1_700, 'L'],
			[2_000, 'M']
		];
		for (const [digits, level] of cases) {
			const text = origin + '5'.repeat(digits);
			expect(qrLevel(text), `${digits} digits`).toBe(level);
			const drawing = qrDrawing(text);
			expect(drawing.level).toBe(level);
			expect(qrVersion(text)).toBe(drawing.version);
			const fit = qrFit(text);
			expect(fit).toBe(digits <= 1_700 ? 'projector' : 'dense');
			if (fit === 'projector') expect(drawing.version).toBeLessThanOrEqual(READABLE_VERSION);
			else expect(drawing.version).toBeGreaterThan(READABLE_VERSION);
		}
		// What a code of 614 or 792 bytes of letters is drawn at: version 19 either way.
		expect(qrDrawing('x'.repeat(QR_BYTES.projectorM))).toMatchObject({ version: 19, level: 'M' });
		expect(qrDrawing('x'.repeat(QR_BYTES.projector))).toMatchObject({ version: 19, level: 'L' });
		expect(qrDrawing('x'.repeat(QR_BYTES.projector + 1))).toMatchObject({
			version: 23,
			level: 'M'
		});
	});
});

describe('a link ending in digits (a format-3 quiz code) in numeric mode', () => {
	const head = 'https://teacher-name.github.io/flashpoint/quiz#QP1.12.12.xxxxxxx.xxxxxxx.Q3.';

	it('fits a readable code when qrFit says so, and one digit more does not', () => {
		const room = readableTail(head, 'digits');
		// 1,900 digits alone fill a version 19-L code; the head takes its share in byte mode.
		expect(room).toBeGreaterThan(1_600);
		expect(room).toBeLessThan(1_900);
		const fits = head + '7'.repeat(room);
		expect(qrFit(fits)).toBe('projector');
		expect(qrVersion(fits)).toBeLessThanOrEqual(READABLE_VERSION);
		expect(qrFit(fits + '7')).toBe('dense');
		// About 24% more code than base64url, one byte a character, in the same code.
		expect(room / 2.408).toBeGreaterThan(readableTail(head, 'bytes') * 0.75 * 1.2);
	});

	it('never counts fewer bits than the drawing takes (so "readable" is never a version 20)', () => {
		for (const digits of [0, 1, 2, 3, 50, 700, 1_000, 1_250, 1_300, 1_400, 1_600, 1_700, 1_850])
			for (const start of ['https://x.org/quiz#Q3.', head, 'Q1.abc']) {
				const text = start + '3'.repeat(digits);
				if (qrFit(text) === 'projector')
					expect(qrVersion(text)).toBeLessThanOrEqual(READABLE_VERSION);
				expect(qrBits(text)).toBeLessThanOrEqual(20 + 8 * new TextEncoder().encode(text).length);
			}
	});
});
