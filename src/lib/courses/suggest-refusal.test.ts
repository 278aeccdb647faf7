import { describe, expect, it } from 'vitest';
import type { Salience } from '$lib/generator/salience';
import { refusal, unnamedPerson } from './suggest-refusal';

// Made-up sentences: each needs the sentence before it, unless `coreference.ts` named its
// subject (`resolved`), and then the named sentence must stand alone (suggest2, outsider teacher).
const sentence = (text: string) => ({ doc: 'd', index: 3, section: '', text });
const people = new Set(['Malm', 'Ostrid', 'Lund', 'Peder']);
const isPerson = (word: string) => people.has(word);
const why = (text: string, resolved?: string) =>
	refusal(sentence(text), text, resolved ? ({ resolved } as Salience) : undefined, isPerson);

describe('refusal', () => {
	it('leaves out a sentence that leans on the one before', () => {
		for (const text of [
			'It held that a state grows rich by selling more than it buys.',
			'This change ended the tariffs on imported cloth in Norvania.',
			'These reforms spread to Norvania within ten years of the vote.',
			'Such reforms spread to Norvania within ten years of the vote.',
			'The latter was a merchant of Kalby who traded in wool.',
			'He wrote three pamphlets against the tariffs of Norvania.',
			'Second, Brelund had a new chancellor after the election.',
			'Then the council of Kalby dropped the tariffs on wool.',
			'The participants were the kingdoms of Estavia, Norvania and Brelund.',
			'As an assistant to Peder Lund in Brelund, she wrote three pamphlets.',
			'Throughout her work, she calls the doctrine by its old name.',
			'Lund later married her in the cathedral of Kalby in 1731.',
			'Every hour she spends in the archive of Kalby turns up new letters.',
			'A crater on the far side of the Moon is named in his honour.',
			// docs30: "an example" of what? Where did the rain fall?
			'The Kessel Fault in Brelund is an example.',
			'The Ostrid Range in Estavia is a good example of this.',
			'About 200 millimetres of rain fell in five hours on the surrounding hills.',
			'Afterwards the council of Kalby spent 4 million on new walls.'
		])
			expect(why(text), text).toBe('needs the sentence before');
	});

	it('asks the sentence with its subject named, when that stands alone', () => {
		const text = 'She wrote three pamphlets against the tariffs of Norvania.';
		expect(why(text, 'Ostrid Malm wrote three pamphlets against the tariffs of Norvania.')).toBe(
			undefined
		);
		// Named, but another pointer is left: still not asked.
		expect(why(text, 'Ostrid Malm wrote this pamphlet against the tariffs.')).toBe(
			'needs the sentence before'
		);
	});

	it('keeps a sentence whose pronoun its own name resolves', () => {
		expect(why('Ostrid Malm wrote three pamphlets before her death in 1760.')).toBeUndefined();
		expect(why('Malm took a post in Kalby in 1740, a post she held until 1755.')).toBeUndefined();
		expect(
			why('The kingdoms of Estavia and Brelund raised their tariffs in 1733.')
		).toBeUndefined();
	});

	it('leaves out "see …" references and a "today" that dates the claim', () => {
		expect(why('For the origins of the word verlandism, see Lund.')).toBe('reference');
		expect(why('Today Ostrid Malm is remembered as the first critic of the tariffs.')).toBe(
			'needs the article'
		);
	});
});

describe('unnamedPerson', () => {
	it('needs a person before "he" or "she", any name before "they"', () => {
		expect(unnamedPerson('In Kalby she wrote three pamphlets.', isPerson)).toBe(true);
		expect(unnamedPerson('Malm wrote that she would not stay.', isPerson)).toBe(false);
		expect(unnamedPerson('Estavia and Brelund kept their tariffs.', isPerson)).toBe(false);
		expect(unnamedPerson('Their land was sold to pay the tariffs.', isPerson)).toBe(true);
	});

	// docs30: a coasts handout had four suggestions, its "they" sentences all refused.
	it('takes a plural noun before "they" or "their" for whom it means', () => {
		expect(
			unnamedPerson('Constructive waves have a strong swash, so they build up beaches.', isPerson)
		).toBe(false);
		expect(unnamedPerson('Shield volcanoes are wide because their lava is runny.', isPerson)).toBe(
			false
		);
		expect(unnamedPerson('This always meant that they lost.', isPerson)).toBe(true);
	});

	it('still refuses a plural subject that names no one: what happened, to whom, where?', () => {
		expect(why('Many farmers lost their land and moved to the towns.')).toBe(
			'needs the sentence before'
		);
	});

	// Outsider teacher, issue 12: list sentences were suggested.
	it('leaves out a list: an item, an enumeration, a list without markers', () => {
		const item = 'Kalby was the chief port of the League for two hundred years.';
		const marked = `The towns of the League:\n- ${item}\n- Norvania sent its timber through Kalby.`;
		expect(refusal(sentence(item), marked)).toBe('list');
		const listing = 'The League traded in fish, timber, grain, furs and amber from Norvania.';
		expect(refusal(sentence(listing), listing)).toBe('list');
		const members = 'Its members included Kalby, Brelund, Estavia and the free town of Norvania.';
		expect(refusal(sentence(members), members)).toBe('list');
		const lines =
			'Kalby harbour and its walls\nThe salt road to Brelund\nThe timber trade of Norvania';
		expect(refusal(sentence('The salt road to Brelund and on to the coast'), lines)).toBe('list');
		// A sentence with commas around a clause is no list.
		const clause = 'In 1358, the League, led by Kalby, stopped all trade with Brelund for a year.';
		expect(refusal(sentence(clause), clause)).toBeUndefined();
	});
});
