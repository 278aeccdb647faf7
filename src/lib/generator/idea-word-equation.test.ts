import { describe, expect, it } from 'vitest';
import { headingReaction, wordEquation, wordEquationIdeas } from './idea-word-equation';
import { madeUpArticle } from './ideas.test-helpers';

describe('wordEquation: a line that is a word equation (gen87)', () => {
	it('reads reactants and products, a label that names a reaction, a condition dropped', () => {
		expect(wordEquation('velmite + oxygen → velm oxide + water')).toEqual({
			reactants: ['velmite', 'oxygen'],
			products: ['velm oxide', 'water']
		});
		expect(wordEquation('Slow oxidation: velmite + oxygen → velm oxide.')).toEqual({
			label: 'slow oxidation',
			reactants: ['velmite', 'oxygen'],
			products: ['velm oxide']
		});
		expect(wordEquation('Word equation: glimmer + water → glimmerol (heat needed)')).toEqual({
			reactants: ['glimmer', 'water'],
			products: ['glimmerol']
		});
		expect(
			wordEquation('acid + velmate → salt + water e.g. velmic acid + tin velmate → tin salt')
		).toEqual({ reactants: ['acid', 'velmate'], products: ['salt', 'water'] });
		expect(wordEquation('Ferrite + iron(III) oxide → iron + ferrite oxide')?.reactants).toEqual([
			'ferrite',
			'iron(III) oxide'
		]);
	});

	it('refuses examples, symbols, clauses, half-written lines and chains', () => {
		for (const line of [
			'e.g. velmic acid + tin → tin velmate + hydrogen',
			'2Vm + O₂ → 2VmO',
			'Vm²⁺ + 2e⁻ → Vm',
			'Glimmer reacts with cold water → glimmer hydroxide + hydrogen.',
			'+ steam (with a catalyst) → velmol',
			'warm air → rises → cools → rain',
			'one velmite + three glimmers → velm molecule',
			'velm oxide or hydroxide + acid → salt + water',
			'Velm oxide + acid gives salt + water.'
		])
			expect(wordEquation(line), line).toBeUndefined();
	});

	it('marks a one-to-one line under a label that names no reaction as a test', () => {
		expect(wordEquation('Velm gas: glowing splint → relights')?.test).toBe(true);
		expect(wordEquation('Word equation: glimmer → glimmerol')?.test).toBeUndefined();
	});
});

describe('headingReaction: a heading that names a reaction or process', () => {
	it('names a process, a question of what it is; no list of parts or of equations', () => {
		expect(headingReaction('Velm respiration in roots')).toBe('velm respiration in roots');
		expect(headingReaction('What is glimmerisation?')).toBe('glimmerisation');
		expect(headingReaction('Displacement reactions')).toBe('displacement reactions');
		expect(headingReaction('Reactions of acids – the general equations')).toBeUndefined();
		expect(headingReaction('Alkali metals')).toBeUndefined();
		expect(headingReaction('Word equations')).toBeUndefined();
	});
});

describe('wordEquationIdeas: a card per word equation of a notes page', () => {
	const intro = 'These are my notes on velm chemistry for the end of term test.';
	const ideas = (blocks: string[]) =>
		wordEquationIdeas(madeUpArticle('Velm chemistry', blocks).article).map((i) => [
			i.prompt,
			i.answer,
			i.accept
		]);

	it('asks the products, naming the reaction by its label or its heading', () => {
		expect(
			ideas([
				intro,
				'# Velm respiration',
				'Word equation: glimmer + oxygen → velm dioxide + water',
				'# Reactions of acids – the general equations',
				'acid + velmite → salt + hydrogen',
				'acid + velm oxide → salt + water',
				'Slow oxidation: velmite + oxygen → velm oxide.'
			])
		).toEqual([
			[
				'Complete the word equation for velm respiration: glimmer + oxygen → ?',
				'velm dioxide + water',
				['velm dioxide and water']
			],
			['Complete the word equation: acid + velmite → ?', 'salt + hydrogen', ['salt and hydrogen']],
			['Complete the word equation: acid + velm oxide → ?', 'salt + water', ['salt and water']],
			[
				'Complete the word equation for slow oxidation: velmite + oxygen → ?',
				'velm oxide',
				undefined
			]
		]);
	});

	it('asks no unnamed line of one thing to others: a cause arrow, not a reaction', () => {
		expect(
			ideas([
				intro,
				'# Cooking the velm',
				'- a note on the velm',
				'- a second note',
				'heat → granules soak water + swell',
				'- softness → tender crumb + shine',
				'glimmer + water → velmol + grist'
			])
		).toEqual([
			['Complete the word equation: glimmer + water → ?', 'velmol + grist', ['velmol and grist']]
		]);
	});

	it('asks one substance to one only of a named reaction, and rival products only named apart', () => {
		expect(
			ideas([
				intro,
				'# Velm respiration in roots',
				'glimmer → velmic acid',
				'# Velm respiration in leaves',
				'glimmer → velmol + water'
			])
		).toEqual([
			[
				'Complete the word equation for velm respiration in roots: glimmer → ?',
				'velmic acid',
				undefined
			],
			[
				'Complete the word equation for velm respiration in leaves: glimmer → ?',
				'velmol + water',
				['velmol and water']
			]
		]);
		// One heading over both: the same reactants, two sets of products, neither named apart.
		expect(
			ideas([
				intro,
				'# Velm respiration',
				'In roots: glimmer → velmic acid',
				'In leaves: glimmer → velmol + water',
				'# Tests',
				'Velm gas: glowing splint → relights'
			])
		).toEqual([]);
	});
});
