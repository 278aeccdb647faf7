import { describe, expect, it } from 'vitest';
import { workedExample } from './worked-example';
import { sentencesOf } from './text';

describe('workedExample', () => {
	it('marks a paragraph opening on a worked example or a set-up', () => {
		expect(
			workedExample(['Worked example 3. A flask holds 60 g of salt.', 'How much is left?'], 'Decay')
		).toBe(true);
		expect(workedExample(['Suppose a trolley of mass 4 kg rolls at 3 m/s.'], '')).toBe(true);
		expect(
			workedExample(['Imagine a village of 200 farmers sharing one pasture.'], 'Commons')
		).toBe(true);
	});

	it('marks an example case with numbers in its condition and its result', () => {
		expect(
			workedExample(
				['For instance, if 90 g of salt dissolves in 30 s, the rate is 3 g/s.'],
				'Rates'
			)
		).toBe(true);
		expect(
			workedExample(['If the temperature rises by 10 °C, the rate roughly doubles.'], 'Rates')
		).toBe(false);
	});

	it('marks every paragraph under an example heading', () => {
		expect(workedExample(['A copper bar has a length of 2 m.'], 'Worked example')).toBe(true);
		expect(workedExample(['The tide rose 3 m.'], 'Practice questions')).toBe(true);
	});

	it('marks a paragraph that works a sum on its own numbers', () => {
		expect(
			workedExample(['A crate weighs 80 N.', 'Its mass is 80 ÷ 10 = 8 kg.'], 'Weight and mass')
		).toBe(true);
		expect(
			workedExample(['A counter reads 640 counts.', 'That falls from 640 to 320 to 160.'], '')
		).toBe(true);
	});

	it('keeps facts: an example with no sum, a heading of examples of a thing', () => {
		expect(
			workedExample(
				['For example, radium-226 decays to radon-222.', 'Gamma rays carry energy.'],
				'Decay'
			)
		).toBe(false);
		expect(workedExample(['Lighthouses are public goods.'], 'Examples of public goods')).toBe(
			false
		);
		expect(workedExample(['The Act of 1832 gave the vote to 650,000 men.'], 'Reform')).toBe(false);
	});
});

describe('sentencesOf marks worked examples', () => {
	it('marks each sentence of an exercise paragraph and no other', () => {
		const sentences = sentencesOf('m', [
			{ kind: 'paragraph', text: 'Tritium has a half-life of 12 years.' },
			{
				kind: 'paragraph',
				text: 'Worked example 1. A detector near a sample records 300 counts per minute. What is the half-life?'
			}
		]);
		expect(sentences[0].worked).toBeUndefined();
		expect(sentences.length).toBeGreaterThan(2);
		expect(sentences.slice(1).every((s) => s.worked)).toBe(true);
	});
});
