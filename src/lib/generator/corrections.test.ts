import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Question } from '../content/schema';
import { applyCorrections, concerns, parseCorrections, type Correction } from './corrections';
import { contentWords } from './centrality';

// A made-up article with one wrong sentence: the treaty was signed in 1920, not 1921.
const sentence = 'The treaty was signed in 1921 in Paris by both kingdoms.';
const correction: Correction = {
	doc: 'made-up',
	passage: 'signed in 1921 in Paris',
	wrong: ['1921'],
	note: 'Correction: the treaty was signed in 1920.'
};

function question(over: Partial<Question>): Question {
	return {
		id: 'q-test',
		type: 'cloze',
		prompt: 'The treaty was signed in ____ in Paris by both kingdoms.',
		answer: '1921',
		explanation: 'From the article.',
		source: { doc: 'made-up', quote: sentence },
		fact: 'treaty',
		topics: ['history'],
		difficulty: 2,
		origin: 'generated',
		...over
	};
}

describe('applyCorrections', () => {
	it('drops a question that shows the wrong words, in any field', () => {
		const asAnswer = question({ id: 'q-answer' });
		const inPrompt = question({
			id: 'q-prompt',
			prompt: 'The treaty was signed in 1921 in ____ by both kingdoms.',
			answer: 'Paris'
		});
		const asChoice = question({
			id: 'q-choice',
			type: 'mcq',
			prompt: 'Where was the treaty signed?',
			answer: 'Paris',
			choices: ['Paris', 'Rome', '1921 Vienna', 'Berlin']
		});
		const result = applyCorrections([asAnswer, inPrompt, asChoice], [correction]);
		expect(result.questions).toEqual([]);
		expect(result.dropped.map((d) => d.question.id)).toEqual(['q-answer', 'q-prompt', 'q-choice']);
		expect(result.dropped[0].note).toBe(correction.note);
	});

	it('keeps a question on the passage that avoids the error, with the note appended once', () => {
		const q = question({
			id: 'q-where',
			type: 'short',
			prompt: 'In which city did both kingdoms sign the treaty?',
			answer: 'Paris'
		});
		const once = applyCorrections([q], [correction]);
		expect(once.annotated).toBe(1);
		expect(once.questions[0].explanation).toBe(`From the article. ${correction.note}`);
		const twice = applyCorrections(once.questions, [correction]);
		expect(twice.questions[0].explanation).toBe(once.questions[0].explanation);
		expect(twice.annotated).toBe(0);
	});

	it('keeps an editor’s question that shows the error but already states the correction', () => {
		const q = question({
			origin: 'written',
			explanation: `The article says 1921. ${correction.note}`
		});
		expect(applyCorrections([q], [correction]).questions).toEqual([q]);
	});

	it('leaves questions on other passages or documents alone', () => {
		const other = question({
			source: { doc: 'made-up', quote: 'Both kingdoms had long been at war.' }
		});
		const otherDoc = question({ source: { doc: 'another', quote: sentence } });
		const result = applyCorrections([other, otherDoc], [correction]);
		expect(result.questions).toEqual([other, otherDoc]);
		expect(result.annotated).toBe(0);
	});

	it('gives no note to a question on another sentence of a longer quote (issue 12/14)', () => {
		// The Gülenist card showed "Correction: Erdoğan had no inauguration in 2019".
		const quote = `Both kingdoms had long been at war. ${sentence}`;
		const q = question({
			type: 'truefalse',
			prompt: 'Both kingdoms had long been at war.',
			answer: 'true',
			source: { doc: 'made-up', quote }
		});
		const result = applyCorrections([q], [correction]);
		expect(result.questions).toEqual([q]);
		expect(result.annotated).toBe(0);
		expect(concerns(q, correction)).toBe(false);
		const about = question({ prompt: 'Both kingdoms signed a treaty in Paris.', answer: 'true' });
		expect(concerns({ ...about, source: { doc: 'made-up', quote } }, correction)).toBe(true);
	});

	it('matches a quote that is only part of the passage', () => {
		const q = question({ source: { doc: 'made-up', quote: 'in 1921' } });
		expect(applyCorrections([q], [correction]).dropped).toHaveLength(1);
	});
});

describe('questions/corrections.json', () => {
	const corrections = parseCorrections(
		JSON.parse(readFileSync('questions/corrections.json', 'utf8'))
	);

	it('quotes each erroneous passage exactly from its course copy', () => {
		for (const c of corrections) {
			const text = readFileSync(`questions/sources/${c.doc}.md`, 'utf8').replace(/\s+/g, ' ');
			expect(text, c.passage).toContain(c.passage);
		}
	});

	it('names wrong words that occur in the passage', () => {
		for (const c of corrections)
			for (const word of c.wrong)
				expect(c.passage.toLowerCase(), c.note).toContain(word.toLowerCase());
	});

	it('leaves no shipped question teaching a known error', () => {
		const bank: { questions: Question[] } = JSON.parse(readFileSync('questions/bank.json', 'utf8'));
		const again = applyCorrections(bank.questions, corrections);
		expect(again.dropped.map((d) => d.question.id)).toEqual([]);
		expect(again.annotated).toBe(0);
	});

	// Whole bank: a note in a question's explanation corrects that question's own fact. A
	// true/false card's note shares a content word with its statement or the explanation before
	// the note (the correction of THIS statement, not of a neighbouring sentence of its quote).
	it('puts each note only on questions about its fact; true/false notes share their subject', () => {
		const bank: { questions: Question[] } = JSON.parse(readFileSync('questions/bank.json', 'utf8'));
		let notes = 0;
		for (const q of bank.questions)
			for (const c of corrections) {
				if (!q.explanation.includes(c.note)) continue;
				notes++;
				expect(concerns(q, c), `${q.id}: ${c.note}`).toBe(true);
				if (q.type !== 'truefalse') continue;
				const noted = contentWords(c.note);
				const own = contentWords(`${q.prompt} ${q.explanation.replace(c.note, '')}`);
				expect(
					[...noted].some((word) => own.has(word)),
					`${q.id}: ${c.note}`
				).toBe(true);
			}
		expect(notes).toBeGreaterThan(0);
	});

	it('rejects a malformed file with the field named', () => {
		expect(() => parseCorrections({ version: 1, corrections: [{ doc: 'x' }] })).toThrow(
			/corrections\.json corrections\.0\.passage/
		);
	});
});
