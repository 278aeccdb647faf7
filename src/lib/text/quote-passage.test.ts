import { describe, expect, it } from 'vitest';
import { explanationBeside, quoteRepeatsPrompt, quotePassage } from './quote-passage';

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

	// Outsider teacher, issue 12: the student's quiz review printed a false statement's source
	// sentence twice, in its explanation and in the source passage shown below it.
	it('says "below" where the sentence follows it: the quiz review', () => {
		const below = { prompt: 'Prompt', sentence, sentenceAt: 'below' } as const;
		expect(explanationBeside(`False: the text gives 1792, not 1795. “${sentence}”`, below)).toBe(
			'False: the text gives 1792, not 1795.'
		);
		expect(explanationBeside(`True: the text says so. “${sentence}”`, below)).toBe(
			'True: the text says so in the passage below.'
		);
		expect(explanationBeside(`Year 9 History says: “${sentence}”`, below)).toBe('');
		// An imported file's feedback that is the sentence itself, unquoted: said once.
		expect(explanationBeside(sentence, below)).toBe('');
		expect(explanationBeside(sentence.toUpperCase(), below)).toBe('');
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

describe('quoteRepeatsPrompt', () => {
	// Outsider teacher, issue 12: a true statement that is its source sentence came twice.
	it('finds a statement that is its passage, lead-in, case, accents and punctuation aside', () => {
		const sentence = 'Arkwright opened Cromford Mill in 1771.';
		expect(quoteRepeatsPrompt(sentence, sentence)).toBe(true);
		expect(
			quoteRepeatsPrompt(sentence, 'True or false: arkwright opened Cromford Mill in 1771')
		).toBe(true);
		expect(quoteRepeatsPrompt('“Vučić spoke.”', 'Vucic spoke')).toBe(true);
	});

	it('keeps a passage that says more, or another thing', () => {
		expect(
			quoteRepeatsPrompt(
				'Arkwright opened Cromford Mill in 1771, by the Derwent.',
				'Arkwright opened Cromford Mill in 1771.'
			)
		).toBe(false);
		expect(
			quoteRepeatsPrompt(
				'Arkwright opened Cromford Mill in 1771.',
				'Arkwright opened Cromford Mill in 1781.'
			)
		).toBe(false);
		expect(quoteRepeatsPrompt('', '')).toBe(false);
	});
});
