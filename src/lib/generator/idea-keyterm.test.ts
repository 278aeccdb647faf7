import { describe, expect, it } from 'vitest';
import { echoed, keyTermIdeas, specific, termForms, wholePhrase } from './idea-keyterm';
import { madeUpArticle } from './ideas.test-helpers';

const ARTICLE = [
	'Velmar fever is a viral disease of cattle that is spread by salt flies.',
	'# Spread',
	'Velmar fever is carried by salt flies that breed in marshes near the coast.',
	'Salt flies bite cattle at dusk. Farmers burn reeds to keep salt flies away. Salt flies die in frost.',
	'# Treatment',
	'Velmar fever is treated with greenwort tea, which lowers the fever in two days.',
	'Greenwort tea is brewed from leaves. Greenwort tea is cheap. Farmers give greenwort tea to calves.',
	'Greenwort tea was first used in Ostra.'
];

describe('kind 7: the key term of a section’s claim', () => {
	it('blanks the term the article keeps returning to, in a topic sentence about the subject', () => {
		const { article } = madeUpArticle('Velmar fever', ARTICLE);
		const blanks = keyTermIdeas(article).map((i) => [i.prompt, i.answer]);
		expect(blanks).toContainEqual([
			'Velmar fever is carried by ____ that breed in marshes near the coast.',
			'salt flies'
		]);
		expect(blanks).toContainEqual([
			'Velmar fever is treated with ____, which lowers the fever in two days.',
			'greenwort tea'
		]);
		// Never a sentence that is not about the subject.
		expect(blanks.every(([p]) => p.startsWith('Velmar fever'))).toBe(true);
	});

	it('blanks whole noun phrases only: no half name, half compound or class noun', () => {
		const text = 'The Battle of Lumen was a major Vestan victory of the Hundred Years War.';
		expect(wholePhrase(text, text.indexOf('Vestan'), 6)).toBe(false);
		expect(wholePhrase(text, text.indexOf('Hundred'), 7)).toBe(false);
		const hyphen = 'Ada was born into a Vestan-speaking family.';
		expect(wholePhrase(hyphen, hyphen.indexOf('Vestan'), 6)).toBe(false);
		const definition = 'Rickets is a condition that results in soft bones.';
		expect(wholePhrase(definition, definition.indexOf('condition'), 9)).toBe(false);
		const county = 'The Battle of Lumen was fought near the town of Lumen in the County of Varn.';
		expect(wholePhrase(county, county.indexOf('Varn'), 4)).toBe(false);
		const verb = 'Velmar fever makes cattle seek shade or to avoid light.';
		expect(wholePhrase(verb, verb.indexOf('avoid light'), 11)).toBe(false);
		const fine = 'Velmar fever is carried by salt flies that breed in marshes.';
		expect(wholePhrase(fine, fine.indexOf('salt flies'), 10)).toBe(true);
	});

	it('never blanks a vague word, an acronym or a month', () => {
		const never = () => false;
		expect(specific('conditions', 'conditions', never)).toBe(false);
		expect(specific('regularly', 'regularly', never)).toBe(false);
		expect(specific('wic', 'WIC', never)).toBe(false);
		expect(specific('december', 'December', never)).toBe(false);
		// A single common word has synonyms no typed answer foresees (U7 S02).
		expect(specific('compensation', 'compensation', never)).toBe(false);
		expect(specific('lumen', 'Lumen', never)).toBe(true);
		expect(specific('greenwort tea', 'greenwort tea', never)).toBe(true);
	});

	it('never blanks a word its own sentence echoes (U7 S08)', () => {
		expect(
			echoed('An initiatory cult: membership is gained only through ____.', 'initiation')
		).toBe(true);
		expect(echoed('Velmar fever is carried by ____.', 'salt flies')).toBe(false);
	});

	it('accepts the article’s other forms of a term, and no blank with several (U7 S05, S11)', () => {
		const { article } = madeUpArticle('Velmium', [
			'Velmium is a metal counted among the rare earths. The rare earths are soft.',
			'Velmium is one of the rare-earth metals. Rare earths are mined in Ostra.',
			'Velmium was placed into salt administration in 1901. The administration ended in 1905.'
		]);
		expect(termForms('rare earths', article)).toBeUndefined();
		expect(termForms('salt administration', article)).toEqual(
			expect.arrayContaining(['administration', 'salt-administration'])
		);
	});
});
