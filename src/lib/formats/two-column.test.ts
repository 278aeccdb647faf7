import { describe, expect, it } from 'vitest';
import type { PortableQuestion } from './portable';
import { guessTermSeparator, readTwoColumn, writeTwoColumn } from './two-column';

/** A term and definition may be a flashcard or a short answer, without its accepted answers. */
const loose = { looseType: true, keepAnswers: true } as const;

describe('readTwoColumn', () => {
	it('reads Quizlet tab rows, and guesses other separators', () => {
		expect(readTwoColumn('KFOR\tNATO-led force\nTİKA\tTurkish aid agency\n').questions).toEqual([
			{ type: 'flashcard', prompt: 'KFOR', answer: 'NATO-led force', topics: [], ...loose },
			{ type: 'flashcard', prompt: 'TİKA', answer: 'Turkish aid agency', topics: [], ...loose }
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
		// Read back as the types they were: a Quizlet round trip of one's own export added every
		// multiple-choice and true/false question again as a flashcard (issue 12).
		expect(readTwoColumn(text).questions).toEqual([
			{ ...cards[0], answer: 'NATO-led force', ...loose },
			cards[1],
			cards[2]
		]);
	});

	it('writes a definition card as its term, not its whole prompt (outsider teacher, session 34)', () => {
		const cards: PortableQuestion[] = [
			{
				type: 'short',
				prompt:
					'In the handout “Photosynthesis: How Plants Make Food”, what is meant by the term “chloroplast”?',
				answer: 'The organelle in plant cells where photosynthesis takes place',
				topics: []
			},
			{
				type: 'flashcard',
				prompt: 'What is meant by the term “limiting factor”?',
				answer: 'x',
				topics: []
			},
			{ type: 'flashcard', prompt: 'What is photosynthesis?', answer: 'y', topics: [] }
		];
		expect(writeTwoColumn(cards).text).toBe(
			'chloroplast\tThe organelle in plant cells where photosynthesis takes place\n' +
				'limiting factor\tx\n' +
				'What is photosynthesis?\ty\n'
		);
	});

	it('reads what a person writes the same way as those types, else a flashcard', () => {
		const rows = [
			'True or false: The canal opened in 1914.\ttrue',
			'T/F: Panama was part of Colombia.\tFalse.',
			'Which came first? A. the locks B. the dam C. the cut\tthe dam',
			'Which came first? A) the locks B) the dam\tthe cut',
			'The canal is ____ km long.\t82',
			'Part A) of the plan\tthe locks'
		];
		expect(
			readTwoColumn(rows.join('\n')).questions.map((q) => [q.type, q.prompt, q.answer, q.choices])
		).toEqual([
			['truefalse', 'The canal opened in 1914.', 'true', undefined],
			['truefalse', 'Panama was part of Colombia.', 'false', undefined],
			['mcq', 'Which came first?', 'the dam', ['the locks', 'the dam', 'the cut']],
			// The back is none of the choices: a card, as written.
			['flashcard', 'Which came first? A) the locks B) the dam', 'the cut', undefined],
			['cloze', 'The canal is ____ km long.', '82', undefined],
			['flashcard', 'Part A) of the plan', 'the locks', undefined]
		]);
	});
});
