import { describe, expect, it } from 'vitest';
import { noteDefinite, PER_UNIT } from './gloss-definite';

describe('noteDefinite', () => {
	it('reads a long definite class and its restriction as a meaning', () => {
		expect(noteDefinite('the total heat and light energy of every body in a room')).toBe(true);
		expect(noteDefinite('the week-to-week state of the market')).toBe(true);
		expect(noteDefinite('the spot underground where a crack begins')).toBe(true);
		expect(noteDefinite('the work needed to lift a box by one metre')).toBe(true);
		expect(noteDefinite('the charge moved per second')).toBe(true);
		expect(noteDefinite('the charge carried per second')).toBe(true);
		expect(noteDefinite('the outer wire, which carries no current')).toBe(true);
	});
	it('refuses a clause: a verb in the head', () => {
		expect(noteDefinite('the town had grown between the wars')).toBe(false);
		expect(noteDefinite('the fleet was sunk in a storm')).toBe(false);
		expect(noteDefinite('the king lost in the end')).toBe(false);
	});
	it('refuses what is no definite class', () => {
		expect(noteDefinite('a small lever that lifts a gate')).toBe(false);
		expect(noteDefinite('the harbour master, or keeper, of the port')).toBe(false);
		expect(noteDefinite('the outer wire')).toBe(false);
	});
});

describe('PER_UNIT', () => {
	it('reads a measure per unit', () => {
		expect(PER_UNIT.test('the water pumped per minute')).toBe(true);
		expect(PER_UNIT.test('the weight per unit area')).toBe(true);
		expect(PER_UNIT.test('the ground covered per day')).toBe(true);
	});
	it('refuses what is no measure', () => {
		expect(PER_UNIT.test('the price went up per cent')).toBe(false);
		expect(PER_UNIT.test('a tax per head')).toBe(false);
	});
});
