import { describe, expect, it } from 'vitest';
import { missedText, rankHardest, tallyByQuestion } from './stats-hardest';

describe('hardest questions', () => {
	it('lists only questions forgotten after learning (lapses), as its heading says', () => {
		// Outsider from Anki: questions answered Again only while learning were listed, with
		// "Never forgotten after learning", under "Hardest questions".
		const reviews = [
			{ questionId: 'learning', rating: 1 as const },
			{ questionId: 'learning', rating: 1 as const },
			{ questionId: 'learning', rating: 3 as const },
			{ questionId: 'lapsed', rating: 3 as const },
			{ questionId: 'lapsed', rating: 1 as const }
		];
		const hardest = rankHardest(
			[
				{ questionId: 'learning', lapses: 0 },
				{ questionId: 'lapsed', lapses: 1 }
			],
			tallyByQuestion(reviews),
			() => true
		);
		expect(hardest.map((q) => q.questionId)).toEqual(['lapsed']);
	});

	it('ranks by lapses, then lowest success; never-lapsed questions are not hard', () => {
		const reviews = [
			...Array.from({ length: 4 }, () => ({ questionId: 'a', rating: 3 as const })),
			{ questionId: 'a', rating: 1 as const },
			{ questionId: 'b', rating: 1 as const },
			{ questionId: 'b', rating: 3 as const },
			{ questionId: 'c', rating: 1 as const },
			{ questionId: 'c', rating: 1 as const },
			{ questionId: 'c', rating: 3 as const },
			{ questionId: 'd', rating: 3 as const },
			{ questionId: 'gone', rating: 1 as const }
		];
		const hardest = rankHardest(
			[
				{ questionId: 'a', lapses: 2 },
				{ questionId: 'b', lapses: 1 },
				{ questionId: 'c', lapses: 1 },
				{ questionId: 'd', lapses: 0 },
				{ questionId: 'gone', lapses: 5 }
			],
			tallyByQuestion(reviews),
			(id) => id !== 'gone'
		);
		expect(hardest.map((q) => q.questionId)).toEqual(['a', 'c', 'b']);
		expect(hardest[0]).toEqual({ questionId: 'a', lapses: 2, answers: 5, again: 1, success: 0.8 });
		expect(hardest[1].success).toBeCloseTo(1 / 3);
	});
});

describe('what a hardest question’s lapses were (issue 14)', () => {
	it('forgotten for a flashcard, answered wrong for a marked question', () => {
		expect(missedText('flashcard', 2)).toBe('Forgotten 2 times');
		expect(missedText('mcq', 1)).toBe('Answered wrong 1 time after learning');
		expect(missedText('short', 3)).toBe('Answered wrong 3 times after learning');
	});
});
