import { describe, expect, it } from 'vitest';
import { explanationBeside, explanationRepeatsPassage, quotePassage } from './quote-passage';

describe('quotePassage', () => {
	it('puts a passage in curly quotation marks', () => {
		expect(quotePassage('Turkey sold drones to Kosovo.')).toBe('“Turkey sold drones to Kosovo.”');
	});

	it('leaves a passage that opens on a quotation mark as it is', () => {
		const speech = '“I am horrified by Turkey’s behavior,” Vučić said on X.';
		expect(quotePassage(speech)).toBe(speech);
		expect(quotePassage('"Straight quotes," she said.')).toBe('"Straight quotes," she said.');
	});
});

describe('explanationRepeatsPassage', () => {
	const passage = 'The bridge collapsed on 28 December 1879, taking a train with it.';
	it('is true for the passage itself, quoted or introduced by its outlet', () => {
		expect(explanationRepeatsPassage(passage, passage)).toBe(true);
		expect(explanationRepeatsPassage(`Wikipedia says: “${passage}”`, passage)).toBe(true);
		expect(explanationRepeatsPassage(`“${passage.toUpperCase()}”`, passage)).toBe(true);
	});
	it('is false for an explanation that says more, or for no passage', () => {
		expect(
			explanationRepeatsPassage(
				`${passage} The inquiry blamed its designer, Thomas Bouch, for too little allowance for wind.`,
				passage
			)
		).toBe(false);
		expect(explanationRepeatsPassage('A different sentence altogether.', passage)).toBe(false);
		expect(explanationRepeatsPassage(passage, '')).toBe(false);
	});
});

describe('explanationBeside', () => {
	const sentence =
		'A new assembly, the National Convention, declared France a republic on 22 September 1792.';
	it('leaves out a quotation of what the screen shows, and a lead-in left with nothing', () => {
		// Every template of the generator and the writer that quotes the sentence. On the drafts
		// page the sentence heads the card: "above" is on screen.
		expect(explanationBeside(`True: the article says so. “${sentence}”`, { sentence })).toBe(
			'True: the article says so in the sentence above.'
		);
		// Nothing was left out: the quotation still says what the text says.
		expect(
			explanationBeside(`True: the article says so. “${sentence}”`, { prompt: 'Prompt' })
		).toBe(`True: the article says so. “${sentence}”`);
		expect(
			explanationBeside(`False: the article gives 1792, not 1795. “${sentence}”`, { sentence })
		).toBe('False: the article gives 1792, not 1795.');
		expect(explanationBeside(`The article says: “${sentence}”`, { sentence })).toBe('');
		expect(explanationBeside(`“${sentence}”`, { prompt: 'Prompt', sentence })).toBe('');
		// Compared folded: a curly apostrophe or a capital is the same sentence.
		expect(explanationBeside(`Wikipedia says: "${sentence.toUpperCase()}"`, { sentence })).toBe('');
	});

	// Outsider teacher, issue 12: Study and Questions show the statement but no sentence, and
	// "True: the text says so in the sentence above." pointed at nothing on the screen.
	it('never points at a sentence the screen does not show: a true statement is the sentence', () => {
		const statement = 'The Holy Roman Empire was dissolved in 1806.';
		const made = `True: the text says so. “${statement}”`;
		// Study and Questions: the statement only.
		expect(explanationBeside(made, { prompt: statement })).toBe(
			'True: the text says this, word for word.'
		);
		// The drafts page: the statement and its sentence, the same words.
		expect(explanationBeside(made, { prompt: statement, sentence: statement })).toBe(
			'True: the text says this, word for word.'
		);
		for (const said of [
			explanationBeside(made, { prompt: statement }),
			explanationBeside(`True: the text says so. “${sentence}”`, { prompt: statement })
		])
			expect(said).not.toMatch(/above|below/);
	});

	it('keeps an explanation that says more, or quotes something else', () => {
		const own = 'The monarchy ended when the Convention met.';
		expect(explanationBeside(own, { sentence })).toBe(own);
		const other = `The article says: “${sentence}”`;
		expect(explanationBeside(other, { prompt: 'Which assembly declared France a republic?' })).toBe(
			other
		);
		expect(explanationBeside(other, {})).toBe(other);
	});
});
