import { describe, expect, it } from 'vitest';
import { askedNoThing, pointsBack } from './idea-long-handout';
import { sentenceCard } from './ideas.test-helpers';
import type { Idea } from './ideas';

/** A true-or-false card of one made-up sentence. */
function statement(text: string): Idea {
	return { ...sentenceCard(text, 'true', text, 'truefalse'), kind: 'truth' as Idea['kind'] };
}

describe('gen33: a definition card of a long handout asks a thing', () => {
	it('refuses a counting word, a date, a clause comment and a name in a fronted place phrase', () => {
		const second = 'The second is a slow yearly wobble.';
		expect(askedNoThing(sentenceCard('What is the second?', 'A slow yearly wobble', second))).toBe(
			true
		);
		const day =
			'The league marks Velm Day each year on 9 March, a reminder that rivers are shared.';
		expect(askedNoThing(sentenceCard('What was March?', 'A day of rest for the guilds', day))).toBe(
			true
		);
		expect(
			askedNoThing(sentenceCard('What was Velm Day?', 'A reminder that rivers are shared', day))
		).toBe(true);
		const fronted =
			'At Ostmere in North Varland, a flood scheme finished in 2011 created a wide salt marsh.';
		expect(
			askedNoThing(
				sentenceCard(
					'What was North Varland?',
					'A flood scheme finished in 2011 created …',
					fronted
				)
			)
		).toBe(true);
	});

	it('refuses a key that only says where a part lies', () => {
		expect(
			askedNoThing(sentenceCard('What is the velmula?', 'A small region at the base of the brain'))
		).toBe(true);
		expect(
			askedNoThing(
				sentenceCard(
					'What is the velmula?',
					'A gland at the base of the brain that controls growth'
				)
			)
		).toBe(false);
		// gen74: a part's relative clause saying what it does defines it; where it lies does not.
		expect(
			askedNoThing(
				sentenceCard(
					'What is meant by the term “velmula”?',
					'The part at the back that coordinates movement and balance'
				)
			)
		).toBe(false);
		expect(
			askedNoThing(
				sentenceCard('What is the velmula?', 'A small area in the head which lies behind the eyes')
			)
		).toBe(true);
	});

	it('keeps a gloss of a name that is a thing', () => {
		const gloss = 'The town was saved by the Velm Dyke, a wall of earth built along the estuary.';
		expect(
			askedNoThing(
				sentenceCard('What was the Velm Dyke?', 'A wall of earth built along the estuary', gloss)
			)
		).toBe(false);
		const stood =
			'At the centre of Ostra stood the Velm Dyke, or Great Wall, a wall of earth built along the estuary.';
		expect(
			askedNoThing(
				sentenceCard('What was the Velm Dyke?', 'A wall of earth built along the estuary', stood)
			)
		).toBe(false);
		const fronted = 'In the north, the Velm Dyke, a wall of earth, held back the sea.';
		expect(askedNoThing(sentenceCard('What was the Velm Dyke?', 'A wall of earth', fronted))).toBe(
			false
		);
		expect(
			askedNoThing(
				sentenceCard('What is a tombolo?', 'A ridge of sand that joins an island to the shore')
			)
		).toBe(false);
	});
});

describe('gen33: a statement of a long handout names what it speaks of', () => {
	it('refuses "both men" and a place named only "there"', () => {
		expect(
			pointsBack(
				statement('Papers by both men were read at a meeting of the Ostran Society in 1858.')
			)
		).toBe(true);
		expect(
			pointsBack(
				statement(
					'When Varland surrendered in 1945, the allies had to decide who would disarm its troops there.'
				)
			)
		).toBe(true);
	});

	it('keeps "both" before a pair it names, an existential "there" and a flashcard', () => {
		expect(pointsBack(statement('Both Varland and Ostra signed the treaty in 1815.'))).toBe(false);
		// A pair named only before the statement (blind check H19 S52).
		expect(pointsBack(statement('Nobody knows whether either man reached the pass in 1921.'))).toBe(
			true
		);
		expect(pointsBack(statement('In 1790 the two brothers opened a mill in Ostra.'))).toBe(true);
		expect(pointsBack(statement('Trees grow on either side of the Velm river.'))).toBe(false);
		expect(pointsBack(statement('By 1850 there were about two million weavers in Varland.'))).toBe(
			false
		);
		expect(pointsBack(sentenceCard('Who was Ostra?', 'A queen who ruled there'))).toBe(false);
	});
});
