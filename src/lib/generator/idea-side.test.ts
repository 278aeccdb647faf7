import { describe, expect, it } from 'vitest';
import { sideEntityYear } from './idea-side';
import { yearIdeas } from './idea-year';
import { madeUpArticle } from './ideas.test-helpers';

describe('a year asked of another thing than the subject (U14 S01, S07)', () => {
	const { article: counter } = madeUpArticle('Ostra counter', [
		'The Ostra counter is an instrument used for detecting velar rays.'
	]);
	const { article: stren } = madeUpArticle('Ivo Stren', [
		'Ivo Stren is a Vestan economist and writer.'
	]);

	it('refuses a part invented by someone else, keeps the subject’s own event', () => {
		expect(
			sideEntityYear(
				'Modern versions of the Ostra counter use the velar tube invented in ____ by Ada Holm.',
				counter
			)
		).toBe(true);
		expect(sideEntityYear('The Ostra counter was invented in ____ by Ada Holm.', counter)).toBe(
			false
		);
		expect(
			sideEntityYear('The Ostra counter is an instrument, first built in ____ in Varn.', counter)
		).toBe(false);
		expect(
			sideEntityYear('The Ostra counter is a device invented by Ada Holm in ____.', counter)
		).toBe(false);
	});

	it('refuses a body a person set up, keeps what the person did alone', () => {
		expect(
			sideEntityYear('In ____, Stren co-founded the Varn Basic Wage Guild with Ada Holm.', stren)
		).toBe(true);
		expect(sideEntityYear('In ____, Stren published his findings on the velar wage.', stren)).toBe(
			false
		);
		expect(sideEntityYear('In ____, the Varn Guild was founded by Stren.', stren)).toBe(false);
	});

	it('asks no such year from an article', () => {
		const { article } = madeUpArticle('Ostra counter', [
			'The Ostra counter is an instrument used for detecting velar rays in mines and labs.',
			'Modern versions of the Ostra counter use the velar tube invented in 1947 by Ada Holm.'
		]);
		expect(yearIdeas(article)).toEqual([]);
	});
});
