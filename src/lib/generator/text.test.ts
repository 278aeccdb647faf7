import { describe, expect, it } from 'vitest';
import { NearDuplicateFilter } from './duplicates';
import { fold, hashId, sentencesOf, splitSentences, tidyCuts, withoutByline } from './text';

describe('splitSentences', () => {
	it('splits at sentence ends but not after abbreviations or initials', () => {
		const paragraph =
			'With the U.S. and the UK on board, Dr. Novakovic spoke. He said “golden era.” Then U.N. staff left! Is it over?';
		expect(splitSentences(paragraph)).toEqual([
			'With the U.S. and the UK on board, Dr. Novakovic spoke.',
			'He said “golden era.”',
			'Then U.N. staff left!',
			'Is it over?'
		]);
	});

	it('keeps a court case’s "v." and a title’s "Prof." inside the sentence', () => {
		expect(
			splitSentences('Varn v. Board of Ostra was a decision of the court. Prof. Holm wrote on it.')
		).toEqual(['Varn v. Board of Ostra was a decision of the court.', 'Prof. Holm wrote on it.']);
	});

	it('does not end a sentence at an abbreviation that leads into an example or a gloss', () => {
		for (const abbreviation of ['e.g.', 'i.e.', 'viz.', 'esp.', 'incl.', 'etc.', 'c.', 'approx.'])
			expect(
				splitSentences(
					`A rival is a character set against another, ${abbreviation} Dorn in the play. It ends.`
				)
			).toEqual([
				`A rival is a character set against another, ${abbreviation} Dorn in the play.`,
				'It ends.'
			]);
		expect(splitSentences('Holm et al. (1990) found the ore. It was rich.')).toEqual([
			'Holm et al. (1990) found the ore.',
			'It was rich.'
		]);
	});

	it('returns exact substrings of the paragraph', () => {
		const paragraph = 'In 2017, the council was set up.  In 2019, a deal followed.';
		for (const sentence of splitSentences(paragraph)) expect(paragraph).toContain(sentence);
	});
});

describe('fold and hashId', () => {
	it('folds accents, case and possessives', () => {
		expect(fold('Vučić’s')).toBe('vucic');
		expect(fold('ERDOĞAN')).toBe('erdogan');
	});

	it('hashes stably', () => {
		expect(hashId('abc')).toBe(hashId('abc'));
		expect(hashId('abc')).not.toBe(hashId('abd'));
	});
});

describe('NearDuplicateFilter', () => {
	it('flags a near repeat of the same kind only', () => {
		const filter = new NearDuplicateFilter();
		expect(
			filter.isDuplicate(
				'cloze',
				'In ____, Serbia and Turkey signed a defence cooperation agreement. 2019'
			)
		).toBe(false);
		expect(
			filter.isDuplicate(
				'cloze',
				'In ____, Serbia and Turkey signed a defence cooperation agreement . 2019'
			)
		).toBe(true);
		expect(
			filter.isDuplicate(
				'mcq',
				'In ____, Serbia and Turkey signed a defence cooperation agreement. 2019'
			)
		).toBe(false);
		expect(
			filter.isDuplicate('cloze', 'Kosovo declared independence in ____ with Western backing. 2008')
		).toBe(false);
	});
});

describe('tidyCuts', () => {
	it('drops punctuation a cut left before the question mark or doubled (U15 S01, S11)', () => {
		expect(tidyCuts('What was the Varn Convention of 1868,?')).toBe(
			'What was the Varn Convention of 1868?'
		);
		expect(tidyCuts('A guild of weavers,, that trades in wool')).toBe(
			'A guild of weavers that trades in wool'
		);
		expect(tidyCuts('A guild of weavers, , and of dyers')).toBe('A guild of weavers, and of dyers');
		expect(tidyCuts('A guild, that is, a body of weavers')).toBe(
			'A guild, that is, a body of weavers'
		);
		expect(tidyCuts('What is a tide mill?')).toBe('What is a tide mill?');
	});
});

describe('a byline above the lead (issue 12: the outsider teacher’s biography got no draft)', () => {
	const lead = 'Ashoka was an emperor of the Maurya dynasty who ruled most of India.';
	it('leaves out a byline line on top of the first paragraph', () => {
		for (const byline of [
			'By Jane Smith',
			'Jane Smith, March 2026',
			'Written by Jane Smith, 12 March 2026',
			'by Jane Smith, March 12, 2026',
			'Jane Smith'
		])
			expect(withoutByline(`${byline}\n${lead}`)).toBe(lead);
		// The lines joined into one, as a pasted paragraph reaches the generator.
		expect(withoutByline(`Jane Smith, March 2026 ${lead}`)).toBe(lead);
		expect(withoutByline(`By Jane Smith, 12 March 2026 ${lead}`)).toBe(lead);
	});
	it('keeps a first line that is prose, and a later paragraph as it is', () => {
		const wrapped = 'Ashoka the Great\nruled most of India.';
		expect(withoutByline(wrapped)).toBe(wrapped);
		expect(withoutByline(lead)).toBe(lead);
		const sentences = sentencesOf('m', [
			{ kind: 'paragraph', text: lead },
			{ kind: 'paragraph', text: 'Jane Smith, March 2026\nHe ruled from Pataliputra.' }
		]);
		expect(sentences.map((s) => s.text)).toEqual([
			lead,
			'Jane Smith, March 2026\nHe ruled from Pataliputra.'
		]);
		expect(sentencesOf('m', [{ kind: 'paragraph', text: `By Jane Smith\n${lead}` }])[0].text).toBe(
			lead
		);
	});
});
