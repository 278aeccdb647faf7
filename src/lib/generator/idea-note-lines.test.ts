import { describe, expect, it } from 'vitest';
import {
	askedTerm,
	detailedWhere,
	historyAsMeaning,
	keyCutAtPossessive,
	keyPointsIn,
	tableCellKey,
	whoDoesIt,
	listWordAsked,
	spellsOwnMeaning,
	subjectDropped
} from './idea-note-lines';

describe('askedTerm: the term a card asks about', () => {
	it('reads the three frames', () => {
		expect(askedTerm('What is meant by the term “glimmet”?')).toBe('glimmet');
		expect(askedTerm('The term “glimmet” means a small lamp.')).toBe('glimmet');
		expect(askedTerm('In the handout “Lamps”, what does the glimmet do?')).toBe('glimmet');
		expect(askedTerm('Who built the lamp?')).toBeUndefined();
	});
});

describe('listWordAsked: a list word is no term', () => {
	it('refuses adverbs and labels of examples', () => {
		expect(listWordAsked('Thermically', 'a heat doing work', 'Ways power moves', 'Power')).toBe(
			true
		);
		expect(listWordAsked('Proof', 'a floating cork bobs as waves pass', 'Waves', 'Waves')).toBe(
			true
		);
		expect(listWordAsked('Evidence', 'old bones in the cave', 'Finds', 'Caves')).toBe(true);
	});

	it('refuses a members list item glossed by a clause or as an instance of the subject', () => {
		expect(
			listWordAsked('Wind', 'flying seeds carry the blight far', 'How blights spread', 'Blight')
		).toBe(true);
		expect(
			listWordAsked(
				'Sorrow',
				'a weeping fresco, showing grief',
				'Other subjects',
				'Frescoes of Velm'
			)
		).toBe(true);
	});

	it('keeps terms of a key-terms list and members defined by a class', () => {
		expect(listWordAsked('Glimmet', 'a small lamp of tin', 'Key terms', 'Lamps')).toBe(false);
		expect(
			listWordAsked(
				'Convexion',
				'the transfer of heat by a moving fluid',
				'Ways heat moves',
				'Heat'
			)
		).toBe(false);
		expect(listWordAsked('Lagoon', 'the shallow water inside a reef', 'Parts', 'Reefs')).toBe(
			false
		);
	});
});

describe('subjectDropped: a note line with no subject', () => {
	it('refuses a statement opening on a past verb', () => {
		expect(
			subjectDropped({
				type: 'truefalse',
				prompt: 'Fled to Velmar in 1422 after losing the crown.'
			})
		).toBe(true);
		expect(subjectDropped({ type: 'truefalse', prompt: 'Ruled for forty years in peace.' })).toBe(
			true
		);
	});

	it('keeps a participle before its subject and a statement with one', () => {
		expect(
			subjectDropped({
				type: 'truefalse',
				prompt: 'Founded in 1422, the guild trained lamp makers.'
			})
		).toBe(false);
		expect(subjectDropped({ type: 'truefalse', prompt: 'The queen fled to Velmar in 1422.' })).toBe(
			false
		);
	});

	it('refuses a "name for" a group of a thing it does not name', () => {
		expect(
			subjectDropped({
				type: 'flashcard',
				prompt: 'What is the name for a group resting together on a rock?'
			})
		).toBe(true);
		expect(
			subjectDropped({ type: 'flashcard', prompt: 'What is the name for a group of glimmets?' })
		).toBe(false);
		expect(
			subjectDropped({ type: 'flashcard', prompt: 'What is the name for a young glimmet?' })
		).toBe(false);
	});
});

describe('keyPointsIn: a key bound to the handout', () => {
	it('refuses "here" and a place by a thing the question never names', () => {
		expect(
			keyPointsIn('What is meant by the term “box”?', 'A watertight block, here made of clay')
		).toBe(true);
		expect(
			keyPointsIn('What is meant by the term “pool”?', 'The still water inside the loop', 'Reefs')
		).toBe(true);
	});

	it('keeps a place by a thing the question or the handout’s title names', () => {
		expect(
			keyPointsIn('What is meant by the term “pith”?', 'The soft part inside the stem', 'Stems')
		).toBe(false);
		expect(keyPointsIn('What is meant by the term “pool”?', 'A still body of water')).toBe(false);
		expect(keyPointsIn('What is meant by the term “drift”?', 'A slow flow within the sea')).toBe(
			false
		);
		expect(
			keyPointsIn('What is meant by the term “ring zone”?', 'The land around the core of a park')
		).toBe(false);
		expect(
			keyPointsIn('What is meant by the term “undercroft”?', 'Rooms beneath the arena floor')
		).toBe(false);
	});
});

describe('keyCutAtPossessive, historyAsMeaning, detailedWhere, spellsOwnMeaning', () => {
	it('refuses a key cut at a possessive', () => {
		expect(keyCutAtPossessive('Customs recognised by the Velm League’s')).toBe(true);
		expect(keyCutAtPossessive("The guild's")).toBe(true);
		expect(keyCutAtPossessive('Customs recognised by the Velm League')).toBe(false);
		expect(keyCutAtPossessive('A glass')).toBe(false);
	});

	it('refuses a history sentence as a meaning', () => {
		expect(
			historyAsMeaning(
				'What is meant by the term “polder”?',
				'For centuries, farmers built dykes to drain the fen'
			)
		).toBe(true);
		expect(
			historyAsMeaning('What is meant by the term “polder”?', 'Land drained and kept dry by dykes')
		).toBe(false);
	});

	it('refuses a "Where" key with a distance or a long address', () => {
		expect(
			detailedWhere(
				'Where is the Velm Shrine?',
				'Near Dorn, Velm Province, about 40 km east of Kell'
			)
		).toBe(true);
		expect(detailedWhere('Where is the Velm Shrine?', 'On a cliff above the Dorn valley')).toBe(
			false
		);
	});

	it('refuses a term whose words spell its meaning', () => {
		expect(spellsOwnMeaning('The term “dart-swimming” means swimming fast in darts.')).toBe(true);
		expect(spellsOwnMeaning('The term “reef-walking” means walking over a reef at low tide.')).toBe(
			true
		);
		expect(spellsOwnMeaning('The term “glimmet” means a small lamp.')).toBe(false);
	});
});

describe('whoDoesIt and tableCellKey', () => {
	it('refuses a meaning keyed by whose speciality it is', () => {
		expect(
			whoDoesIt('What is meant by the term “reef grazing”?', 'The speciality of the blue velm')
		).toBe(true);
		expect(
			whoDoesIt('What is meant by the term “reef grazing”?', 'Feeding on algae on reefs')
		).toBe(false);
	});

	it('refuses a "what … do?" key that ends on a bare noun after a comma', () => {
		expect(
			tableCellKey(
				'In the notes “Velm”, what do glimmets do?',
				'Hide in burrows by day, camouflage'
			)
		).toBe(true);
		expect(
			tableCellKey('In the notes “Velm”, what does the pod do?', 'Stores seeds, then splits open')
		).toBe(false);
	});
});
