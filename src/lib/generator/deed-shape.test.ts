import { describe, expect, it } from 'vitest';
import { judgedObject, relationalObject } from './deed-shape';

describe('relationalObject', () => {
	it('finds a phrase defined by what came before', () => {
		expect(relationalObject('birds with the opposite habit')).toBe(true);
		expect(relationalObject('the same method in rivers')).toBe(true);
		expect(relationalObject('a similar engine for ships')).toBe(true);
		expect(relationalObject('another kind of lens')).toBe(true);
	});
	it('leaves a phrase that reads alone', () => {
		expect(relationalObject('the first steam engine for ships')).toBe(false);
		expect(relationalObject('a lens that bends light')).toBe(false);
	});
	it('refuses a ranking by judgement, keeps a measured one', () => {
		expect(judgedObject('some of the most admired bridges of the age')).toBe(true);
		expect(judgedObject('the finest clocks in the region')).toBe(true);
		expect(judgedObject('the tallest tower in the city')).toBe(false);
		expect(judgedObject('most of the grain into flour')).toBe(false);
	});
});
