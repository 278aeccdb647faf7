import { describe, expect, it } from 'vitest';
import { headingQualifier, headingQualifierLost } from './heading-qualifier';
import { madeUpArticle } from './ideas.test-helpers';
import type { Idea } from './ideas';

describe('headingQualifier: what a heading adds beside its sibling (gen71)', () => {
	it('reads the words before a thing two headings share', () => {
		const sections = [
			'Velm loops',
			'Single velm loops',
			'Branched velm loops',
			'Key terms',
			'Early life',
			'Later life',
			'Spreading the terms'
		];
		expect(headingQualifier('Single velm loops', sections)).toEqual(['single']);
		expect(headingQualifier('Branched velm loops', sections)).toEqual(['branched']);
		expect(headingQualifier('Key terms', sections)).toEqual([]);
		expect(headingQualifier('Velm loops', sections)).toEqual([]);
		// A time of a life, a determiner's phrase: no kind.
		expect(headingQualifier('Early life', sections)).toEqual([]);
	});
});

describe('headingQualifierLost: a card that drops what limits its statement (gen71)', () => {
	const { article } = madeUpArticle('Velm loops', [
		'A velm loop carries lumic charge around a pod.',
		'# Single velm loops',
		'The total drag is the sum of the drags of each part.',
		'In a single velm loop, the flow is the same at every point.',
		'# Branched velm loops',
		'The total flow is the sum of the flows in each branch.'
	]);
	const idea = (index: number, prompt: string, answer: string, type = 'blank') =>
		({ sentence: article.sentences[index], prompt, answer, type }) as Idea;

	it('refuses a card that names no qualifier, keeps one that does', () => {
		expect(
			headingQualifierLost(
				idea(1, 'The ____ is the sum of the drags of each part.', 'total drag'),
				article
			)
		).toBe(true);
		expect(
			headingQualifierLost(
				idea(2, 'In a single velm loop, the flow is the ____ at every point.', 'same'),
				article
			)
		).toBe(false);
		expect(
			headingQualifierLost(idea(0, 'What does a velm loop carry?', 'Lumic charge'), article)
		).toBe(false);
	});
});
