import { describe, expect, it } from 'vitest';
import { readAiken, writeAiken } from './aiken';
import type { PortableQuestion } from './portable';

describe('readAiken', () => {
	it('reads questions with . or ) labels, blank lines optional', () => {
		const { questions, problems } = readAiken(
			'Which city is the capital of Kosovo?\nA. Prizren\nB) Pristina\nC. Peja\nANSWER: B\nWho leads KFOR in 2025?\nA. Turkey\nB. Italy\nANSWER: a\n'
		);
		expect(problems).toEqual([]);
		expect(questions).toEqual([
			{
				type: 'mcq',
				prompt: 'Which city is the capital of Kosovo?',
				answer: 'Pristina',
				choices: ['Prizren', 'Pristina', 'Peja'],
				topics: []
			},
			{
				type: 'mcq',
				prompt: 'Who leads KFOR in 2025?',
				answer: 'Turkey',
				choices: ['Turkey', 'Italy'],
				topics: []
			}
		]);
	});

	it('reports a bad question by line and keeps the rest', () => {
		const { questions, problems } = readAiken(
			'Good?\nA. yes\nB. no\nANSWER: A\n\nNo key?\nA. x\nB. y\n\nWrong key?\nA. x\nB. y\nANSWER: E\n\nGood again?\nA. yes\nB. no\nANSWER: B'
		);
		expect(questions.map((q) => q.prompt)).toEqual(['Good?', 'Good again?']);
		expect(problems).toEqual([
			{ line: 6, message: expect.stringMatching(/without an ANSWER/) },
			{ line: 10, message: expect.stringMatching(/names no choice/) }
		]);
	});

	it('never throws on junk', () => {
		for (const junk of ['', 'ANSWER: A', 'A. x', '\u0000', 'Q\nANSWER: Z'])
			expect(() => readAiken(junk)).not.toThrow();
	});
});

describe('writeAiken', () => {
	it('round-trips multiple choice and writes true/false as two choices', () => {
		const mcq: PortableQuestion = {
			type: 'mcq',
			prompt: 'Which country sold drones to Kosovo?',
			answer: 'Turkey',
			choices: ['Serbia', 'Turkey', 'Greece'],
			topics: []
		};
		const tf: PortableQuestion = {
			type: 'truefalse',
			prompt: 'Kosovo is in NATO.',
			answer: 'false',
			topics: []
		};
		const short: PortableQuestion = {
			type: 'short',
			prompt: 'Capital?',
			answer: 'Pristina',
			topics: []
		};
		const { text, skipped } = writeAiken([mcq, tf, short]);
		expect(skipped).toEqual([
			{ question: short, reason: expect.stringMatching(/only multiple-choice/) }
		]);
		const back = readAiken(text).questions;
		expect(back[0]).toEqual(mcq);
		expect(back[1]).toMatchObject({
			prompt: 'Kosovo is in NATO.',
			answer: 'False',
			choices: ['True', 'False']
		});
	});
});
