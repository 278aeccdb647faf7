import { describe, expect, it } from 'vitest';
import { articleIdeas } from './idea-drafts';
import { aspectTitleAsActor, datedNotDefinition, narrowedOrAliased } from './idea-lead-sense';
import type { Idea } from './ideas';
import { madeUpArticle } from './ideas.test-helpers';

/** A card of `kind` on the article's first sentence. */
function card(
	article: ReturnType<typeof madeUpArticle>['article'],
	prompt: string,
	kind: Idea['kind'] = 'lead'
): Idea {
	return {
		kind,
		sentence: article.sentences[0],
		type: 'flashcard',
		prompt,
		answer: 'x',
		start: 0,
		weight: 2
	};
}

describe('blind review U20: the kinds both reviewers failed', () => {
	it('never asks the bare name of what the sentence narrows (S16), an honorific kept', () => {
		const { article } = madeUpArticle('Velmosis', [
			'Biological velmosis is the cleavage of biomolecules where water is used up. Velmosis is also a biological process in cells.'
		]);
		expect(narrowedOrAliased(card(article, 'What is velmosis?'), article)).toBe(true);
		const { article: sir } = madeUpArticle('John Varn', [
			'Sir John Varn was an Ostran engineer who built the Lumen bridge.'
		]);
		expect(narrowedOrAliased(card(sir, 'Who was John Varn?'), sir)).toBe(false);
	});

	it('never asks a side name its sentence gives an alias the key drops (S11)', () => {
		const { article } = madeUpArticle('Velmide', [
			'Velmic acid, also known as hydrogen velmide, or HV, is a volatile liquid made in large amounts.'
		]);
		expect(narrowedOrAliased(card(article, 'What is velmic acid?'), article)).toBe(true);
		const { article: own } = madeUpArticle('Velmic acid', [
			'Velmic acid, also known as hydrogen velmide, is a volatile liquid made in large amounts.'
		]);
		expect(narrowedOrAliased(card(own, 'What is velmic acid?'), own)).toBe(false);
	});

	it('takes no dated milestone for a definition (S24)', () => {
		const { article } = madeUpArticle('Varn of the Sea', [
			'In 1989, Varn of the Sea was one of the first 25 films to be kept in the Ostran Film Registry.'
		]);
		expect(datedNotDefinition(card(article, 'What was Varn of the Sea?'))).toBe(true);
		expect(articleIdeas(article).filter((i) => i.kind === 'lead')).toEqual([]);
	});

	it('never makes an aspect title the actor of a sentence (S13)', () => {
		const { article } = madeUpArticle('History of Ostra', [
			'He incorporated the territory into the Captaincy of Lumen in 1524.'
		]);
		const idea = card(
			article,
			'History of Ostra incorporated the territory into the Captaincy of Lumen in ____.',
			'year'
		);
		expect(aspectTitleAsActor(idea, article)).toBe(true);
	});
});
