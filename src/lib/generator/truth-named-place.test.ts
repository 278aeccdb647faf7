import { describe, expect, it } from 'vitest';
import { placeNameGivesAway } from './truth-named-place';

describe('placeNameGivesAway', () => {
	it('refuses a swap of kinds named by where they live, in a sentence that says where', () => {
		expect(placeNameGivesAway('Upland voles', 'Lowland voles', 'live in the hills of Ostra.')).toBe(
			true
		);
		expect(
			placeNameGivesAway('Far Coast lizards', 'Home Coast lizards', 'are found across Velm.')
		).toBe(true);
	});

	it('keeps a swap whose predicate says no place, or whose subjects share no word', () => {
		expect(placeNameGivesAway('Upland voles', 'Lowland voles', 'eat grass seeds.')).toBe(false);
		expect(placeNameGivesAway('Xylem', 'Phloem', 'carries water up from the roots.')).toBe(false);
		expect(placeNameGivesAway('Red voles', 'Grey voles', 'live in burrows.')).toBe(false);
	});
});
