import { describe, expect, it } from 'vitest';
import { sentencesHolding } from './lexicon';
import { findWhole, type Sentence } from './text';

describe('sentencesHolding: the sentences a name may stand in, looked up by its first word', () => {
	it('finds every sentence findWhole finds, and none without the name’s first word', () => {
		const texts = [
			'Ada Varn founded the Lumen School in 1820.',
			'The school of Ada’s pupils moved to Velm.',
			'Tenero-Contra is a village; Contra lies near it.',
			'Varn-Holt was her partner.',
			'Nobody is named here.'
		];
		const sentences: Sentence[] = texts.map((text, index) => ({
			doc: 'm',
			index,
			section: '',
			text
		}));
		const holding = sentencesHolding(sentences);
		for (const name of [
			'Ada Varn',
			'Ada',
			'Contra',
			'Varn',
			'Velm',
			'Lumen School',
			'Holt',
			'“Ada'
		])
			for (const s of sentences)
				if (findWhole(s.text, name) >= 0) expect(holding(name)).toContain(s);
		expect(holding('Ada Varn').map((s) => s.index)).toEqual([0, 1]);
		expect(holding('Velm').map((s) => s.index)).toEqual([1]);
		expect(holding('Osk')).toEqual([]);
	});
});
