import { describe, expect, it } from 'vitest';
import { sameUnitWritten } from './unit-written';

describe('how a unit is written (sameUnitWritten)', () => {
	it('compares units as written, spaces aside, by name, or as the same product', () => {
		expect(sameUnitWritten('N', 'N')).toBe(true);
		expect(sameUnitWritten('newtons', 'N')).toBe(true);
		expect(sameUnitWritten('kgm/s', 'kg m/s')).toBe(true);
		expect(sameUnitWritten('kg·m·s⁻¹', 'kg m/s')).toBe(true);
		expect(sameUnitWritten('kg m s^-1', 'kg m/s')).toBe(true);
		expect(sameUnitWritten('m s-2', 'm/s²')).toBe(true);
		expect(sameUnitWritten('metres per second', 'm/s')).toBe(true);
		expect(sameUnitWritten('kg m', 'kg m/s')).toBe(false);
		expect(sameUnitWritten('m', 'm/s')).toBe(false);
		expect(sameUnitWritten('mW', 'MW')).toBe(false);
		expect(sameUnitWritten('kN', 'N')).toBe(false);
		expect(sameUnitWritten('kg', 'N')).toBe(false);
	});

	it('reads "C" after a number as °C, as units.ts does: a coulomb is written out', () => {
		expect(sameUnitWritten('°C', 'C')).toBe(true);
		expect(sameUnitWritten('coulombs', 'C')).toBe(false);
		expect(sameUnitWritten('A', 'C')).toBe(false);
	});
});
