import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { decodeResult, encodeResult } from './result-code';
import { PartCollector, parsePart, SINGLE_QR_CHARS, splitResultCode } from './result-parts';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { LIMITS } from './types';

const quiz = makeQuiz(syntheticQuestions(50));
/** The worst case: every answer typed to the limit in text that barely compresses. */
function longCode(seed: number, name = 'Ana') {
	let x = seed;
	const noise = () => {
		let s = '';
		for (let i = 0; i < LIMITS.typedAnswerChars; i++) {
			x = (x * 1103515245 + 12345) % 2 ** 31;
			s += String.fromCodePoint(0x400 + (x % 200));
		}
		return s;
	};
	return encodeResult({
		quizId: quiz.id,
		attemptId: `attempt${seed}`,
		name,
		answers: quiz.questions.map(noise),
		seconds: 100,
		finishedAt: 0
	});
}

describe('result codes in parts', () => {
	it('a short code stays one QR code', () => {
		expect(splitResultCode('R2.short')).toEqual(['R2.short']);
	});

	it('the worst case decodes, splits into QR-sized parts and reassembles in any order', () => {
		const code = longCode(1);
		expect(decodeResult(code).ok).toBe(true);
		const parts = splitResultCode(code);
		expect(parts.length).toBeGreaterThan(1);
		for (const part of parts) {
			expect(part.length).toBeLessThanOrEqual(SINGLE_QR_CHARS);
			expect(QRCode.create(part, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(22);
		}
		const collector = new PartCollector();
		const other = splitResultCode(longCode(2, 'Ana B'));
		const shuffled = [...parts].reverse();
		let done: string | undefined;
		// Interleaved with another pupil's parts and a repeat: neither mixes in.
		for (const [i, part] of shuffled.entries()) {
			collector.add(parsePart(other[i % other.length])!);
			const outcome = collector.add(parsePart(part)!);
			if (i === 1) expect(collector.add(parsePart(part)!)).toMatchObject({ repeated: true });
			if (outcome.status === 'complete') done = outcome.code;
		}
		expect(done).toBe(code);
	});

	it('refuses malformed parts', () => {
		for (const bad of ['P1.0.3.ab.x', 'P1.4.3.ab.x', 'P1.1.1.ab.x', 'P1.1.3..x', 'R2.abc']) {
			expect(parsePart(bad)).toBeNull();
		}
	});

	it('notices parts that do not make the code they claim', () => {
		const collector = new PartCollector();
		collector.add(parsePart('P1.1.2.abc.R2.xx')!);
		expect(collector.add(parsePart('P1.2.2.abc.yy')!)).toMatchObject({ status: 'mismatch' });
	});
});
