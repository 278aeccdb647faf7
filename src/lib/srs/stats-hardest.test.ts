import { describe, expect, it } from 'vitest';
import { rankHardest, tallyByQuestion } from './stats-hardest';

describe('hardest questions', () => {
	it('ranks by lapses, then lowest success; never-failed questions are not hard', () => {
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
				{ questionId: 'a', lapses: 1 },
				{ questionId: 'b', lapses: 0 },
				{ questionId: 'c', lapses: 0 },
				{ questionId: 'd', lapses: 0 },
				{ questionId: 'gone', lapses: 5 }
			],
			tallyByQuestion(reviews),
			(id) => id !== 'gone'
		);
		expect(hardest.map((q) => q.questionId)).toEqual(['a', 'c', 'b']);
		expect(hardest[0]).toEqual({ questionId: 'a', lapses: 1, answers: 5, again: 1, success: 0.8 });
		expect(hardest[1].success).toBeCloseTo(1 / 3);
	});
});
