import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerUuid, UUID_V7_PATTERN, uuidv7, uuidv7Time } from './uuid';

describe('UUIDv7 (RFC 9562)', () => {
	it('matches the RFC 9562 appendix example', () => {
		// Appendix A.6: 2022-02-22 14:22:22 −05:00 = 0x017F22E279B0 ms; the random bits of the
		// example (rand_a 0xCC3, rand_b 0x18C4DC0C0C07398F with variant bits) give the same text.
		const random = new Uint8Array([0x0c, 0xc3, 0x98, 0xc4, 0xdc, 0x0c, 0x0c, 0x07, 0x39, 0x8f]);
		expect(uuidv7(0x017f22e279b0, random)).toBe('017f22e2-79b0-7cc3-98c4-dc0c0c07398f');
	});

	it('carries the time, version 7 and variant 10, and sorts by time', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 48 - 2 }), (ms) => {
				const a = uuidv7(ms);
				const b = uuidv7(ms + 1);
				expect(a).toMatch(UUID_V7_PATTERN);
				expect(uuidv7Time(a)).toBe(ms);
				expect(a < b).toBe(true);
			}),
			{ seed: 20261201 }
		);
	});

	it('gives an old answer the same id on every device, and different answers different ids', () => {
		const answer = { questionId: 'q1', answeredAt: 1_778_000_000_000, rating: 3 };
		expect(answerUuid(answer)).toBe(answerUuid({ ...answer }));
		expect(answerUuid(answer)).not.toBe(answerUuid({ ...answer, rating: 4 }));
		expect(answerUuid(answer)).not.toBe(answerUuid({ ...answer, questionId: 'q2' }));
		expect(uuidv7Time(answerUuid(answer))).toBe(answer.answeredAt);
		expect(answerUuid(answer)).toMatch(UUID_V7_PATTERN);
	});
});
