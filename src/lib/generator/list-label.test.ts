import { describe, expect, it } from 'vitest';
import { namedElsewhere, termsHeading } from './list-label';
import type { Sentence } from './text';

const at = (text: string, section = ''): Sentence => ({ doc: 'm', index: 0, section, text });

/** Blind review H11 (2027-01-18): a list's label is not a term (gen44). */
describe('list labels', () => {
	it('knows a heading over a list of terms', () => {
		expect(termsHeading('Key terms')).toBe(true);
		expect(termsHeading('Glossary')).toBe(true);
		expect(termsHeading('Key words to learn')).toBe(true);
		expect(termsHeading('Reducing the damage')).toBe(false);
		expect(termsHeading('Why are velm stores failing?')).toBe(false);
	});

	it('finds a term another sentence names, in the singular or plural', () => {
		const entry = at('Lumping – pressing velm into blocks.');
		const others = [entry, at('After a flood, lumpings were the only way to save a store.')];
		expect(namedElsewhere('lumping', entry, others)).toBe(true);
		expect(namedElsewhere('sealing', entry, others)).toBe(false);
		// Part of a longer word is not the term.
		expect(namedElsewhere('lump', entry, [entry, at('Lumpy velm spoils.')])).toBe(false);
	});
});
