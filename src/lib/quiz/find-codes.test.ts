import { describe, expect, it } from 'vitest';
import { findCodes } from './find-codes';

const a = 'R2.AbCdEfGh_-12345';
const b = 'R1.ZyXwVuTsRq987';
const part = 'P1.2.3.1x9zq0.AbC_d-e';

describe('finding result codes in pasted text', () => {
	it('finds codes anywhere in a chat thread, once each, and counts what it ignored', () => {
		const chat = `[09:14] Ana: here is mine ${a}.\n[09:15] Marko: "${b}", sorry late!!\n[09:15] Ana: ${a}\n<${part}>`;
		const found = findCodes(chat);
		expect(found.codes).toEqual([a, b, part]);
		expect(found.repeats).toBe(1);
		expect(found.ignoredWords).toBeGreaterThan(5);
		expect(found.broken).toBe(0);
	});

	it('tells a quiz link apart from other text', () => {
		expect(findCodes('https://x.org/quiz#Q1.AbCdEfGhIjK')).toMatchObject({
			codes: [],
			quizLinks: 1,
			ignoredWords: 1
		});
	});

	it('reports a code cut off after its prefix', () => {
		expect(findCodes('Ana R2.Ab and nothing')).toMatchObject({ codes: [], broken: 1 });
	});

	it('says on which line each code and each cut-off fragment is', () => {
		const found = findCodes(
			'09:01 Ana: R2.AAAAAAAAAAAA\n09:02 Ben: R2.Ab\n\n09:03 Ćiro: R2.BBBBBBBBBB and R2.AAAAAAAAAAAA'
		);
		expect(found.codes).toEqual(['R2.AAAAAAAAAAAA', 'R2.BBBBBBBBBB']);
		expect(found.lines).toEqual([1, 4]);
		expect(found.brokenLines).toEqual([2]);
		expect(found.repeats).toBe(1);
	});

	it('finds nothing in plain text and never throws', () => {
		expect(findCodes('')).toEqual({
			codes: [],
			lines: [],
			brokenLines: [],
			repeats: 0,
			ignoredWords: 0,
			broken: 0,
			quizLinks: 0
		});
		expect(findCodes('RR2.xxxxxxxxxxxx R2 word').codes).toEqual([]);
	});
});
