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

	// gen88: "The yard – …", "heart rate: beats per minute", "pH – 7 is neutral" gave no draft and
	// were listed nowhere: a term after its article, and a lower-case term, are terms anywhere.
	it('reads a term after "The" and a lower-case term outside a key-terms list', () => {
		expect(looseTerm(sentence('The velm yard – open space round the stage.'))).toBe(
			'The velm yard'
		);
		expect(looseTerm(sentence('velm rate: beats per minute'))).toBe('velm rate');
		expect(looseTerm(sentence('vH – 7 is neutral, below 7 lumic'))).toBe('vH');
		expect(looseTerm(sentence('ostrogen – harder to detect'))).toBe('ostrogen');
		expect(looseTerm(sentence('Revolt of the Velm Earls (1075) – the last revolt.'))).toBe(
			'Revolt of the Velm Earls'
		);
		expect(looseTerm(sentence('Velmstone / lumale: made from fine velm.'))).toBe(
			'Velmstone / lumale'
		);
		expect(looseTerm(sentence('Aerovelm – "with velm"'))).toBe('Aerovelm');
		for (const line of [
			'good: only product is velm',
			'why: the velm cools',
			'The velm is hot: see below.'
		])
			expect(looseTerm(sentence(line))).toBeUndefined();
	});

	it('lists a lower-case term’s line with the reason the glossary kind gave', () => {
		const { article } = madeUpArticle('Velm revision', [
			'Velm – a grey solid that forms on old jars.',
			'Lumite – a grey solid that forms on new jars.',
			'vH – 7 is neutral, below 7 lumic',
			'velm rate: beats per minute'
		]);
		expect(skippedGlossaryLines(article, []).map((l) => [l.term, l.reason])).toContainEqual([
			'vH',
			'number-meaning'
		]);
		expect(skippedGlossaryLines(article, []).map((l) => l.term)).toContain('velm rate');
	});

	it('lists a line whose meaning opens with a capital or a symbol as no meaning (gen88)', () => {
		const { article } = madeUpArticle('Velm revision', [
			'Velm – a grey solid that forms on old jars.',
			'Lumite – a grey solid that forms on new jars.',
			'Stable velm – Parliament protected the velm trade.',
			'Velm rate: % of lumites that can read.'
		]);
		// The first two are listed too: no draft was kept here (`kept` is empty).
		expect(
			skippedGlossaryLines(article, [])
				.map((l) => [l.term, l.reason])
				.slice(2)
		).toEqual([
			['Stable velm', 'not-a-meaning'],
			['Velm rate', 'not-a-meaning']
		]);
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
