import { describe, expect, it } from 'vitest';
import { buildLexicon } from '$lib/generator/facts';
import { MADE_UP_ARTICLE } from './test-article';
import {
	blankCandidates,
	definitionCard,
	documentFacts,
	documentSentences,
	emptyLexicon,
	suggestBlank,
	wrongChoices
} from './cloze-suggest';

// The made-up Velmora report, and one more paragraph of names to draw wrong choices from.
const TEXT = [
	MADE_UP_ARTICLE,
	'Velmora is a fishing town on the northern coast of Estavia, known for its herring market.',
	'Minister Karl Edvin met Mayor Ilse Marquardt and engineer Petra Lind in Velmora in 2022.'
].join('\n\n');
const lexicon = buildLexicon(documentSentences('d', TEXT));
const facts = documentFacts('d', TEXT, lexicon, '2024-03-20');

const span = (sentence: string, s?: { start: number; end: number }) =>
	s && sentence.slice(s.start, s.end);

describe('suggestBlank', () => {
	it('finds a capitalised name inside the sentence and a technical term (issue 12, outsider)', () => {
		const named =
			'The dam was designed by the hydraulic engineer Marta Holmqvist, who had built canals.';
		expect(span(named, suggestBlank(named, emptyLexicon()))).toBe('Marta Holmqvist');
		const term =
			'Most farmers of the period believed in the humour theory, which held that drought was sent by bad air.';
		expect(suggestBlank(term, emptyLexicon())).toMatchObject({ kind: 'a key term' });
		expect(span(term, suggestBlank(term, emptyLexicon()))).toBe('humour theory');
	});

	it('offers the next suggestion on the next turn, then wraps round', () => {
		const sentence = 'In 1871 the engineer Marta Holmqvist finished the dam at Kalby Hill.';
		const all = blankCandidates(sentence, emptyLexicon()).map((c) => span(sentence, c));
		expect(all).toEqual(expect.arrayContaining(['1871', 'Marta Holmqvist', 'Kalby Hill']));
		expect(new Set(all).size).toBe(all.length);
		const turns = [0, 1, 2, 3].map((t) =>
			span(sentence, suggestBlank(sentence, emptyLexicon(), t))
		);
		expect(turns[1]).not.toBe(turns[0]);
		expect(turns[all.length % 4]).toBe(turns[0]);
	});

	it('never offers the capitalised first word of a sentence as a name', () => {
		const sentence = 'Borings showed that the rock lay deeper than expected.';
		expect(blankCandidates(sentence, emptyLexicon())).toEqual([]);
	});

	it('suggests a name the sentence carries', () => {
		const sentence = 'Sorvik welcomed Varnian President Odo Brandt to the opening.';
		const suggestion = suggestBlank(sentence, lexicon);
		expect(suggestion?.kind).toBe('a name');
		expect(span(sentence, suggestion)).toBe('Sorvik');
	});

	it('suggests a year or a date, even before the document’s names are read', () => {
		const sentence = 'Construction began in 2018, when the national government approved the plan.';
		expect(suggestBlank(sentence, emptyLexicon())).toMatchObject({ kind: 'a year' });
		expect(span(sentence, suggestBlank(sentence, emptyLexicon()))).toBe('2018');
		const dated = 'The station began supplying electricity on 14 March 2024.';
		expect(span(dated, suggestBlank(dated, emptyLexicon()))).toBe('14 March 2024');
	});

	it('suggests a figure with its unit sign, and the term a sentence defines', () => {
		const money = 'The project cost €420 million in the end.';
		expect(span(money, suggestBlank(money, emptyLexicon()))).toBe('€420 million');
		const defined =
			'A tidal turbine is a machine that turns the flow of the tide into electricity.';
		expect(suggestBlank(defined, emptyLexicon())).toMatchObject({ kind: 'a key term' });
		expect(span(defined, suggestBlank(defined, emptyLexicon()))).toBe('A tidal turbine');
	});

	it('suggests nothing in a sentence with no name, figure or term', () => {
		expect(
			suggestBlank('it was very cold and windy that morning.', emptyLexicon())
		).toBeUndefined();
	});
});

