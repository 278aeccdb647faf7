import { describe, expect, it } from 'vitest';
import { articleIdeas } from './idea-drafts';
import { madeUpArticle } from './ideas.test-helpers';
import { dashLine, noteFormPassive, verblessClaim } from './idea-clause';

/** A made-up class handout whose key dates are list items of noun phrases (H10's Weimar handout), each read as its own sentence. */
const velmor = [
	'The Republic of Velmor was founded in 1871 after the long war with Dunmere ended.',
	'Its first years were hard, and prices rose quickly after the harvest failed in 1874.',
	'Key dates to learn:',
	'The Harrow Accord of 1876, which cut the river tolls and brought grain from Elsby into the capital.',
	'The Tolland Pact of 1879, which ended the border raids and opened the northern passes to trade.',
	"Velmor's entry into the Northern League in 1883.",
	'The Harrow Accord of 1876 cut the river tolls for every barge.',
	'In 1883 Velmor joined the Northern League as its fifth member.',
	'The old capital of Marren burned down in 1889 and was never rebuilt.'
];

describe('a true-or-false statement is a clause (blind review H10 S31 S43 S44)', () => {
	it('refuses a noun phrase whose only verb lies in its relative clause', () => {
		expect(
			verblessClaim(
				'The Harrow Accord of 1876, which cut the river tolls and brought grain from Elsby into the capital.'
			)
		).toBe(true);
		expect(verblessClaim("Velmor's entry into the Northern League in 1883.")).toBe(true);
		expect(verblessClaim('The pact that ended the raids in 1879.')).toBe(true);
	});

	it('keeps a clause, whatever its verb', () => {
		for (const text of [
			'The Harrow Accord of 1876 cut the river tolls for every barge.',
			'In 1883 Velmor joined the Northern League as its fifth member.',
			'The Tolland Pact of 1879 reorganised the border posts.',
			'The crash of 1929 and the slump that followed dried up money for artists.',
			'One of the first sailors who traded with Elsby was Jonas Berg.',
			'Anna Kell first isolated the metal by electrolysis in 1807.',
			'The northern peoples rose against the new taxes in 1904.',
			'Plants make glucose in their leaves when light falls on them.',
			'The history of the town refers to its records since 1412.'
		])
			expect([text, verblessClaim(text)]).toEqual([text, false]);
	});

	it("gives no true-or-false draft of a handout's list of noun phrases", () => {
		const ideas = articleIdeas(madeUpArticle('Velmor, 1871–1889 (class handout)', velmor).article);
		const statements = ideas.filter((i) => i.type === 'truefalse').map((i) => i.sentence.text);
		expect(statements.filter((t) => /Accord of 1876,|Pact of|entry into/u.test(t))).toEqual([]);
	});
});

describe('a list or timeline line is no true-or-false statement (blind review H12, gen49)', () => {
	it('reads "Label – what it stands for" as a line, not an aside or two clauses', () => {
		expect(
			dashLine(
				'Operation Storm – Varn’s failed attempt to relieve the Sixth Army in December 1942.'
			)
		).toBe(true);
		expect(dashLine('About 2018 – For the first time, more people live in towns.')).toBe(true);
		expect(dashLine('1454 – Ivo of Varn becomes Lord Protector.')).toBe(true);
		expect(dashLine('The dam – the largest in Ostra – was completed in 1970.')).toBe(false);
		expect(dashLine('In 1960 work began – the dam was finished in 1970.')).toBe(false);
		expect(dashLine('The Ostra Dam was completed in 1970.')).toBe(false);
	});
});

describe('a note’s passive with its "was" dropped is no statement (blind review H29 S65)', () => {
	it('reads a subject, an object-taking participle and a time, place or agent as note form', () => {
		for (const text of [
			'Velm Guard (border police) set up in March 1871.',
			'Harrow Accord signed in 1876.',
			'Tolland Pact signed by both kings at Elsby.',
			'The northern canal built in 1880.',
			'Marren taken by the rebels in 1889.',
			'New council elected.'
		])
			expect([text, noteFormPassive(text)]).toEqual([text, true]);
	});

	it('keeps a clause: a finite verb, an object, an intransitive verb, a verb after the participle', () => {
		for (const text of [
			'The Velm Guard was set up in March 1871.',
			'Anna Kell set up the Velm Guard in 1871.',
			'The long war with Dunmere ended in 1871.',
			'The old mill opened in 1880.',
			'The party founded in 1903 won the first vote.',
			'The canal built in 1880 carried grain to the capital.',
			'In 1883 Velmor joined the Northern League.'
		])
			expect([text, noteFormPassive(text)]).toEqual([text, false]);
	});
});
