import { describe, expect, it } from 'vitest';
import { madeUpArticle, sentenceCard } from './ideas.test-helpers';
import { fullNameOf, inFull, namedInFull, shortenedName } from './unseen-referent';

/** Blind review H10 (2027-01-17): names only an earlier sentence or the title gives in full. */
describe('names said in full (gen43)', () => {
	const before =
		'Captain Piet Varn, a sailor who led the colony from 1608, traded for grain.\nThe Compact of Nations met at Lorn.';

	it('says a bare surname with the first name an earlier sentence gives (H10 S28)', () => {
		expect(fullNameOf('In 1609 Varn was injured and sailed home.', before)).toEqual({
			bare: 'Varn',
			full: 'Piet Varn'
		});
		expect(inFull('In 1609 Varn was injured and sailed home.', before, 'Lorn Colony')).toBe(
			'In 1609 Piet Varn was injured and sailed home.'
		);
		// The full name already there, a title's word, a title before a first name ("King Varn")
		// and two people of one surname give nothing.
		expect(fullNameOf('Piet Varn sailed home.', before)).toBeUndefined();
		expect(fullNameOf('In 1609 Varn sailed home.', before, 'Piet Varn and Lorn')).toBeUndefined();
		expect(fullNameOf('Varn ruled Lorn.', 'King Varn ruled well.')).toBeUndefined();
		expect(fullNameOf('Varn sailed.', 'Piet Varn and Anna Varn sailed.')).toBeUndefined();
		// A first name with its style after a comma is named in full: "Wicked Anna" is another.
		expect(
			fullNameOf('Anna, Queen of Lorn, fled in 1610.', 'She was called "Wicked Anna".')
		).toBeUndefined();
		// A place with an adjective before it is no person: "Dutch Lorn" is not said for "Lorn".
		expect(
			fullNameOf('Varn took Lorn.', 'Dutch Lorn was rich.', '', (n) => n === 'Piet Varn')
		).toBeUndefined();
	});

	it('says a shortened name in full (H10 S76, S41)', () => {
		expect(shortenedName('The Compact formally came into being in 1920.', before)).toEqual({
			short: 'The Compact',
			full: 'The Compact of Nations'
		});
		expect(shortenedName('A fort just south of the dyke on the road', "Olan's Dyke: Life")).toEqual(
			{
				short: 'the dyke',
				full: "Olan's Dyke"
			}
		);
		// "the Compact coast" is another noun's; "the rights" is no name; "the dyke of Lorn" says which.
		expect(shortenedName('The Compact coast was rich.', before)).toBeUndefined();
		expect(shortenedName('People relied on the rights.', 'the Rights of Man')).toBeUndefined();
		expect(shortenedName('the dyke of Lorn', "Olan's Dyke")).toBeUndefined();
	});

	it('rewords a statement and a key, never refuses them', () => {
		const { article } = madeUpArticle("Olan's Dyke: Life on the Frontier", [
			"Olan's Dyke ran for 80 miles across Ostra.",
			'Lorn was a fort just south of the dyke on the Varn road.'
		]);
		const card = {
			...sentenceCard('What is Lorn?', 'A fort just south of the dyke on the Varn road'),
			sentence: { ...article.sentences[1] }
		};
		expect(namedInFull(card, article).answer).toBe(
			"A fort just south of Olan's Dyke on the Varn road"
		);
		const plain = { ...card, answer: 'A fort on the Varn road' };
		expect(namedInFull(plain, article)).toBe(plain);
	});
});

describe('a name being given is not renamed (blind review H17 S19)', () => {
	it('says a bare surname in full, but not inside "known as"/"called" a name', () => {
		const before = 'With his colleague Piet Varn, Brandt read the Lumen codes.';
		expect(inFull('In 1709 Varn was injured.', before, 'Lumen Codes')).toBe(
			'In 1709 Piet Varn was injured.'
		);
		expect(
			inFull('The team used sheets, known as Varn sheets, to find the keys.', before, 'Lumen Codes')
		).toBe('The team used sheets, known as Varn sheets, to find the keys.');
		expect(inFull('It used a grid called Varn grids.', before, 'Lumen Codes')).toBe(
			'It used a grid called Varn grids.'
		);
	});
});
