import { describe, expect, it } from 'vitest';
import { termIdeas } from './idea-terms';
import { madeUpArticle } from './ideas.test-helpers';

describe('kind 2: the article’s defined terms', () => {
	it('asks a defined proper name, never a person’s role nor an unnamed army', () => {
		const { article } = madeUpArticle('Velmar fever', [
			'Velmar fever is a viral disease of cattle.',
			'The Ostra Accord was a treaty between Varn and Lumen that banned cattle trade.',
			'Varn left the Ostra Accord in 1850. Lumen kept to the Ostra Accord.',
			'Tomas Aaberg was a vet who studied the fever. Aaberg named the fever.',
			'The Vestan army was an experienced force.'
		]);
		const asked = termIdeas(article).map((i) => [i.prompt, i.answer]);
		expect(asked).toContainEqual([
			'What was the Ostra Accord?',
			'A treaty between Varn and Lumen that banned cattle trade'
		]);
		expect(asked.some(([p]) => /Aaberg|army/.test(p))).toBe(false);
	});

	it('asks a common term only when the article keeps using it and says what kind of thing it is', () => {
		const { article } = madeUpArticle('Velmar fever', [
			'Velmar fever is a viral disease of cattle.',
			'Osteoveltia is a disease of the bones of adult cattle. Osteoveltia follows the fever. Calves never get osteoveltia.',
			'Greenwort is a plant. Greenwort grows here. Greenwort is eaten.'
		]);
		const asked = termIdeas(article).map((i) => i.prompt);
		expect(asked).toContain('What is osteoveltia?');
		// "plant" is no category a definition card may rest on: too little to learn.
		expect(asked).not.toContain('What is greenwort?');
	});

	it('asks a family of four or more defined terms as a choice among the others', () => {
		const { article } = madeUpArticle('Varn trade talks', [
			'The Varn trade talks were a series of meetings.',
			'The Ostra Round was the first round of the Varn trade talks, held in Ostra.',
			'The Lumen Round was the second round of the Varn trade talks, which cut tariffs.',
			'The Vesta Round was the third round of the Varn trade talks, on farm goods.',
			'The Norland Round was the last round of the Varn trade talks, which failed.',
			'The Ostra Round, the Lumen Round, the Vesta Round and the Norland Round cut tariffs.',
			'Farm goods were left out of the Ostra Round, the Lumen Round, the Vesta Round and the Norland Round.'
		]);
		const ideas = termIdeas(article);
		expect(ideas).toHaveLength(4);
		const lumen = ideas.find((i) => i.answer === 'The Lumen Round')!;
		expect(lumen.type).toBe('mcq');
		expect(lumen.prompt).toBe(
			'____ was the second round of the Varn trade talks, which cut tariffs.'
		);
		expect([...(lumen.distractors ?? [])].sort()).toEqual(
			['The Norland Round', 'The Ostra Round', 'The Vesta Round'].sort()
		);
	});
});
