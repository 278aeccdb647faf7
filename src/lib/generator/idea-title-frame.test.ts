import { describe, expect, it } from 'vitest';
import {
	categoryItemAsked,
	givenNameInFull,
	headingRole,
	keyPointsToTitle,
	membershipsAsMeaning,
	narrowedDoing,
	noteLabelAsked,
	openWhoAsked,
	partOfTitle,
	placeSwapContradicted,
	rootInGloss
} from './idea-title-frame';

describe('noteLabelAsked: a note label or a process heading is no term', () => {
	it('refuses labels before a warning or a reminder', () => {
		expect(noteLabelAsked('Exam tip', 'a filter does NOT remove salt')).toBe(true);
		expect(noteLabelAsked('Remember', 'gears turn the other way')).toBe(true);
		expect(noteLabelAsked('Key point', 'the lever pivots at its fulcrum')).toBe(true);
		expect(noteLabelAsked('Common mistakes', 'mixing up mass and weight')).toBe(true);
	});

	it('refuses an -ing heading whose key repeats its object', () => {
		expect(noteLabelAsked('Storing seeds', 'squirrels bury seeds in the autumn')).toBe(true);
		expect(noteLabelAsked('Making enzymes', 'glands make an enzyme that splits fat')).toBe(true);
	});

	it('keeps real terms, -ing compounds whose key does not repeat them', () => {
		expect(noteLabelAsked('Boiling point', 'the temperature at which a liquid turns to gas')).toBe(
			false
		);
		expect(noteLabelAsked('tipping point', 'a change that cannot be undone')).toBe(false);
		expect(noteLabelAsked('sliding door', 'a door that slides along a rail')).toBe(false);
		expect(noteLabelAsked('fulcrum', 'the point a lever turns on')).toBe(false);
	});
});

describe('categoryItemAsked: an instance of a heading category gets a property', () => {
	it('refuses items under a category heading', () => {
		expect(categoryItemAsked('Pollutants from car engines')).toBe(true);
		expect(categoryItemAsked('Main hazards')).toBe(true);
		expect(categoryItemAsked('Products of burning wood')).toBe(true);
	});

	it('keeps key-terms lists and other headings', () => {
		expect(categoryItemAsked('Key terms')).toBe(false);
		expect(categoryItemAsked('How engines work')).toBe(false);
		expect(categoryItemAsked('Glossary')).toBe(false);
	});
});

describe('openWhoAsked: a person has many right descriptions', () => {
	it('refuses an open "Who was X?"', () => {
		const lead = 'Mary Quint was a duchess of Orm for ten years.';
		expect(openWhoAsked('Who was Mary Quint?', lead)).toBe(true);
		expect(openWhoAsked('Who is Tobias Finch?', 'Tobias Finch is a harbour pilot.')).toBe(true);
	});

	it('keeps an encyclopedia lead with a life span, and a description asked for its name', () => {
		const lead = 'Mary Quint (1601–1650) was a duchess of Orm.';
		expect(openWhoAsked('Who was Mary Quint?', lead)).toBe(false);
		const born = 'Tobias Finch (born 3 May 1950) is a harbour pilot.';
		expect(openWhoAsked('Who is Tobias Finch?', born)).toBe(false);
		expect(openWhoAsked('Who was the first woman to sail alone?', 'x')).toBe(false);
		expect(openWhoAsked('Who built the Stone Hall?', 'x')).toBe(false);
		expect(openWhoAsked('Who was Mary Quint?', 'Mary Quint was a duchess.', false)).toBe(false);
	});
});

describe('membershipsAsMeaning: two memberships define nothing', () => {
	it('refuses "a … and part of …" as a meaning', () => {
		expect(
			membershipsAsMeaning('What is sound?', 'A longitudinal wave and part of the noise band')
		).toBe(true);
		expect(membershipsAsMeaning('What is a fern?', 'A plant and one of the oldest groups')).toBe(
			true
		);
	});

	it('keeps a definition with a differentia', () => {
		expect(
			membershipsAsMeaning('What is a fern?', 'A plant that makes spores instead of seeds')
		).toBe(false);
		expect(membershipsAsMeaning('Where is the fern?', 'A wood and part of the park')).toBe(false);
	});
});

