import { describe, expect, it } from 'vitest';
import {
	containerForContents,
	cutBeforeExamples,
	glossGoesOn,
	keyRestatesTerm,
	roleKey,
	sizeDescription
} from './key-restates';

describe('keyRestatesTerm', () => {
	it('refuses a key that spells its term back', () => {
		expect(
			keyRestatesTerm('pear roof', 'A curved roof shaped like a pear, common in old towns')
		).toBe(true);
		expect(keyRestatesTerm('underworld', 'The world under the ground')).toBe(true);
		expect(keyRestatesTerm('stone wall', 'A wall of stone')).toBe(true);
	});
	it('keeps a key that adds what the term does not say', () => {
		expect(
			keyRestatesTerm('pear roof', 'A curved roof that drains rain into a central gutter')
		).toBe(false);
		expect(
			keyRestatesTerm('ice shelf', 'A thick floating platform of ice joined to the land')
		).toBe(false);
		expect(keyRestatesTerm('lantern', 'A lamp with a transparent case')).toBe(false);
		expect(keyRestatesTerm('underworld', 'The kingdom of the dead')).toBe(false);
	});
});

describe('cutBeforeExamples', () => {
	const sentence = 'Reptile – a scaly animal, such as a lizard or snake, that lays eggs on land.';
	it('refuses a key cut before its examples and relative clause', () => {
		expect(cutBeforeExamples('A scaly animal', sentence)).toBe(true);
	});
	it('keeps a whole gloss or examples that end the sentence', () => {
		expect(
			cutBeforeExamples(
				'A scaly animal that lays eggs on land',
				'Reptile – a scaly animal that lays eggs on land.'
			)
		).toBe(false);
		expect(
			cutBeforeExamples('A scaly animal', 'Reptile – a scaly animal, such as a lizard or snake.')
		).toBe(false);
	});
});

describe('containerForContents', () => {
	it('refuses a plural container named by a singular mass noun', () => {
		expect(
			containerForContents(
				'slush',
				'Pools of half-melted snow',
				'The road held pools of half-melted snow called slush.'
			)
		).toBe(true);
	});
	it('keeps a plural name or a singular container', () => {
		expect(
			containerForContents('shoals', 'Groups of fish', 'They swim in groups of fish called shoals.')
		).toBe(false);
		expect(
			containerForContents(
				'shoal',
				'A group of fish',
				'They swim in a group of fish called a shoal.'
			)
		).toBe(false);
	});
});

describe('roleKey and sizeDescription', () => {
	it('refuses a role or a size as a meaning', () => {
		expect(roleKey('The raw material for new breeds')).toBe(true);
		expect(roleKey('The basis of the legal system')).toBe(true);
		expect(sizeDescription('A plain iron stove, light enough to carry on one shoulder')).toBe(true);
	});
	it('keeps a real definition', () => {
		expect(roleKey('The differences between members of one group')).toBe(false);
		expect(sizeDescription('A plain iron stove that burns wood to heat a room')).toBe(false);
		expect(
			sizeDescription('Rays like sound but of a higher pitch, high enough to be unheard')
		).toBe(false);
		expect(
			sizeDescription('A stove with a door for wood, small enough to carry on one shoulder')
		).toBe(false);
	});
});

describe('glossGoesOn', () => {
	it('sees a gloss continued in the next sentence', () => {
		expect(glossGoesOn('You count the plants inside the strip.')).toBe(true);
		expect(glossGoesOn('We mark each plant that touches the strip.')).toBe(true);
	});
	it('keeps an entry followed by another entry or nothing', () => {
		expect(glossGoesOn('Belt transect – a strip marked by two tapes.')).toBe(false);
		expect(glossGoesOn(undefined)).toBe(false);
		expect(glossGoesOn('It can be folded away when not in use.')).toBe(false);
	});
});
