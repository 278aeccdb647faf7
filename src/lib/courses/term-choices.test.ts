import { describe, expect, it } from 'vitest';
import { BLANK } from './cloze';
import { fixtureQuestion } from './fixtures.test-helpers';
import { definedTerms, termChoices } from './term-choices';

/** The outsider teacher's rivers handout (2026-12-03), a paragraph of definitions. */
const RIVERS = [
	'Rivers',
	'A meander is a bend in a river channel. Attrition is when stones carried by the river knock against each other and break into smaller, rounder pieces. Hydraulic action is the force of the water against the banks and bed of the river.',
	'Abrasion is when rocks carried by the river scrape the bed and banks. An ox-bow lake is a curved lake formed when a meander is cut off from the river. Evaporation and transpiration together are called evapotranspiration.',
	'The Severn flows through Shrewsbury. It floods most winters.'
].join('\n\n');
const ATTRITION = RIVERS.split('. ')[1] + '.';
const course = { questions: [], documents: [{ id: 'u-1:d-1', text: RIVERS }] };

describe('definedTerms', () => {
	it('gives each term a document defines as a blank’s key and its meaning as a card’s back', () => {
		const terms = definedTerms('u-1:d-1', RIVERS);
		expect(terms.filter((t) => t.prompt.includes(BLANK)).map((t) => t.answer)).toEqual([
			'meander',
			'Attrition',
			'Hydraulic action',
			'Abrasion',
			'ox-bow lake',
			'evapotranspiration'
		]);
		expect(terms.filter((t) => !t.prompt.includes(BLANK)).map((t) => [t.prompt, t.answer])).toEqual(
			expect.arrayContaining([
				['What is a meander?', 'A bend in a river channel'],
				[
					'What is Attrition?',
					'When stones carried by the river knock against each other and break into smaller, rounder pieces'
				]
			])
		);
	});
});

describe('termChoices', () => {
	it('offers the course’s other key terms for a hidden term, in the key’s case', () => {
		const prompt = ATTRITION.replace('Attrition', BLANK);
		const made = termChoices('Attrition', prompt, { doc: 'u-1:d-1', quote: ATTRITION }, course);
		expect(made.ok).toBe(true);
		if (!made.ok) return;
		expect(made.wrong).toHaveLength(3);
		for (const choice of made.wrong)
			expect([
				'Meander',
				'Hydraulic action',
				'Abrasion',
				'Ox-bow lake',
				'Evapotranspiration'
			]).toContain(choice);
		// In mid-sentence the terms are lower case, as the blank's own answer.
		const called = 'Evaporation and transpiration together are called ____.';
		const mid = termChoices('evapotranspiration', called, { doc: 'u-1:d-1', quote: '' }, course);
		expect(mid.ok && mid.wrong.every((w) => /^\p{Ll}/u.test(w))).toBe(true);
	});

	it('offers other definitions for a definition, and other questions’ terms but no names', () => {
		const questions = [
			fixtureQuestion('u-1:q-1', 'cloze', {
				prompt: `${BLANK} is the wearing away of the land by water.`,
				answer: 'Erosion',
				fact: 'u-1:d-1-term-0abcdef1'
			}),
			// A place is no term's wrong choice.
			fixtureQuestion('u-1:q-2', 'cloze', {
				prompt: `The ${BLANK} flows through Shrewsbury.`,
				answer: 'Severn',
				fact: 'u-1:d-1-place-0abcdef1'
			})
		];
		const withQuestions = { ...course, questions };
		const term = termChoices(
			'Abrasion',
			`${BLANK} is when rocks …`,
			{ doc: 'u-1:d-1', quote: '' },
			withQuestions
		);
		expect(term.ok && term.wrong).not.toContain('Severn');
		const all = termChoices(
			'Abrasion',
			`${BLANK} is when rocks …`,
			{ doc: 'u-1:d-1', quote: '' },
			{
				...withQuestions,
				documents: []
			}
		);
		expect(all).toEqual({ ok: true, wrong: ['Erosion'] });
		const meaning = termChoices(
			'A bend in a river channel',
			'What is a meander?',
			{ doc: 'u-1:d-1', quote: 'A meander is a bend in a river channel.' },
			course
		);
		// None: "When stones … knock" (a process) is ruled out by its kind, and the one other
		// landform, "A curved lake formed when a meander is cut off from the river", names the
		// meander, so a student rules it out by its words (teach49, `askedTerm`); the writer says
		// to write three (ClozeWriter).
		expect(meaning.ok).toBe(false);
		// Its three erosion processes are of one kind: hydraulic action's "the force of the
		// water" was a kind of its own, and attrition got abrasion alone.
		const process = termChoices(
			'When stones carried by the river knock against each other and break into smaller, rounder pieces',
			'What is Attrition?',
			{ doc: 'u-1:d-1', quote: ATTRITION },
			course
		);
		expect(process.ok && [...process.wrong].sort()).toEqual([
			'The force of the water against the banks and bed of the river',
			'When rocks carried by the river scrape the bed and banks'
		]);
	});

	it('says why when the course has no other term', () => {
		const alone = {
			questions: [],
			documents: [{ id: 'd', text: 'Attrition is when stones break.' }]
		};
		const made = termChoices(
			'Attrition',
			`${BLANK} is when stones break.`,
			{ doc: 'd', quote: '' },
			alone
		);
		expect(made.ok).toBe(false);
		if (!made.ok) expect(made.reason).toMatch(/no other key term.*write three yourself/);
	});
});
