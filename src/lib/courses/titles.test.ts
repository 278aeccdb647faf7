import { describe, expect, it } from 'vitest';
import { distinctTitle } from './titles';

describe('distinctTitle', () => {
	it('numbers a title another course already has, folded, and keeps a new one', () => {
		expect(distinctTitle('Balkans', ['Other'])).toBe('Balkans');
		expect(distinctTitle('Balkans', ['BALKANS'])).toBe('Balkans (2)');
		expect(distinctTitle('Vučić', ['vucic', 'Vucic (2)'])).toBe('Vučić (3)');
	});
});
