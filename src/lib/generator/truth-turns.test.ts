import { describe, expect, it } from 'vitest';
import { startsTrue, statementTurns } from './truth-turns';
import { truthIdeas } from './idea-truth';
import { chooseIdeas } from './ideas';
import { madeUpArticle } from './ideas.test-helpers';

const ostra = [
	'Ostra is a port town on the coast of Varnland, founded by fishers in 1642.',
	'The town harbour was rebuilt by Marta Kell in 1688 after a great storm. Ostra traded salt with Elsby and Dunmere.',
	'The Ostra lighthouse stands 42 metres tall on the northern cape. The old mill of Dunmere stands 12 metres tall.',
	'Jonas Berg built the first bridge of Ostra in 1702. Berg was a carpenter from Elsby.'
];

describe('true and false balanced in a handout (H14/H15, gen56)', () => {
	it('alternates free statements from the start it is given', () => {
		expect(statementTurns(['both', 'both', 'both', 'both'], true)).toEqual([
			true,
			false,
			true,
			false
		]);
		expect(statementTurns(['both', 'both', 'both'], false)).toEqual([false, true, false]);
		expect(statementTurns(['both'], false)).toEqual([false]);
	});

	it('evens out statements with one version: never all true from two free statements on', () => {
		// A statement asked true only (an aside's swap) leans the handout true: the next goes false.
		expect(statementTurns(['true', 'both', 'both'], true)).toEqual([true, false, true]);
		expect(statementTurns(['true', 'true', 'both', 'both'], true)).toEqual([
			true,
			true,
			false,
			false
		]);
		expect(statementTurns(['false', 'both'], false)).toEqual([false, true]);
	});

	it('starts from the handout text, so the same text gives the same drafts', () => {
		expect(startsTrue('Ostra', ostra[0])).toBe(startsTrue('Ostra', ostra[0]));
		// About half of many made-up handouts start false.
		const starts = Array.from({ length: 200 }, (_, i) => startsTrue(`Town ${i}`, `Town ${i} is.`));
		const trues = starts.filter(Boolean).length;
		expect(trues).toBeGreaterThan(70);
		expect(trues).toBeLessThan(130);
	});

	it('proposes each statement true and false, and keeps one version, alternating', () => {
		const { article } = madeUpArticle('Ostra', ostra);
		const ideas = truthIdeas(article);
		const said = new Set(ideas.map((i) => i.context));
		// Both versions of every statement (no aside here).
		expect(ideas.length).toBe(2 * said.size);
		const wide = { ...article, wordCount: 1000 };
		const kept = chooseIdeas(ideas, wide, () => true);
		expect(kept.length).toBeGreaterThanOrEqual(3);
		expect(new Set(kept.map((c) => c.question.source.quote)).size).toBe(kept.length);
		const byOrder = [...kept].sort(
			(a, b) =>
				ostra.join(' ').indexOf(a.question.source.quote) -
				ostra.join(' ').indexOf(b.question.source.quote)
		);
		const answers = byOrder.map((c) => c.question.answer);
		for (let i = 1; i < answers.length; i++) expect(answers[i]).not.toBe(answers[i - 1]);
		// The same text, the same drafts.
		expect(chooseIdeas(truthIdeas(article), wide, () => true).map((c) => c.question.id)).toEqual(
			kept.map((c) => c.question.id)
		);
	});

	it('gives a refused version no turn: a statement whose false version fails ships true, the next false', () => {
		const { article } = madeUpArticle('Ostra', ostra);
		const wide = { ...article, wordCount: 1000 };
		const ideas = truthIdeas(article);
		const first = ideas.find((i) => i.answer === 'false')!.context;
		// The checks refuse the first statement's false version only.
		const kept = chooseIdeas(
			ideas,
			wide,
			(c) =>
				!(c.question.answer === 'false' && c.question.source.quote.includes(first!.slice(0, 20)))
		);
		const trues = kept.filter((c) => c.question.answer === 'true').length;
		expect(Math.abs(2 * trues - kept.length)).toBeLessThanOrEqual(1);
	});
});
