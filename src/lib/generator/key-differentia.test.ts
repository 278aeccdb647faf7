import { describe, expect, it } from 'vitest';
import { bareClass, stateAsClass } from './key-differentia';

describe('bareClass', () => {
	it('refuses a class with nothing that tells the term apart', () => {
		expect(bareClass('a type of rock')).toBe(true);
		expect(bareClass('an ancient and popular form of dance')).toBe(true);
		expect(bareClass('a kind of music')).toBe(true);
	});
	it('keeps a class with its differentia', () => {
		expect(bareClass('a type of rock formed from cooled lava')).toBe(false);
		expect(bareClass('a form of dance in which masks are worn')).toBe(false);
		expect(bareClass('a substance that speeds up a reaction')).toBe(false);
		expect(bareClass('a kind of soft hail')).toBe(false);
	});
});

describe('stateAsClass', () => {
	it('refuses a state of matter as the class', () => {
		expect(stateAsClass('a liquid at room temperature')).toBe(true);
		expect(stateAsClass('a colourless gas')).toBe(true);
	});
	it('keeps a real class', () => {
		expect(stateAsClass('a metal that is liquid at room temperature')).toBe(false);
		expect(stateAsClass('a solution of salt in water')).toBe(false);
		expect(stateAsClass('a thick liquid where the cell makes proteins')).toBe(false);
		expect(stateAsClass('a hot gas flame fed by a cylinder')).toBe(false);
		expect(stateAsClass('a large gas-filled balloon')).toBe(false);
	});
});
