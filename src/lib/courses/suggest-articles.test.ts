import { describe, expect, it } from 'vitest';
import { buildLexicon } from '$lib/generator/facts';
import { documentSentences } from './cloze-suggest';
import { suggestSentences, type SentenceSuggestion } from './sentence-suggest';
import {
	COASTS_AND_FLOODS,
	GREAT_FIRE,
	MARY_ANNING,
	VOLCANOES
} from './suggest-articles.test-helpers';

// courses9: an outsider teacher kept 1–2 of 8 suggestions on volcanoes and 2–3 of 8 on the Great
// Fire of London: blanks on a sentence's opening words ("London in 1666", "A shield volcano"),
// bare demonyms and "Earth", and "opens the document" beside sentences deep in it. Three
// articles of different kinds, the blank each suggested sentence should hide.
function picks(doc: { id: string; title: string; text: string }): SentenceSuggestion[] {
	return suggestSentences(doc, buildLexicon(documentSentences(doc.id, doc.text)), { limit: 8 });
}
const answerOf = (list: SentenceSuggestion[], opening: string) =>
	list.find((s) => s.quote.startsWith(opening))?.answer;

describe('suggested blanks on a science article (volcanoes)', () => {
	const list = picks(VOLCANOES);

	it('hides the term a sentence defines, without its article', () => {
		expect(answerOf(list, 'A volcano is')).toBe('volcano');
		expect(list.find((s) => s.answer === 'volcano')?.prompt).toMatch(/^A\/An ____ is an opening/);
		expect(answerOf(list, 'Deep under the ground')).toBe('magma');
		expect(answerOf(list, 'A composite volcano')).toBe('stratovolcano');
		expect(answerOf(list, 'Scientists who study')).toBe('volcanologists');
	});

	it('hides a name without the place after it, and a figure rather than the year that dates it', () => {
		expect(answerOf(list, 'Mauna Loa')).toBe('Mauna Loa');
		expect(answerOf(list, 'The eruption of Krakatoa')).toBe('4,800');
	});

	it('never hides "Earth", an opening noun phrase or more than a term', () => {
		for (const s of list) {
			expect(s.answer).not.toMatch(/^(?:Earth|A |An |The \p{Ll})/u);
			expect(s.answer.split(' ').length).toBeLessThanOrEqual(3);
		}
	});
});

describe('suggested blanks on an event (the Great Fire of London)', () => {
	const list = picks(GREAT_FIRE);

	it('asks the figure of a scene-setting sentence, not its opening words', () => {
		expect(answerOf(list, 'London in 1666')).toBe('500,000');
	});

	it('keeps the lead that opens on the title, and asks its date ("on Sunday" with a date is dated)', () => {
		expect(answerOf(list, 'The Great Fire of London started')).toBe('2 September 1666');
	});

	it('never hides a demonym of a place the document names, nor the subject named in passing', () => {
		expect(list.map((s) => s.answer)).not.toContain('Londoners');
		expect(list.map((s) => s.answer)).not.toContain('London');
	});
});

describe('suggested blanks on a biography (Mary Anning)', () => {
	const list = picks(MARY_ANNING);

	it('asks a named thing ("later named an ichthyosaur") rather than a first name alone', () => {
		expect(answerOf(list, 'Over the next months')).toBe('ichthyosaur');
		expect(list.map((s) => s.answer)).not.toContain('Mary');
	});

	it('asks the years of her life and finds', () => {
		expect(answerOf(list, 'She was born')).toBe('1799');
		expect(answerOf(list, 'In 1823')).toBe('1823');
	});

	it('says "opens the document" only of its first sentences', () => {
		for (const s of [...list, ...picks(VOLCANOES), ...picks(GREAT_FIRE)])
			if (s.reasons.includes('lead')) expect(s.index).toBeLessThan(3);
		expect(list.find((s) => s.answer === 'ichthyosaur')?.reasons).not.toContain('lead');
	});
});

// docs30: an outsider's geography course had blanks a student of one sentence cannot answer,
// and a short coasts handout only four suggestions (plural definitions and "so they …" refused).
describe('suggested blanks on a geography handout (coasts and flash floods)', () => {
	const list = suggestSentences(
		COASTS_AND_FLOODS,
		buildLexicon(documentSentences(COASTS_AND_FLOODS.id, COASTS_AND_FLOODS.text)),
		{ limit: 50 }
	);
	const quotes = list.map((s) => s.quote);

	it('never suggests "an example" of nothing named, nor a case study’s figures with its place unnamed', () => {
		for (const opening of [
			'The Kessel Fault',
			'The Ostrid Range',
			'About 190',
			'The river rose',
			'Remarkably',
			'Afterwards'
		])
			expect(quotes.filter((q) => q.startsWith(opening))).toEqual([]);
	});

	it('still suggests the case study’s named, dated sentence', () => {
		expect(answerOf(list, 'On 14 July 2011')).toBe('14 July 2011');
	});

	it('suggests a plural definition ("Groynes are wooden barriers built …")', () => {
		expect(answerOf(list, 'Groynes are')).toBe('Groynes');
		expect(answerOf(list, 'Composite volcanoes')).toBe('Composite volcanoes');
	});
});
