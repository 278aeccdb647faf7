import { describe, expect, it } from 'vitest';
import { leansOutside, pastEventNamingNothing } from './leans-outside';

// Made-up sentences of a geography handout (docs30: an outsider teacher's class quiz asked "The
// ____ in California is an example." and a case study's rainfall with its village unnamed).
const names = new Set(['Tregarrow', 'Velmora']);
const isName = (word: string) => names.has(word);

describe('leansOutside', () => {
	it('finds an example of a kind the sentence does not name', () => {
		expect(leansOutside('The Kessel Fault in Norvania is an example.')).toBe('an example');
		expect(leansOutside('The Ostrid Range is a good example of this.')).toBe('a good example');
		expect(
			leansOutside('Tor Falls on the River Brel is a well-known example: it falls 30 metres.')
		).toBe('a well-known example');
		expect(leansOutside('Examples include the Kessel Fault and the Brel Gorge.')).toBe(
			'Examples include'
		);
		expect(leansOutside('The Ostrid Range is the largest example, at 900 km long.')).toBe(
			'the largest example'
		);
	});

	it('keeps an example whose kind it names, and "for example"', () => {
		expect(leansOutside('Old Kessel Rocks in Norvania is an example of a stack.')).toBeUndefined();
		expect(
			leansOutside('Rivers deposit silt on a floodplain, for example along the River Brel.')
		).toBeUndefined();
	});

	it('finds a closing demonstrative and an opening that follows on', () => {
		expect(leansOutside('Coastal towns in Norvania were built like this.')).toBe('this');
		expect(leansOutside('Afterwards the Norvanian council spent 4 million on walls.')).toBe(
			'Afterwards'
		);
		expect(leansOutside('As a result, the Velmora harbour was closed for a year.')).toBe(
			'As a result'
		);
	});

	it('finds a past event that names no place, thing or year', () => {
		for (const text of [
			'About 200 millimetres of rain fell in five hours on the surrounding hills.',
			'About 58 buildings were damaged and 115 cars were swept away into the harbour.',
			'Remarkably, nobody died, partly because seven helicopters rescued about 150 people.',
			'About ____ flights were cancelled, and airlines lost around 1.7 billion dollars.'
		])
			expect(leansOutside(text, isName), text).toBe(text);
	});
});

describe('pastEventNamingNothing', () => {
	it('is satisfied by a name anywhere, a first word that is a name, or a year', () => {
		expect(
			pastEventNamingNothing('In the storm 58 buildings in Velmora were damaged.', isName)
		).toBe(false);
		expect(
			pastEventNamingNothing('Tregarrow was flooded by 200 millimetres of rain.', isName)
		).toBe(false);
		expect(pastEventNamingNothing('In 2011 about 58 buildings were damaged.', isName)).toBe(false);
		// A capitalised opening word is a name only when the document writes it as one.
		expect(pastEventNamingNothing('Archaeologists found ____ coins in the harbour.', isName)).toBe(
			true
		);
	});

	it('leaves a present, general statement alone', () => {
		for (const text of [
			'Lava can be hotter than 1,000 °C.',
			'Groynes are wooden barriers that trap sediment moved by longshore drift.',
			'A crack in a headland is widened into a cave by hydraulic action.',
			'About 800 million people live within 100 kilometres of an active volcano.'
		])
			expect(pastEventNamingNothing(text, isName), text).toBe(false);
	});
});
