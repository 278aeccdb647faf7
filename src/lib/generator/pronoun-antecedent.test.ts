import { describe, expect, it } from 'vitest';
import {
	antecedentCertain,
	openingPronoun,
	opensOnName,
	previousMeans,
	type Antecedent
} from './pronoun-antecedent';

const king: Antecedent = { nameWords: new Set(['edmund', 'iv']), pronoun: 'he' };
const minister = (name: string) => /^(?:Oswin Hale|Hale)$/u.test(name);

describe('antecedentCertain', () => {
	it('refuses a "he" after a sentence about another man of the same paragraph', () => {
		const previous = 'Hale lost the vote and left the council in 1612.';
		expect(antecedentCertain('He died in 1613 on his way to York.', previous, king, false)).toBe(
			false
		);
	});

	it('resolves a "he" after a sentence whose subject is the name', () => {
		const previous = 'Edmund IV crossed the river with a small army.';
		expect(antecedentCertain('He took the town in 1598.', previous, king, false)).toBe(true);
		expect(antecedentCertain('In 1598 he took the town.', previous, king, false)).toBe(true);
		expect(antecedentCertain('He took the town.', `In 1597, ${previous}`, king, false)).toBe(true);
	});

	it('refuses when the sentence before names another person too', () => {
		const titled = 'Edmund IV made Cardinal Oswin Hale his chancellor.';
		expect(antecedentCertain('He was then 40.', titled, king, false)).toBe(false);
		const known = 'Edmund IV quarrelled with Hale over the tax.';
		expect(antecedentCertain('He lost.', known, king, false, minister)).toBe(false);
	});

	it('refuses a possessive or a shared subject: the name is not the subject', () => {
		expect(opensOnName("Edmund's chief minister raised a tax.", king)).toBe(false);
		expect(opensOnName('Edmund and Hale raised a tax.', king)).toBe(false);
		expect(opensOnName('Edmund Grey raised a tax.', king)).toBe(false);
		expect(opensOnName('King Edmund raised a tax.', king)).toBe(true);
	});

	it('follows a chain of pronouns only when the one before was resolved', () => {
		const previous = 'He married again in 1601.';
		expect(antecedentCertain('He died in 1610.', previous, king, true)).toBe(true);
		expect(antecedentCertain('He died in 1610.', previous, king, false)).toBe(false);
	});

	it('never resolves a pronoun opening a text or a section, or of the wrong kind', () => {
		expect(antecedentCertain('He died in 1610.', '', king, false)).toBe(false);
		const previous = 'Edmund IV crossed the river.';
		expect(antecedentCertain('She died in 1610.', previous, king, false)).toBe(false);
	});

	it('resolves "it" after a sentence that opens on the thing or its head noun', () => {
		const press: Antecedent = {
			nameWords: new Set(['rotary', 'press']),
			heads: ['machine'],
			pronoun: 'it'
		};
		const byName = 'The Rotary Press printed on a roll of paper.';
		expect(antecedentCertain('It was faster than a flat bed.', byName, press, false)).toBe(true);
		const byHead = 'The machine printed on a roll of paper.';
		expect(previousMeans(byHead, press, false)).toBe(true);
		const other = 'The flat bed printed one sheet at a time.';
		expect(antecedentCertain('It was slow.', other, press, false)).toBe(false);
	});
});

describe('openingPronoun', () => {
	it('reads the pronoun after a fronted date or phrase', () => {
		expect(openingPronoun('In 1598 he took the town.')).toBe('he');
		expect(openingPronoun('After the siege, they left.')).toBe('they');
		expect(openingPronoun('Hale left.')).toBeUndefined();
	});
});
