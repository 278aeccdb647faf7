import { describe, expect, it } from 'vitest';
import { nameForIdeas } from './idea-name-for';
import { garbledPrompt } from './idea-sense';
import { madeUpArticle } from './ideas.test-helpers';

const asked = (blocks: string[], emphasis: string[]) =>
	nameForIdeas(madeUpArticle('Velm Craft', blocks, emphasis).article).map((i) => [
		i.prompt,
		i.answer
	]);

describe('a handout naming sentence as a reverse card: "A person who … is called a T." (gen66)', () => {
	it('asks the bold term of a whole description, in the tense and with the hedge the text gives', () => {
		expect(
			asked(
				[
					'Velm craft is the old art of shaping salt blocks by hand.',
					'A person who carves and polishes salt blocks is called a velmwright, and many towns once had one.',
					'A flock of marsh geese is sometimes called a skein.',
					'The ruler of Kestany was called the orlan, a title meaning "first of the salt".',
					'A sealed chamber with one small vent that keeps the salt dry through the wet season is now called a dry vault.',
					'Workers who hauled the blocks down to the river were called draggers (or haulers).',
					'The workers lived in huts by the water.'
				],
				['velmwright', 'skein', 'orlan', 'dry vault', 'draggers']
			)
		).toEqual([
			['What is a person who carves and polishes salt blocks called?', 'Velmwright'],
			['What is a flock of marsh geese sometimes called?', 'Skein'],
			['What was the ruler of Kestany called?', 'Orlan'],
			[
				'What is the name for a sealed chamber with one small vent that keeps the salt dry through the wet season?',
				'Dry vault'
			],
			['What was the name for workers who hauled the blocks down to the river?', 'Draggers']
		]);
	});

	it('asks nothing of a term not set in bold, a phrase that points back or gives the term away', () => {
		expect(
			asked(
				[
					'Velm craft is the old art of shaping salt blocks by hand.',
					'A person who sells the finished blocks is called a trader.',
					'A row of blocks like this is called a course.',
					'Shaping the blocks in this way is called dressing.',
					'Salt that is carved by hand is called hand salt.',
					'Today she is usually known as the Salt Queen.',
					'What followed is often called the Salt War.',
					'Blocks, dried and stacked, are called stacks.',
					'A block of 1,000 grains was called a tally.'
				],
				['course', 'dressing', 'hand salt', 'Salt Queen', 'Salt War', 'stacks', 'tally']
			)
		).toEqual([]);
	});

	it('reads a reverse prompt’s relative clause as part of its phrase, not as a garbled subject', () => {
		expect(garbledPrompt('What is a person who makes salt blocks called?')).toBe(false);
		expect(garbledPrompt('What is the name for a vault that keeps the salt dry?')).toBe(false);
		expect(garbledPrompt('What is the politics of Orlavia takes place in a framework?')).toBe(true);
	});
});

describe('a reverse card of an activity the text showed by example (gen66)', () => {
	it('drops "like this" from a whole activity, and refuses a bare class that needs its example', () => {
		expect(
			asked(
				[
					'Velm craft is the old art of shaping salt blocks by hand.',
					'Using river water to wash the salt blocks like this is called rinsing.',
					'A row of blocks like this is called a course.',
					'Firing the kilns all night long was called a burn.'
				],
				['rinsing', 'course', 'burn']
			)
		).toEqual([
			['What is using river water to wash the salt blocks called?', 'Rinsing'],
			['What was firing the kilns all night long called?', 'Burn']
		]);
	});
});

describe('an alias: "X are also called Y" of a short name (blind review H30 follow-up)', () => {
	it('asks another name for a short phrase, "called" of a description', () => {
		expect(
			asked(
				[
					'Velm craft is the old art of shaping salt blocks by hand.',
					'Salt carvers are also called velmwrights, after the old guild.',
					'A sealed chamber that keeps the salt dry is also called a dry vault.'
				],
				['velmwrights', 'dry vault']
			)
		).toEqual([
			['What is another name for salt carvers?', 'Velmwrights'],
			['What is a sealed chamber that keeps the salt dry called?', 'Dry vault']
		]);
	});
});
