import { describe, expect, it } from 'vitest';
import { cutBeforeComplement } from './complement-cut';
import { deedOf } from './idea-deed';

/** Blind review H11 (2027-01-18) S31: a deed's prompt cut before the infinitive its verb needs. */
describe('cutBeforeComplement (gen44)', () => {
	it('finds an object cut before the infinitive a causing verb needs', () => {
		expect(cutBeforeComplement('carried out tests showing that moulds cause bread')).toBe(true);
		expect(cutBeforeComplement('persuaded the council of Velm')).toBe(true);
		expect(cutBeforeComplement('allowed small ships')).toBe(true);
	});

	it('leaves a purpose after any other verb', () => {
		expect(cutBeforeComplement('built a large lamp')).toBe(false);
		expect(cutBeforeComplement('sailed around the southern cape')).toBe(false);
	});

	it('reads a deed cut before an infinitive, and which cut needs it', () => {
		const stale = deedOf(
			'Anna Lorsk carried out tests showing that moulds cause bread to go stale.'
		);
		expect(stale).toMatchObject({
			object: 'tests showing that moulds cause bread',
			beforeInfinitive: true
		});
		expect(cutBeforeComplement(stale!.object)).toBe(true);
		const oven = deedOf('Piet Varn built a large drying oven to keep grain dry.');
		expect(oven).toMatchObject({ object: 'a large drying oven', beforeInfinitive: true });
		expect(cutBeforeComplement(oven!.object)).toBe(false);
	});
});
