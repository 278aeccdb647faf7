import { describe, expect, it } from 'vitest';
import { acceptedForms, soleShortForm } from './idea-accept';
import { madeUpArticle } from './ideas.test-helpers';

describe('an accepted short form names one person only (H3 S18)', () => {
	const { article } = madeUpArticle('The Velm Realm', [
		'The Velm Realm was a kingdom on the northern sea.',
		'Ivo Khan proved an able ruler who introduced a silver coin. When Brandt returned, Ola Brandt built roads.',
		'His grandson Khan Orlo built the White Hall. Pera Lind wrote the laws, and Lind was praised.'
	]);

	it('refuses a title word and a form another name in the text holds', () => {
		expect(soleShortForm('Khan', 'Ivo Khan', article)).toBe(false);
		expect(soleShortForm('King', 'King Orlo', article)).toBe(false);
		// Ola Brandt is a second Brandt.
		expect(soleShortForm('Brandt', 'Ivo Brandt', article)).toBe(false);
	});

	it('accepts a surname only that one person bears, past a capitalised opening word', () => {
		expect(soleShortForm('Lind', 'Pera Lind', article)).toBe(true);
		expect(soleShortForm('Brandt', 'Ola Brandt', article)).toBe(true);
	});
});

describe('a place’s parts stay accepted', () => {
	it('accepts "Lumen" of "Lumen, Ostra" though "Lumen University" is named too', () => {
		const { article } = madeUpArticle('Ivo Brandt', [
			'Ivo Brandt was a teacher from Ostra.',
			'He was born in Lumen, Ostra, and studied at Lumen University.'
		]);
		expect(soleShortForm('Lumen', 'Lumen, Ostra', article)).toBe(true);
	});
});

describe('a short form that is a common word or follows a particle is not accepted (gen45, H11)', () => {
	const { article } = madeUpArticle('The Velm Realm', [
		'The Velm Realm was a kingdom on the northern sea.',
		'Ivo Drum led the western army. Sudden drums woke the camp at night.',
		'The painter Ola da Lind drew the harbour, and Ivo Brandt built roads.'
	]);

	it('refuses "Drum" (the text writes "drums") and "Lind" of "Ola da Lind"', () => {
		expect(soleShortForm('Drum', 'Ivo Drum', article)).toBe(false);
		expect(soleShortForm('Lind', 'Ola da Lind', article)).toBe(false);
	});

	it('still accepts a surname the text writes only as a name', () => {
		expect(soleShortForm('Brandt', 'Ivo Brandt', article)).toBe(true);
	});
});

describe('acceptedForms: the names the document gives for the same answer', () => {
	const { article } = madeUpArticle('Medicine in Velm', [
		'Ibn Tarif (known in the West as Altarifus) wrote the Book of Cures.',
		'On the night of 3 May, Colonel Pera Lind led four hundred men onto the ridge. Lind held it for a day.'
	]);
	const typed = { typed: true, person: true };

	it('accepts the other name the text gives beside the answer', () => {
		expect(acceptedForms('Ibn Tarif', [], article, typed)).toContain('Altarifus');
	});

	it('accepts a person without the title, and the surname the text uses alone', () => {
		const forms = acceptedForms('Colonel Pera Lind', [], article, typed);
		expect(forms).toEqual(expect.arrayContaining(['Pera Lind', 'Lind']));
		expect(forms).not.toContain('Colonel');
	});

	it('adds nothing to a key the student picks from choices', () => {
		const chosen = { typed: false, person: true };
		expect(acceptedForms('Ibn Tarif', [], article, chosen)).toEqual([]);
		expect(acceptedForms('Colonel Pera Lind', [], article, chosen)).toEqual([]);
	});
});
