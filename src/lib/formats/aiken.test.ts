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

describe('readAiken, shapes of real files', () => {
	// The shape of Moodle's own error test file (see README.md: real files tried).
	it('reads A)text with no space, and an ANSWER: line without a letter is a fault, not a prompt', () => {
		const read = readAiken(
			[
				'B) A choice before any question',
				'',
				'ANSWER: no letter here',
				'',
				'Capital of Kosovo?',
				'A)Prizren',
				'B)Pristina',
				'ANSWER: B'
			].join('\n')
		);
		expect(read.questions).toEqual([
			{
				type: 'mcq',
				prompt: 'Capital of Kosovo?',
				answer: 'Pristina',
				choices: ['Prizren', 'Pristina'],
				topics: []
			}
		]);
		expect(read.problems.map((p) => p.line)).toEqual([1, 3]);
	});

	it('does not take a prompt starting "U.S." for a choice', () => {
		const read = readAiken('U.S. troops in KFOR?\nA. Yes\nB. No\nANSWER: A');
		expect(read.questions[0]?.prompt).toBe('U.S. troops in KFOR?');
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
		// True and False as the only choices read back as true/false: a re-import added the
		// question again as multiple choice (outsider from Kahoot/Quizlet, issue 12).
		expect(back[1]).toEqual(tf);
	});
});
