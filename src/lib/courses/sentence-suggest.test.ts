import { describe, expect, it } from 'vitest';
import { buildLexicon } from '$lib/generator/facts';
import { documentSentences, emptyLexicon } from './cloze-suggest';
import { suggestSentences } from './sentence-suggest';
import { chooseBlank, unfairBlank } from './suggest-blank';
import { isFromSuggestion, suggestedDraft } from './suggestion-draft';

// A made-up encyclopedia article (no real events): a lead that defines its subject, dated
// events, a cause, a figure, and every kind of sentence a teacher would not ask about.
const TITLE = 'Kalby Dam';
const TEXT = [
	'Kalby Dam',
	'The Kalby Dam is a stone gravity dam on the river Oster in northern Estavia. It was designed by the engineer Marta Holmqvist and completed in 1871.',
	'## History',
	'Floods destroyed the old mill town of Kalby in 1852. Because the floods returned every spring, the council of Oster voted in 1864 to build a dam above the town.',
	'Construction began in 1866. About 1,200 workers quarried the stone at Norrvik Hill. This took five years.',
	'Holmqvist said that “the river will never again take a house from us” at the opening.',
	'- a list item that names the year 1870 and the engineer Marta Holmqvist as well',
	'Figure 2: The dam seen from the north bank in 1901, drawn by a visitor.',
	'The reservoir behind the dam is known as Lake Kalby and holds 40 million cubic metres of water.',
	'## References',
	'Lind, P. (1999). A history of the Oster valley and its mills. Velmora University Press.'
].join('\n\n');
const doc = { id: 'd', title: TITLE, text: TEXT };
const lexicon = buildLexicon(documentSentences('d', TEXT));

const quotes = (list: { quote: string }[]) => list.map((s) => s.quote);

describe('suggestSentences', () => {
	const all = suggestSentences(doc, lexicon, { limit: 50 });

	it('ranks the lead definition first, each with a blank and its reasons', () => {
		expect(all[0].quote).toMatch(/^The Kalby Dam is a stone gravity dam/);
		expect(all[0].reasons).toEqual(expect.arrayContaining(['lead', 'definition']));
		expect(all[0].prompt).toContain('____');
		expect(all[0].quote.slice(all[0].blank.start, all[0].blank.end)).toBe(all[0].answer);
	});

	it('asks a dated event by its year and a cause or consequence', () => {
		const flood = all.find((s) => s.quote.startsWith('Floods destroyed'));
		expect(flood?.answer).toBe('1852');
		expect(flood?.reasons).toContain('dated');
		const vote = all.find((s) => s.quote.startsWith('Because the floods'));
		expect(vote?.reasons).toEqual(expect.arrayContaining(['cause', 'dated']));
	});

	it('names the subject where the sentence before resolves "It"', () => {
		const designed = all.find((s) => s.quote.startsWith('It was designed'));
		expect(designed?.prompt).toMatch(/^The Kalby Dam was designed by/);
	});

	it('reads "known as" as a definition', () => {
		const lake = all.find((s) => s.quote.startsWith('The reservoir'));
		expect(lake?.reasons).toContain('definition');
	});

	it('leaves out quotations, list items, captions, references and "This …"', () => {
		const text = quotes(all).join('\n');
		expect(text).not.toMatch(/never again|list item|Figure 2|Lind, P\.|This took/);
	});

	it('leaves out sentences that already have a draft or question, and stops at the limit', () => {
		const first = all[0].quote;
		const rest = suggestSentences(doc, lexicon, { taken: new Set([first]), limit: 2 });
		expect(quotes(rest)).not.toContain(first);
		expect(rest).toHaveLength(2);
	});

	it('still suggests years, dates and figures before the names are read', () => {
		const early = suggestSentences(doc, emptyLexicon(), { limit: 50 });
		expect(early.map((s) => s.answer)).toEqual(expect.arrayContaining(['1852']));
	});

	it('never offers a table row, even one of full sentences (session 35)', () => {
		// A made-up pasted handout's table, read by `pipeTables`: "Temperature – Rate increases …"
		// was offered with "Effect" blank.
		const text = [
			'Kalby Dam',
			'The Kalby Dam was completed in 1871 by the engineer Marta Holmqvist.',
			'| Year | Event |',
			'|---|---|',
			'| 1852 | Floods destroyed the old mill town of Kalby in 1852. |',
			'| 1866 | Construction of the dam began in 1866 at Norrvik Hill. |'
		].join('\n\n');
		const table = { id: 't', title: 'Kalby Dam', text };
		const found = suggestSentences(table, buildLexicon(documentSentences('t', text)), {
			limit: 50
		});
		expect(quotes(found).join('\n')).not.toMatch(/Floods|Construction/);
		expect(quotes(found).join('\n')).toMatch(/completed in 1871/);
	});

	it('suggests nothing from an empty document', () => {
		expect(suggestSentences({ id: 'e', title: 'Empty', text: '' }, emptyLexicon())).toEqual([]);
	});
});

