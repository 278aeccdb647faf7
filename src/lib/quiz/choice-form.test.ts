import { describe, expect, it } from 'vitest';
import { choiceForm, formClash } from './choice-form';

describe('choiceForm', () => {
	it('reads a student’s shorthand by its symbols, not by its words', () => {
		expect(choiceForm('Thin rocky layer, thick = light, thin = dense').shorthand).toBe(true);
		expect(choiceForm('sugar + oxygen → water').shorthand).toBe(true);
		expect(choiceForm('Power ÷ time').shorthand).toBe(true);
		expect(choiceForm('Marsh vs swamp').shorthand).toBe(true);
		expect(choiceForm('A wide bend in a river, e.g. near its mouth').shorthand).toBe(false);
		expect(choiceForm('A ten-year plan (1928–1938)').shorthand).toBe(false);
	});

	it('tells several sentences from one, an abbreviation’s stop aside', () => {
		expect(choiceForm('Rock melts. Magma rises to the surface.').sentences).toBe(true);
		expect(choiceForm('Hot rock, e.g. Basalt from a vent').sentences).toBe(false);
		expect(choiceForm('Molten rock below the surface.').sentences).toBe(false);
	});

	it('tells a list of short things from a single thing described', () => {
		expect(choiceForm('Sand, silt and clay').list).toBe(true);
		expect(choiceForm('Walls; fences; hedges').list).toBe(true);
		expect(choiceForm('A push or pull, measured in units of force').list).toBe(false);
		expect(choiceForm('Soil that is full of sand, silt and clay washed down').list).toBe(false);
	});
});

describe('formClash', () => {
	const key = 'Molten rock that reaches the surface of a volcano';
	it('is null for a choice of the key’s form', () => {
		expect(formClash(key, 'Hot ash that falls from the sky after an eruption')).toBeNull();
		expect(formClash('speed = distance ÷ time', 'density = mass ÷ volume')).toBeNull();
	});

	it('names the form a choice differs by', () => {
		expect(formClash(key, 'Crust layer, thick = light, thin = dense')).toBe('shorthand');
		expect(formClash('speed = distance ÷ time', 'How far something goes in an hour')).toBe(
			'shorthand'
		);
		expect(formClash(key, 'Lava cools. It forms new rock on the slope.')).toBe('sentences');
		expect(formClash(key, 'Ash, gas and lava')).toBe('list');
		expect(formClash(key, 'A crack in rock')).toBe('length');
		expect(formClash('A crack in rock', key)).toBe('length');
	});

	it('leaves terms of any length to one another (a term is no cue beside a term)', () => {
		expect(formClash('Sea', 'Floodplain')).toBeNull();
		expect(formClash('Ox', 'Oxbow lake')).toBeNull();
	});
});
