import { describe, expect, it } from 'vitest';
import { answerMatch } from '$lib/content/answer-match';
import { buildLexicon } from '$lib/generator/facts';
import { blankAccepts } from './blank-accept';
import { BLANK } from './cloze';
import { documentSentences, emptyLexicon } from './cloze-suggest';
import { suggestSentences } from './sentence-suggest';
import { suggestedDraft } from './suggestion-draft';

/** The blank over `words` of `sentence`, its accepted forms, and the checker's verdict on `typed`. */
function blankOver(sentence: string, words: string, lexicon = emptyLexicon()) {
	const start = sentence.indexOf(words);
	const span = { start, end: start + words.length };
	const accept = blankAccepts(sentence, span, lexicon);
	const prompt = `${sentence.slice(0, start)}${BLANK}${sentence.slice(span.end)}`;
	const marks = (typed: string) => answerMatch(typed, { answer: words, accept, prompt }) !== null;
	return { accept, marks };
}

// Made-up sentences in the outsider's shape (issue 12): the checker decides, the accepted lines
// are what a teacher would take.
describe('a blank over a date accepts the year a student is expected to know', () => {
	it('takes the year alone for a month and year, and keeps a wrong month wrong', () => {
		const { accept, marks } = blankOver(
			'The eruption that made Norvania famous began in March 2010 under the Kessel glacier.',
			'March 2010'
		);
		expect(accept).toEqual(['2010']);
		for (const typed of ['2010', 'March 2010', 'march 2010', 'in 2010'])
			expect(marks(typed)).toBe(true);
		for (const typed of ['April 2010', '2011', 'March 2011', 'March'])
			expect(marks(typed)).toBe(false);
	});

	it('takes the month and year, or the year, for a date with a day', () => {
		const { accept, marks } = blankOver(
			'On 14 November 1963 a new island rose from the sea off Norvania.',
			'14 November 1963'
		);
		expect(accept).toEqual(['November 1963', '1963']);
		for (const typed of ['1963', 'November 1963', '14 November 1963', 'November 14th 1963'])
			expect(marks(typed)).toBe(true);
		for (const typed of ['15 November 1963', 'December 1963', '1964'])
			expect(marks(typed)).toBe(false);
	});

	it('keeps the era with the year, and reads the American order', () => {
		expect(
			blankOver('In January 49 BC Ostrid crossed the river Kessel.', 'January 49 BC').accept
		).toEqual(['49 BC']);
		expect(
			blankOver('The treaty was signed on July 4, 1776 in the hall at Velmora.', 'July 4, 1776')
				.accept
		).toEqual(['July 1776', '1776']);
	});

	it('adds nothing where the checker already takes the short form, or for a date with no year', () => {
		// "111" for "111 metres": the unit may be left out already (`answerMatch`).
		expect(blankOver('The Kessel Dam is about 111 metres high.', '111 metres').accept).toEqual([]);
		expect(
			blankOver('The airports were closed from 15 April to 21 April.', '15 April').accept
		).toEqual([]);
		expect(blankOver('The Kessel Dam was finished in 1970.', '1970').accept).toEqual([]);
	});
});

describe('a blank over a name accepts the forms a teacher would', () => {
	it('takes a ruler without the title', () => {
		const { accept, marks } = blankOver(
			'In 1851 Queen Ostrida opened the Velmora exhibition.',
			'Queen Ostrida'
		);
		expect(accept).toEqual(['Ostrida']);
		expect(marks('Ostrida')).toBe(true);
		expect(marks('Queen Malvina')).toBe(false);
	});

	it("takes a person's surname where it names one person, never a term's part", () => {
		const text = [
			'Anton Verlander built the Kessel Dam in 1902.',
			'Verlander later designed a second dam on the White Orra.',
			'Verlander died in 1931.'
		].join(' ');
		const lexicon = buildLexicon(documentSentences('d', text));
		const first = 'Anton Verlander built the Kessel Dam in 1902.';
		expect(blankOver(first, 'Anton Verlander', lexicon).accept).toContain('Verlander');
		// "Orra" is not "White Orra": a term's words are never optional.
		const river = 'Verlander later designed a second dam on the White Orra.';
		expect(blankOver(river, 'White Orra', lexicon).accept).toEqual([]);
	});
});

describe('a suggested sentence carries its accepted forms into its draft', () => {
	it('makes "2010" right for a suggested "March 2010"', () => {
		const text = [
			'Kessel Peak',
			'Kessel Peak is a volcano in the south of Norvania.',
			'The eruption that made Kessel Peak famous began in March 2010 under the Orra glacier.'
		].join('\n\n');
		const doc = { id: 'k', title: 'Kessel Peak', text };
		const found = suggestSentences(doc, emptyLexicon()).find((s) => s.answer === 'March 2010');
		expect(found?.accept).toEqual(['2010']);
		const draft = suggestedDraft(found!, 'k');
		expect(draft.ok && draft.question.accept).toEqual(['2010']);
	});
});