describe('chooseBlank and unfairBlank', () => {
	const never = () => false;
	it('refuses a scholar’s year, an "As of" year, a numbered part and a repeated name', () => {
		const cited = 'Sands (1998) concluded that the family of languages is not demonstrable.';
		expect(unfairBlank(cited, { start: 7, end: 11, kind: 'a year' }, never)).toBe(true);
		const asOf = 'As of October 2018, 186 states are parties to the treaty.';
		expect(unfairBlank(asOf, { start: 14, end: 18, kind: 'a year' }, never)).toBe(true);
		const article = 'According to Article 12, parties adopt a protocol on liability.';
		expect(unfairBlank(article, { start: 13, end: 20, kind: 'a name' }, never)).toBe(true);
		const repeated = 'Kalby lies below the dam, and Kalby was rebuilt in 1872.';
		expect(unfairBlank(repeated, { start: 0, end: 5, kind: 'a name' }, never)).toBe(true);
	});

	it('prefers the year of a dated event, and keeps the possessive out of the blank', () => {
		const dated = 'In 1866 the engineer Marta Holmqvist began the dam at Kalby.';
		const blank = chooseBlank(dated, ['dated'], emptyLexicon());
		expect(dated.slice(blank!.start, blank!.end)).toBe('1866');
		const owner = 'There are theories to explain Holmqvist’s early retirement.';
		const name = chooseBlank(owner, [], emptyLexicon());
		expect(owner.slice(name!.start, name!.end)).toBe('Holmqvist');
	});
});

describe('suggestedDraft', () => {
	it('makes a valid fill-the-blank draft marked as from a suggestion', () => {
		const suggestion = suggestSentences(doc, lexicon).find((s) => s.answer === '1852')!;
		const made = suggestedDraft(suggestion, 'u-1:d-1');
		expect(made.ok).toBe(true);
		if (!made.ok) return;
		expect(made.question).toMatchObject({
			type: 'cloze',
			answer: '1852',
			source: { doc: 'u-1:d-1', quote: suggestion.quote }
		});
		expect(made.question.fact).toMatch(/^s-year-[0-9a-z-]{8}$/);
		expect(isFromSuggestion({ ...made.question, origin: 'written' })).toBe(true);
		expect(isFromSuggestion({ ...made.question, origin: 'generated' })).toBe(false);
	});

	it('refuses a prompt without its blank, and says so by field', () => {
		const made = suggestedDraft(
			{
				quote: 'A b c d e f.',
				prompt: 'A b c d e f.',
				answer: 'b',
				blank: { start: 2, end: 3, kind: 'a name' }
			},
			'd'
		);
		expect(made.ok).toBe(false);
		if (!made.ok) expect(made.errors.prompt).toMatch(/____/);
	});
});

// An outsider teacher (session 34): "The ____ is the sum of the individual resistances" was
// suggested from under "Series circuits", true of a series circuit only. Made-up kinds here, with
// headings marked (`## `) and as plain lines (a pasted text's).
describe.each([
	['marked', '## '],
	['plain', '']
])('suggestSentences under a %s heading that names a kind', (_, mark) => {
	const text = [
		'Velm loops',
		'A velm loop is a closed ring of copper strands that carries a steady hum.',
		`${mark}Braided velm loops`,
		'In 1902 the engineer Ada Morrow built the first braided velm loop in Tarsby.',
		'The total hum is the sum of the hums of the separate strands.',
		`${mark}Parallel velm loops`,
		'In 1911 the engineer Ada Morrow built the first parallel velm loop in Tarsby.',
		'The total hum is the same as the hum of each separate strand.'
	].join('\n\n');
	const document = { id: 'v', title: 'Velm loops', text };
	const found = quotes(
		suggestSentences(document, buildLexicon(documentSentences('v', text)), { limit: 50 })
	);

	it('leaves out a sentence whose suggestion does not name its heading’s kind', () => {
		expect(found.filter((q) => q.startsWith('The total hum'))).toEqual([]);
	});

	it('keeps one that names it', () => {
		expect(found).toContain(
			'In 1902 the engineer Ada Morrow built the first braided velm loop in Tarsby.'
		);
	});
});
