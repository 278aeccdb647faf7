import { describe, expect, it } from 'vitest';
import { BARE_PLURAL, definiteVerb, mainClauseVerb, PLURAL_TERM } from './gloss-clause';

describe('gloss-clause: a gloss read as a noun phrase or a clause (gen83)', () => {
	it('reads a plural a preposition governs as a noun, a definite subject’s "-s" word as a verb', () => {
		expect(definiteVerb('the net movement of lumites from a high to a low velm')).toBe(false);
		expect(definiteVerb('the spread of velm molecules across a wall')).toBe(false);
		expect(definiteVerb('the shape of the velm’s orbit changes from round to oval')).toBe(true);
	});

	it('reads no relative clause’s verb as the main clause’s', () => {
		expect(mainClauseVerb('a thin barrier that controls what enters and leaves the cell')).toBe(
			false
		);
		expect(mainClauseVerb('an organism made of cells that have a velm core')).toBe(false);
		expect(mainClauseVerb('the organ that stores lumite and releases the velm')).toBe(false);
		expect(mainClauseVerb('a small velm signal controls a larger current')).toBe(true);
	});

	it('knows a bare plural gloss and a plural term', () => {
		expect(BARE_PLURAL.test('tiny lumen sacs in the ostra')).toBe(true);
		expect(BARE_PLURAL.test('velmocytes where lumite is stored')).toBe(true);
		expect(BARE_PLURAL.test('a lumen sac in the ostra')).toBe(false);
		expect(['Velmi', 'Ostrava', 'Lumites', 'Velm cells'].every((t) => PLURAL_TERM.test(t))).toBe(
			true
		);
		expect(['Velm diode', 'Lumen', 'Ostrus', 'Velmass'].some((t) => PLURAL_TERM.test(t))).toBe(
			false
		);
	});
});
