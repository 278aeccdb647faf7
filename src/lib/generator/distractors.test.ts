import { describe, expect, it } from 'vitest';
import { halvesClash } from '../text/choice-halves';
import { poolDistractors, type Pools } from './distractors';
import type { Fact, Lexicon } from './facts';
import type { Sentence } from './text';

describe('poolDistractors', () => {
	// A pool that any fact's answer joins: "China and Russia" of one sentence, "Russia" of another.
	const pools: Pools = {
		all: new Map([['country', ['Brazil', 'China and Russia', 'India', 'Russia']]]),
		byDoc: new Map()
	};
	const sentence = { doc: 'd', text: 'The treaty was signed by China in the spring.' } as Sentence;
	const fact: Fact = {
		kind: 'place',
		fine: 'country',
		answer: 'China',
		start: 24,
		sentence,
		accept: [],
		identity: 'china'
	} as Fact;
	const lexicon = { personByAlias: new Map() } as unknown as Lexicon;

	it('never offers both halves of a joined choice beside it, whatever the seed', () => {
		for (let seed = 0; seed < 40; seed++) {
			const wrong = poolDistractors(fact, pools, `s${seed}`, lexicon);
			expect(wrong).toHaveLength(3);
			expect(halvesClash([fact.answer, ...wrong]), wrong.join(' | ')).toBeNull();
		}
	});
});
