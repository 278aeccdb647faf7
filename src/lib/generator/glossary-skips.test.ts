import { describe, expect, it } from 'vitest';
import { generateQuestions } from '$lib/generator';
import { sourceOf } from '$lib/courses/generate';
import { draftOf } from '$lib/courses/test-article';
import { looseTerm, skippedGlossaryLines } from './glossary-skips';
import { madeUpArticle } from './ideas.test-helpers';
import type { Sentence } from './text';

const now = Date.UTC(2026, 0, 2);

/** A student's pasted revision list of made-up terms, one line a paragraph. */
const TERMS = [
	'Velmocyte',
	'Lumen wall',
	'Ostrase',
	'Velm transport',
	'Lumen to velm size ratio',
	'Ostrin'
];
const NOTES = [
	'Velm revision',
	'- Velmocyte – a small cell that stores lumite in the velm gland.',
	'- Lumen wall – a rigid layer made of ostrin that surrounds velm cells.',
	'- Ostrase – a velm enzyme made of protein that breaks down lumite.',
	'- Velm transport – the movement of lumites against a velm gradient using energy.',
	'- Lumen to velm size ratio – a measure that falls as velms grow.',
	'- Ostrin – a tough fibre that, and',
	'- Velmocyte – a cell of the velm gland.'
].join('\n\n');

const sentence = (text: string, section = 'Velm cells') =>
	({ text, section, index: 0, doc: 'd-1' }) as unknown as Sentence;

describe('skippedGlossaryLines: the "Term – meaning" lines that gave no draft, and why (gen83)', () => {
	it('returns each skipped line with its reason code, in reading order', () => {
		const source = sourceOf(
			draftOf(NOTES, {
				title: 'Velm revision',
				outlet: '',
				format: 'markdown',
				emphasis: TERMS
			}),
			0,
			now
		);
		const generated = generateQuestions([source]);
		const quoted = new Set(generated.candidates.map((c) => c.question.source.quote));
		expect(quoted).toContain('Velmocyte – a small cell that stores lumite in the velm gland.');
		expect(generated.skipped.map(({ term, reason }) => [term, reason])).toEqual([
			['Lumen to velm size ratio', 'not-a-term'],
			['Ostrin', 'cut-off'],
			['Velmocyte', 'same-term']
		]);
		for (const line of generated.skipped) {
			expect(line.doc).toBe('d-1');
			expect(quoted.has(line.quote)).toBe(false);
		}
	});

	it('reads a line as glossary-like by its shape, not its meaning', () => {
		expect(looseTerm(sentence('Lumen to velm size ratio – a measure that falls.'))).toBe(
			'Lumen to velm size ratio'
		);
		expect(looseTerm(sentence('This is how it works: the velm heats up.'))).toBeUndefined();
		expect(looseTerm(sentence('note: bring a velm to class.'))).toBeUndefined();
		for (const line of [
			'Remember: a velm is not used up.',
			'Common mistakes: saying a velm “gives” lumite.',
			'Link the causes together: for example the velm war.'
		])
			expect(looseTerm(sentence(line))).toBeUndefined();
		expect(looseTerm(sentence('velmate: a salt of velmic acid.', 'Key terms'))).toBe('velmate');
	});

	// A student from Anki, session 37: "Mole – 6.02 × 10²³ particles …" and "Avogadro constant –
	// 6.02 × 10²³" gave no card and were not listed either: every such line is listed, with why.
	it('lists a line whose meaning opens with a number, saying so', () => {
		const { article } = madeUpArticle('Velm revision', [
			'# Velm cells',
			'Velmocyte – a small cell that stores lumite in the velm gland.',
			'Velm count – 4.5 × 10⁸ cells in one gland',
			'Ostrase – a velm enzyme made of protein that breaks down lumite.'
		]);
		expect(looseTerm(sentence('Velm count – 4.5 × 10⁸ cells in one gland'))).toBe('Velm count');
		const lines = skippedGlossaryLines(article, []);
		expect(lines.find((line) => line.term === 'Velm count')?.reason).toBe('number-meaning');
	});

	it('says which check refused a card it proposed, by the line', () => {
		const { article } = madeUpArticle('Velm revision', [
			'# Velm cells',
			'Velmocyte – a small cell that stores lumite in the velm gland.',
			'Lumen wall – a rigid layer made of ostrin that surrounds velm cells.',
			'Ostrase – a velm enzyme made of protein that breaks down lumite.'
		]);
		const quote = 'Ostrase – a velm enzyme made of protein that breaks down lumite.';
		const reasons = (refusedBy?: Map<string, string>) =>
			skippedGlossaryLines(article, [], refusedBy)
				.filter((line) => line.quote === quote)
				.map((line) => line.reason);
		expect(reasons(new Map([[quote, 'points-into-article']]))).toEqual(['points-into-page']);
		expect(reasons()).toEqual(['failed-check']);
	});
});