describe('narrowedDoing: a many-roled thing asked within its heading', () => {
	it('reads a role from a ranked or process heading', () => {
		expect(headingRole('Second barrier of defence (inside the body)')).toBe(
			'in the second barrier of defence'
		);
		expect(headingRole('Digestion')).toBe('in digestion');
		expect(headingRole('Main stage of growth – roots')).toBe('in the main stage of growth');
	});

	it('finds no role in other headings', () => {
		expect(headingRole('Fuels of tomorrow')).toBeUndefined();
		expect(headingRole('What blood carries')).toBeUndefined();
		expect(headingRole('Why do leaves fall?')).toBeUndefined();
	});

	it('narrows the prompt, or leaves it', () => {
		expect(narrowedDoing('What does the liver do?', 'Digestion')).toBe(
			'What does the liver do in digestion?'
		);
		expect(
			narrowedDoing('In the notes “Body”, what do eyelashes do?', 'First line of protection')
		).toBe('In the notes “Body”, what do eyelashes do in the first line of protection?');
		expect(narrowedDoing('What does the liver do?', 'Organs')).toBeUndefined();
		expect(narrowedDoing('What is the liver?', 'Digestion')).toBeUndefined();
	});
});

describe('partOfTitle: a part named only by the title is asked inside it', () => {
	it('restores the whole', () => {
		expect(partOfTitle('What was the Lower Hall?', 'The Stone Hall')).toBe(
			'In the Stone Hall, what was the Lower Hall?'
		);
		expect(partOfTitle('What is the North Gate?', 'Harlow Gate')).toBe(
			'In Harlow Gate, what is the North Gate?'
		);
	});

	it('leaves the title itself and other things', () => {
		expect(partOfTitle('What was the Stone Hall?', 'The Stone Hall')).toBeUndefined();
		expect(partOfTitle('What was the Great Barn?', 'The Stone Hall')).toBeUndefined();
		expect(partOfTitle('What is a hall?', 'The Stone Hall')).toBeUndefined();
	});
});

describe('givenNameInFull: a person by the given name alone', () => {
	it('says the full name', () => {
		expect(givenNameInFull('In 1601 Mary was made a duchess.', ['Mary Quint'])).toBe(
			'In 1601 Mary Quint was made a duchess.'
		);
	});

	it('leaves full names, other Marys and statements without her', () => {
		expect(givenNameInFull('Mary Quint was made a duchess.', ['Mary Quint'])).toBeUndefined();
		expect(givenNameInFull('Mary of Orm was her rival.', ['Mary Quint'])).toBeUndefined();
		expect(givenNameInFull('Queen Mary Tell ruled.', ['Mary Quint'])).toBeUndefined();
		expect(givenNameInFull('The king was crowned.', ['Mary Quint'])).toBeUndefined();
	});
});

describe('placeSwapContradicted: the subject\u2019s name says where it lives', () => {
	it('refuses a region statement about a subject named by its region', () => {
		expect(placeSwapContradicted('New World voles live in Asia and Europe.')).toBe(true);
		expect(placeSwapContradicted('Arctic hares live across Africa.')).toBe(true);
	});

	it('keeps statements with no place in the name or no region', () => {
		expect(placeSwapContradicted('Marsh voles live in Asia and Europe.')).toBe(false);
		expect(placeSwapContradicted('New World voles breed twice a year.')).toBe(false);
		expect(placeSwapContradicted('The German-American painter moved in 1950.')).toBe(false);
	});
});

describe('keyPointsToTitle: the handout\u2019s place by its head noun alone', () => {
	it('refuses a key that says "the bay" when the question never names it', () => {
		expect(
			keyPointsToTitle(
				'What is meant by the term “surge”?',
				'In streams that run into the bay, a wall of water',
				'The Bay of Moss'
			)
		).toBe(true);
	});

	it('keeps it when the question names the place, or the title is no place', () => {
		expect(
			keyPointsToTitle('What is the Bay of Moss?', 'A bay in the north', 'The Bay of Moss')
		).toBe(false);
		expect(keyPointsToTitle('What is a surge?', 'water rising in the bay', 'Tides')).toBe(false);
	});
});

describe('rootInGloss: a term glossed by its own root', () => {
	it('finds the root in the gloss', () => {
		expect(rootInGloss('Kittenhood', 'the months when a cat is a kitten')).toBe(true);
		expect(rootInGloss('Spawning', 'laying spawn in shallow water')).toBe(true);
	});

	it('ignores shared prefixes and unrelated glosses', () => {
		expect(rootInGloss('Translocation', 'transferring sugars through the plant')).toBe(false);
		expect(rootInGloss('Curing', 'slowly drying the pods')).toBe(false);
		expect(rootInGloss('Osmosis', 'water moving across a membrane')).toBe(false);
		expect(rootInGloss('tidal bore', 'a tidal wave moving upstream')).toBe(false);
	});
});
