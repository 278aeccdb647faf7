import { describe, expect, it } from 'vitest';
import { blankAccepts } from './blank-accept';
import { emptyLexicon } from './cloze-suggest';
import { suggestSentences } from './sentence-suggest';
import type { BlankSpan } from './cloze-suggest';
import { chooseBlank, unfairBlank } from './suggest-blank';

/**
 * The kinds of suggestion an outsider teacher (session 36) accepted and would not show a class,
 * each on a made-up sentence of a science handout's kind.
 */

const lexicon = emptyLexicon();
const blankOf = (text: string, reasons: string[] = ['definition']) => {
	const span = chooseBlank(text, reasons, lexicon);
	return span && text.slice(span.start, span.end);
};

/** Whether hiding the first `words` of `text` (as a blank of `kind`) is unfair. */
const unfair = (text: string, words: string, kind: BlankSpan['kind'] = 'a key term') => {
	const start = text.indexOf(words);
	return unfairBlank(text, { start, end: start + words.length, kind }, () => false);
};

/** A made-up handout: `lines` as its paragraphs under a title. */
const handout = (...lines: string[]) => ({
	id: 'h',
	title: 'Electricity at home',
	text: ['Electricity at home', ...lines].join('\n\n')
});

describe('suggested blanks a teacher would show a class', () => {
	it('hides the term a measure wraps, not the measure’s phrase', () => {
		expect(blankOf('The strength of the field is the force on each unit of pole.')).toBe('field');
		// A term that is no measure of something stays whole.
		expect(blankOf('The north pole is the end of a magnet that points north.')).toBe('north pole');
	});

	it('never stops a blank inside a noun phrase', () => {
		const text = 'Fuses work by providing an alternative current path with a lower resistance.';
		expect(unfair(text, 'alternative current')).toBe(true);
		expect(unfair(text, 'alternative current path')).toBe(false);
		// A verb after the blank ends the phrase: "The ____ increases …" is whole.
		expect(unfair('The current increases when the resistance falls.', 'current')).toBe(false);
	});

	it('never hides a lower-case phrase of five words, but keeps a name of five', () => {
		const text =
			'The potential difference across each branch is the same as the supply, so each lamp is bright.';
		expect(unfair(text, 'potential difference across each branch')).toBe(true);
		expect(unfair(text, 'potential difference')).toBe(false);
		const named = 'The meter was made by the Royal Society of Arts and Manufactures in 1850.';
		expect(unfair(named, 'Royal Society of Arts and Manufactures', 'an organisation')).toBe(false);
	});

	it('writes "A/An ____" where the article would give the answer’s first sound away', () => {
		const list = suggestSentences(
			handout('An electromagnet is a coil of wire that becomes a magnet when a current flows.'),
			lexicon
		);
		expect(list[0]?.answer).toBe('electromagnet');
		expect(list[0]?.prompt).toBe(
			'A/An ____ is a coil of wire that becomes a magnet when a current flows.'
		);
	});

	it('never asks an experiment’s readings', () => {
		const method = 'A pupil connects the coil to a 6 V supply and counts 40 paper clips it lifts.';
		expect(unfair(method, '40', 'a figure')).toBe(true);
		const worked = 'A current of 3 A flowing for 20 s transfers a charge of 60 C.';
		expect(unfair(worked, '20', 'a figure')).toBe(true);
		// A figure that is the fact stays askable.
		expect(unfair('Mains electricity in the UK is supplied at 230 volts.', '230', 'a figure')).toBe(
			false
		);
	});

	it('offers a term a draft asks already last', () => {
		const doc = handout(
			'The energy needed to melt one kilogram of a solid is called the latent heat.',
			'An earth wire is a safety wire that carries current away if a fault occurs.'
		);
		expect(suggestSentences(doc, lexicon).map((s) => s.answer)).toEqual([
			'latent heat',
			'earth wire'
		]);
		// A draft asks "Latent heats" (another case, a plural): the suggestion comes after the rest.
		expect(
			suggestSentences(doc, lexicon, { asked: ['Latent heats'] }).map((s) => s.answer)
		).toEqual(['earth wire', 'latent heat']);
	});

	it('accepts a classifying adjective without the noun of its kind', () => {
		const sentence =
			'Because heat is taken in from the surroundings, melting is an endothermic process.';
		const start = sentence.indexOf('endothermic');
		const span = { start, end: start + 'endothermic process'.length };
		expect(blankAccepts(sentence, span, lexicon)).toEqual(['endothermic']);
		// A noun that names the thing itself is no kind word: "magnetic field" is not "magnetic".
		const other = 'Iron filings show the shape of a magnetic field.';
		const at = other.indexOf('magnetic');
		expect(blankAccepts(other, { start: at, end: at + 'magnetic field'.length }, lexicon)).toEqual(
			[]
		);
	});
});
