import { describe, expect, it } from 'vitest';
import { clozeOf, isHidden, selectionOfSpan, toggleWord, tokenize } from './cloze';

const SENTENCE =
	'The station, built by Nordtide (NTE), opened on 14 March 2024 in Velmora’s harbour.';

describe('tokenize', () => {
	it('keeps punctuation with its word and hides only the word', () => {
		const tokens = tokenize(SENTENCE);
		expect(tokens.map((t) => t.text)).toEqual([
			'The',
			'station,',
			'built',
			'by',
			'Nordtide',
			'(NTE),',
			'opened',
			'on',
			'14',
			'March',
			'2024',
			'in',
			'Velmora’s',
			'harbour.'
		]);
		const nte = tokens[5];
		expect(SENTENCE.slice(nte.coreStart, nte.coreEnd)).toBe('NTE');
		// A possessive stays part of the word.
		expect(SENTENCE.slice(tokens[12].coreStart, tokens[12].coreEnd)).toBe('Velmora’s');
		expect(SENTENCE.slice(tokens[13].coreStart, tokens[13].coreEnd)).toBe('harbour');
	});

	it('keeps a currency sign with its figure and marks a lone dash as no word', () => {
		const tokens = tokenize('It cost €420 million – a record.');
		expect(tokens[2].text).toBe('€420');
		expect('It cost €420 million – a record.'.slice(tokens[2].coreStart, tokens[2].coreEnd)).toBe(
			'€420'
		);
		expect(tokens[4]).toMatchObject({ text: '–', word: false });
	});

	it('reads quotation marks around a word', () => {
		const text = 'Sorvik called it “a model” for the coast.';
		const tokens = tokenize(text);
		expect(text.slice(tokens[3].coreStart, tokens[3].coreEnd)).toBe('a');
		expect(text.slice(tokens[4].coreStart, tokens[4].coreEnd)).toBe('model');
	});
});

describe('toggleWord and clozeOf', () => {
	const tokens = tokenize(SENTENCE);

	it('one tap hides a word; the prompt has the blank, the answer the word', () => {
		const one = toggleWord(tokens, null, 10);
		expect(one).toEqual({ from: 10, to: 10 });
		expect(clozeOf(SENTENCE, tokens, one!)).toEqual({
			prompt: 'The station, built by Nordtide (NTE), opened on 14 March ____ in Velmora’s harbour.',
			answer: '2024'
		});
	});

	it('tapping the next or previous word grows the run: one blank for adjacent words', () => {
		let selection = toggleWord(tokens, null, 9);
		selection = toggleWord(tokens, selection, 10);
		selection = toggleWord(tokens, selection, 8);
		expect(selection).toEqual({ from: 8, to: 10 });
		expect(clozeOf(SENTENCE, tokens, selection!)).toEqual({
			prompt: 'The station, built by Nordtide (NTE), opened on ____ in Velmora’s harbour.',
			answer: '14 March 2024'
		});
	});

	it('a second tap clears; an end word shrinks the run; a middle word clears it', () => {
		expect(toggleWord(tokens, { from: 4, to: 4 }, 4)).toBeNull();
		expect(toggleWord(tokens, { from: 8, to: 10 }, 10)).toEqual({ from: 8, to: 9 });
		expect(toggleWord(tokens, { from: 8, to: 10 }, 8)).toEqual({ from: 9, to: 10 });
		expect(toggleWord(tokens, { from: 8, to: 10 }, 9)).toBeNull();
	});

	it('a word away from the run moves the blank there', () => {
		expect(toggleWord(tokens, { from: 8, to: 10 }, 4)).toEqual({ from: 4, to: 4 });
		expect(isHidden({ from: 8, to: 10 }, 9)).toBe(true);
		expect(isHidden({ from: 8, to: 10 }, 4)).toBe(false);
		expect(isHidden(null, 4)).toBe(false);
	});

	it('keeps the punctuation around a hidden word', () => {
		expect(clozeOf(SENTENCE, tokens, { from: 5, to: 5 }).prompt).toContain('Nordtide (____),');
	});

	it('runs over a dash, which is not a word of its own', () => {
		const text = 'It cost €420 million – a record.';
		const dashed = tokenize(text);
		expect(toggleWord(dashed, null, 4)).toBeNull();
		expect(toggleWord(dashed, { from: 3, to: 3 }, 5)).toEqual({ from: 3, to: 5 });
	});
});

describe('selectionOfSpan', () => {
	it('covers the words of a character span', () => {
		const tokens = tokenize(SENTENCE);
		const at = SENTENCE.indexOf('14 March 2024');
		expect(selectionOfSpan(tokens, at, at + '14 March 2024'.length)).toEqual({ from: 8, to: 10 });
		expect(selectionOfSpan(tokens, 0, 0)).toBeNull();
	});
});
