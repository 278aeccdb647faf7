import { describe, expect, it } from 'vitest';
import { wordFormula, wordFormulaIdeas } from './idea-word-formula';
import { madeUpArticle } from './ideas.test-helpers';

describe('wordFormula: a formula in words (gen87)', () => {
	it('reads the quantity, its rule and inputs; units and symbol forms dropped', () => {
		expect(wordFormula('glow = brightness ÷ distance')).toEqual({
			quantity: 'glow',
			rule: 'brightness ÷ distance',
			inputs: ['brightness', 'distance']
		});
		expect(wordFormula('Glow (Gl) = brightness (lm) ÷ distance (m).')?.rule).toBe(
			'brightness ÷ distance'
		);
		expect(wordFormula('velm flux = charge × drift speed, so Φ = q v')?.quantity).toBe('velm flux');
		expect(wordFormula('velm flux = charge × drift speed → Φ = q v')?.rule).toBe(
			'charge × drift speed'
		);
		expect(wordFormula('Z = q × d (velm flux = charge × drift speed)')).toEqual({
			quantity: 'velm flux',
			rule: 'charge × drift speed',
			inputs: ['charge', 'drift speed'],
			symbol: 'Z'
		});
		expect(wordFormula('spin rate = 1 / turn time')?.inputs).toEqual(['turn time']);
		expect(wordFormula('glow = light² ÷ volume in dm³')?.inputs).toEqual([
			'light',
			'volume in dm³'
		]);
		expect(wordFormula('Yield of velm = (mass made ÷ mass expected) × 100')?.quantity).toBe(
			'yield of velm'
		);
	});

	it('refuses worked examples, symbols, clauses, alternatives and unsaid constants', () => {
		for (const line of [
			'glow = 40 × 3',
			'Glow = ½ × 1200 × 20²',
			'Z = q × d',
			'glow = brightness ÷ distance, and the glow is what you see',
			'or glow = light ÷ distance',
			'Bright vs dim = how much light reaches the eye.',
			'velm volume = moles × 24',
			'higher frequency = higher pitch',
			'Output = C + I + G + (X − M)'
		])
			expect(wordFormula(line), line).toBeUndefined();
	});
});

describe('wordFormulaIdeas: how a quantity is calculated, or what a formula links', () => {
	const intro = 'These are my notes on velm physics for the end of term test.';
	const ideas = (blocks: string[]) =>
		wordFormulaIdeas(madeUpArticle('Velm physics', blocks).article).map((i) => [
			i.prompt,
			i.answer
		]);

	it('asks how a quantity with one formula is calculated', () => {
		expect(
			ideas([
				intro,
				'# Glow',
				'glow = brightness ÷ distance',
				'Rate of drift = distance drifted ÷ time.',
				'Sparks = charge − lost charge.',
				'number of velms = mass ÷ velm mass'
			])
		).toEqual([
			['How is glow calculated?', 'brightness ÷ distance'],
			['How is the rate of drift calculated?', 'distance drifted ÷ time'],
			['How is the number of sparks calculated?', 'charge − lost charge'],
			['How is the number of velms calculated?', 'mass ÷ velm mass']
		]);
	});

	it('asks what links a quantity the notes give two formulae, or give it elsewhere', () => {
		expect(
			ideas([
				intro,
				'# Velm power',
				'Z = q × d (velm power = charge × drift speed)',
				'Z = c² × r (velm power = charge² × resistance)',
				'# Glow',
				'Newton’s rule – total glow = brightness × area.',
				'glow = brightness ÷ distance'
			])
		).toEqual([
			[
				'What equation links velm power, charge and drift speed?',
				'velm power = charge × drift speed'
			],
			[
				'What equation links velm power, charge and resistance?',
				'velm power = charge² × resistance'
			],
			['What equation links glow, brightness and distance?', 'glow = brightness ÷ distance']
		]);
	});

	it('asks one relation once, and none of an alternative', () => {
		expect(
			ideas([
				intro,
				'# Drift',
				'drift = speed × time',
				'speed = drift ÷ time',
				'mean glow = light used ÷ time',
				'or mean glow = light made ÷ time'
			])
		).toEqual([
			['How is drift calculated?', 'speed × time'],
			['What equation links mean glow, light used and time?', 'mean glow = light used ÷ time']
		]);
	});
});
