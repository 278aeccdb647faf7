import { describe, expect, it } from 'vitest';
import { labelSubject, uncompared, vagueReason } from './why-shape';

describe('why-shape', () => {
	it('reads a list label as no subject', () => {
		expect(labelSubject('Fossil fuels –')).toBe(true);
		expect(labelSubject('Renewable:')).toBe(true);
		expect(labelSubject('Wind farms')).toBe(false);
		expect(labelSubject('Long-lived stars')).toBe(false);
	});
	it('refuses a comparison without its other half', () => {
		expect(uncompared('A mesh net is more useful')).toBe(true);
		expect(uncompared('Copper wires carry current faster')).toBe(true);
		expect(uncompared('Copper is more useful than iron for wires')).toBe(false);
		expect(uncompared('Glass is brittle')).toBe(false);
		expect(uncompared('The harbour became more crowded')).toBe(false);
	});
	it('refuses a reason that only points at one', () => {
		expect(vagueReason('of the way their layers are stacked')).toBe(true);
		expect(vagueReason('of how the shell is built')).toBe(true);
		expect(vagueReason('their structure')).toBe(true);
		expect(vagueReason('the ice reflects most of the sunlight')).toBe(false);
	});
});