describe('a school definition by what happens', () => {
	it('suggests the term of "X is when …" or "X is where …" as a blank', () => {
		// Outsider teacher, 2026-12-03: "Suggest a blank" found nothing in her handout's sentence.
		const attrition =
			'Attrition is when stones carried by the river knock against each other and break into smaller pieces.';
		const at = (sentence: string) => {
			const found = suggestBlank(sentence, lexicon);
			return found && sentence.slice(found.start, found.end);
		};
		expect(at(attrition)).toBe('Attrition');
		expect(at('A confluence is where two rivers meet.')).toBe('confluence');
		expect(at('Hydraulic action is when the force of the water wears the banks.')).toBe(
			'Hydraulic action'
		);
		// Not a term: a pronoun, or a time.
		expect(at('It is when the river floods that fields are renewed.')).toBeUndefined();
	});
});

describe('wrongChoices', () => {
	it('years near the year, none the document names, none after its year', () => {
		const result = wrongChoices(
			'2018',
			'Construction began in 2018, when the plan was approved.',
			facts
		);
		expect(result.ok).toBe(true);
		const wrong = result.ok ? result.wrong : [];
		expect(wrong).toHaveLength(3);
		for (const year of wrong.map(Number)) {
			expect(Math.abs(year - 2018)).toBeLessThanOrEqual(9);
			expect(year).toBeLessThanOrEqual(2024);
			expect(['2017', '2019', '2021', '2022', '2023', '2024', '2029']).not.toContain(String(year));
		}
	});

	it('figures of the same scale, written alike', () => {
		const result = wrongChoices(
			'38,000',
			'The station would cover the needs of about 38,000 households.',
			facts
		);
		const wrong = result.ok ? result.wrong : [];
		expect(wrong).toHaveLength(3);
		for (const value of wrong) {
			expect(value).toMatch(/^\d{1,3},\d{3}$/);
			const n = Number(value.replace(/,/g, ''));
			expect(n / 38000).toBeGreaterThanOrEqual(0.4);
			expect(n / 38000).toBeLessThanOrEqual(3);
		}
	});

	it('names of people from the same document, none named in the sentence', () => {
		const sentence = 'Sorvik welcomed Varnian President Odo Brandt to the opening.';
		const result = wrongChoices('Odo Brandt', sentence, facts);
		const wrong = result.ok ? result.wrong : [];
		expect(wrong.length).toBeGreaterThanOrEqual(2);
		for (const name of wrong) {
			expect(sentence).not.toContain(name);
			expect(name).toMatch(/^\p{Lu}/u);
		}
	});

	it('a surname gets the other people’s surnames, and a planned year later ones too', () => {
		const result = wrongChoices(
			'Sorvik',
			'Sorvik called the station a model for the coast.',
			facts
		);
		expect(result.ok && result.wrong).toHaveLength(3);
		for (const name of result.ok ? result.wrong : []) expect(name).toMatch(/^\p{Lu}\p{Ll}+$/u);
		const plan = wrongChoices(
			'2029',
			'Nordtide plans a second station at Brennvik by 2029.',
			facts
		);
		expect(plan.ok && plan.wrong).toHaveLength(3);
	});

	it('says why when the blank is no name, figure or date', () => {
		const result = wrongChoices(
			'herring',
			'Fishermen feared the turbines would drive away the herring.',
			facts
		);
		expect(result).toEqual({
			ok: false,
			reason: expect.stringMatching(/^Wrong choices are suggested for a name/)
		});
	});
});

describe('definitionCard', () => {
	it('asks "What is X?" when the sentence defines X', () => {
		expect(
			definitionCard('Velmora is a fishing town on the northern coast of Estavia.', lexicon)
		).toEqual({
			prompt: 'What is Velmora?',
			answer: 'A fishing town on the northern coast of Estavia'
		});
		expect(
			definitionCard('The Brennvik Dam was a wall of stone across the river.', lexicon)?.prompt
		).toBe('What was the Brennvik Dam?');
		// The article that opened the sentence is lower case inside the question.
		expect(definitionCard('A meander is a bend in a river channel.', lexicon)?.prompt).toBe(
			'What is a meander?'
		);
	});

	it('offers nothing when the sentence defines nothing or leans on the article', () => {
		expect(definitionCard('Sorvik opened the station on its first day.', lexicon)).toBeUndefined();
		expect(definitionCard('It is a model for the whole coast.', lexicon)).toBeUndefined();
		expect(definitionCard('The operation was a success for everyone.', lexicon)).toBeUndefined();
	});
});
