import { describe, expect, it } from 'vitest';
import { isArrowLine } from './arrow-line';

describe('isArrowLine: shorthand no sentence reader may ask (gen87)', () => {
	it('reads cause chains, word and symbol equations and labels set equal', () => {
		for (const line of [
			'Warm velm rises → cools → mist forms → drizzle.',
			'Loose rock piled on a slope → heavier, so it slides, because friction is overcome.',
			'frost -> cracks widen',
			'glimmer + oxygen → velmide + water',
			'Q = t × Z',
			'Fast vs slow = how far the cart goes in one second.',
			'Heat lost ⇒ the liquid sets.'
		])
			expect(isArrowLine(line), line).toBe(true);
	});

	it('leaves ordinary sentences, dashes and comparisons alone', () => {
		for (const line of [
			'Warm air rises because it is less dense than the air around it.',
			'Velmide – a salt made when glimmer reacts with oxygen.',
			'The ratio is greater than one <- see the table.',
			'Prices rose by 3% in 1921.'
		])
			expect(isArrowLine(line), line).toBe(false);
	});
});
