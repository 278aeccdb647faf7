import { describe, expect, it } from 'vitest';
import type { PortableQuestion } from './portable';
import { guessTermSeparator, readTwoColumn, writeTwoColumn } from './two-column';

describe('readTwoColumn', () => {
	it('reads Quizlet tab rows, and guesses other separators', () => {
		expect(readTwoColumn('KFOR\tNATO-led force\nTİKA\tTurkish aid agency\n').questions).toEqual([
			{ type: 'flashcard', prompt: 'KFOR', answer: 'NATO-led force', topics: [] },
			{ type: 'flashcard', prompt: 'TİKA', answer: 'Turkish aid agency', topics: [] }
		]);
		expect(readTwoColumn('a - b\nc - d').questions.map((q) => q.answer)).toEqual(['b', 'd']);
		expect(guessTermSeparator(['a,b', 'c,d', 'e;f'])).toBe(',');
	});

	it('honours custom separators, as Quizlet lets you pick them', () => {
		const { questions } = readTwoColumn('Ankara=>capital|Pristina=>Kosovo', {
			termSeparator: '=>',
			rowSeparator: '|'
		});
		expect(questions.map((q) => [q.prompt, q.answer])).toEqual([
			['Ankara', 'capital'],
			['Pristina', 'Kosovo']
		]);
	});

	it('reports rows without both sides by line', () => {
		const { questions, problems } = readTwoColumn('a\tb\nno separator\n\tmissing term\n');
		expect(questions).toHaveLength(1);
		expect(problems.map((p) => p.line)).toEqual([2, 3]);
	});
});

describe('writeTwoColumn', () => {
	it('round-trips flashcards; writes choices and true/false as terms (issue 14: left out)', () => {
		const cards: PortableQuestion[] = [
			{ type: 'flashcard', prompt: 'KFOR', answer: 'NATO-led\nforce', topics: [] },
			{ type: 'mcq', prompt: 'Which?', answer: 'b', choices: ['a', 'b'], topics: [] },
			{ type: 'truefalse', prompt: 'Kosovo is in NATO.', answer: 'false', topics: [] }
		];
		const { text, skipped } = writeTwoColumn(cards);
		expect(skipped).toEqual([]);
		expect(readTwoColumn(text).questions.map((q) => [q.prompt, q.answer])).toEqual([
			['KFOR', 'NATO-led force'],
			['Which? A) a B) b', 'b'],
			['True or false: Kosovo is in NATO.', 'False']
		]);
	});
});
