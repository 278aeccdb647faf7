import { describe, expect, it } from 'vitest';
import { blankCandidates, documentFacts, emptyLexicon, wrongChoices } from './cloze-suggest';
import { leansBack } from './leans-outside';
import { suggestSentences } from './sentence-suggest';
import { refusal } from './suggest-refusal';
import { chooseBlank } from './suggest-blank';

// Made-up sentences in the shapes two outsider teachers called weak suggestions (issue 12):
// each rule is general English, none knows a document.
const hidden = (text: string, span?: { start: number; end: number }) =>
	span && text.slice(span.start, span.end);
const blankOf = (text: string, reasons = ['topic']) =>
	hidden(text, chooseBlank(text, reasons, emptyLexicon()));

describe('sentences that lean on the one before are ranked down', () => {
	it('reads the pointers a student alone cannot resolve', () => {
		for (const [text, word] of [
			['Almost everywhere else the Orra Ridge lies deep under the ocean.', 'else'],
			['The powers also signed a declaration condemning the slave trade.', 'also'],
			['Lightning is the same process on a gigantic scale.', 'the same'],
			['In 2014, for example, scholars published a new piece of the tablet.', 'for example'],
			['The most recent was the Kessel Act 2004.', 'The most recent'],
			[
				'In 1956 representatives of the three countries met secretly at Velmora.',
				'the three countries'
			],
			['However, the dam also trapped the silt.', 'also']
		])
			expect(leansBack(text), text).toBe(word);
		for (const text of [
			'A composite volcano, also called a stratovolcano, is built from layers of ash.',
			'Exports such as wool and tin paid for the new harbour at Velmora.',
			'The Orra Ridge is the boundary between two plates.',
			'At the same time the Velmora council raised the harbour tolls.'
		])
			expect(leansBack(text), text).toBeUndefined();
	});

	it('puts a sentence with "else" after one that stands alone', () => {
		const text = [
			'The Orra Ridge',
			'The Orra Ridge is the boundary between the Kessel Plate and the Velmora Plate.',
			'Almost everywhere else the Orra Ridge lies deep under the ocean, but in Norvania it rises above the sea.',
			'The Orra Ridge rises above the sea in Norvania because a hotspot lies beneath it.'
		].join('\n\n');
		const found = suggestSentences({ id: 'o', title: 'The Orra Ridge', text }, emptyLexicon());
		const at = (start: string) => found.findIndex((s) => s.quote.startsWith(start));
		if (at('Almost') >= 0) expect(at('Almost')).toBeGreaterThan(at('The Orra Ridge rises'));
	});
});

describe('a suggested blank is something a student can be asked for', () => {
	it('never a day and month with no year', () => {
		const text =
			'Because ash can damage jet engines, the airspace over Norvania was closed from 15 April.';
		expect(blankOf(text, ['cause'])).not.toBe('15 April');
		// The writer still offers it, after the rest.
		const offered = blankCandidates(text, emptyLexicon()).map((c) => hidden(text, c));
		expect(offered.at(-1)).toBe('15 April');
		expect(
			blankOf('In February 1815 Ostrid escaped from Kessel and landed on 1 March.', ['dated'])
		).toBe('February 1815');
	});

	it('never half a range or a pair of years', () => {
		expect(blankOf('The Congress of Velmora met from September 1814 to June 1815.')).not.toMatch(
			/^(?:September|June)/u
		);
		expect(
			blankOf(
				'A typical Kessel cell is around 10 to 30 micrometres across, while Orra cells are larger.'
			)
		).not.toBe('30');
		expect(
			blankOf('Under the Velmora Acts of 1911 and 1949, the council can delay a bill for a year.')
		).not.toMatch(/^(?:1911|1949)$/u);
	});

	it('never a name used as an adjective, nor an era marker alone', () => {
		expect(blankOf('Many Icelandic volcanoes lie beneath glaciers.')).toBeUndefined();
		expect(blankOf('Most Germanic tribes settled west of the Orra by 500.')).toBe('Orra');
		expect(
			blankOf(
				'Between the late fourth and early second centuries BCE, most of Norvania was ruled by a single dynasty.'
			)
		).not.toBe('BCE');
	});
});

describe('a cut sentence is no suggestion', () => {
	it('refuses a lower-case opening: a list item or a fragment', () => {
		const text =
			'the laws themselves, divided by scholars into 282 sections, though part of the stone was erased;';
		expect(refusal({ doc: 'h', index: 3, section: '', text }, text)).toBe('list');
	});
});

describe('Make it multiple choice on a named work', () => {
	it('offers other works of the document, never people', () => {
		const text = [
			'The Orra and the Kessel Dam',
			'The Kessel Low Dam was built by Anton Verlander between 1898 and 1902.',
			'The Kessel High Dam became a symbol of the Cold War.',
			'In 1956 Ostrid Malm nationalised the Velmora Canal to pay for the dam.',
			'In 2011 Norvania began building the Orra Renaissance Dam on the Blue Orra.'
		].join('\n\n');
		const facts = documentFacts('k', text, emptyLexicon());
		const sentence = 'In 1956 Ostrid Malm nationalised the Velmora Canal to pay for the dam.';
		const found = wrongChoices('Velmora Canal', sentence, facts);
		expect(found).toEqual({
			ok: true,
			wrong: ['Kessel Low Dam', 'Kessel High Dam', 'Orra Renaissance Dam']
		});
	});
});
