import { describe, expect, it } from 'vitest';
import type { SentenceSuggestion } from './sentence-suggest';
import { suggestionRanker } from './suggest-client';

// Where no module worker can start (here: Node, no `Worker`), the ranking runs on this thread,
// with the same answers and the same supersede rule as the worker's.
const document = {
	id: 'd',
	title: 'Kalby Dam',
	text: 'The Kalby Dam is a stone gravity dam on the river Oster in northern Estavia. Floods destroyed the old mill town of Kalby in 1852, and the council voted in 1864 to build the dam.'
};

function ranked(
	ranker: ReturnType<typeof suggestionRanker>,
	taken: string[] = []
): Promise<SentenceSuggestion[]> {
	return new Promise((resolve, reject) =>
		ranker.rank(
			document,
			{ taken, asked: [] },
			5,
			(suggestions) => resolve(suggestions),
			(message) => reject(new Error(message))
		)
	);
}

describe('suggestionRanker', () => {
	it('ranks on this thread when no worker can start, leaving out sentences taken', async () => {
		const ranker = suggestionRanker();
		const all = await ranked(ranker);
		expect(all[0].quote).toMatch(/^The Kalby Dam is a stone gravity dam/);
		const rest = await ranked(ranker, [all[0].quote]);
		expect(rest.map((s) => s.quote)).not.toContain(all[0].quote);
		ranker.stop();
	});

	it('drops the answer to a request a newer one superseded', async () => {
		const ranker = suggestionRanker();
		const old: SentenceSuggestion[][] = [];
		ranker.rank(
			document,
			{ taken: [], asked: [] },
			5,
			(s) => old.push(s),
			() => {}
		);
		await ranked(ranker);
		expect(old).toEqual([]);
		ranker.stop();
	});
});
