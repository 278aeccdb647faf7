import { describe, expect, it } from 'vitest';
import { madeUpArticle, sentenceCard } from './ideas.test-helpers';
import type { Idea } from './ideas';
import {
	falseByNumber,
	minorPointRefuses,
	inOpeningHook,
	minorLifeYear,
	whatIsByOneTrait
} from './idea-minor-points';

const { article } = madeUpArticle('Ostra', ['Ostra is a small island in the Varn Sea.']);

/** A true-or-false card of a made-up statement (`said`, the true sentence it came from). */
const statement = (prompt: string, answer: 'true' | 'false', said = prompt): Idea => ({
	...sentenceCard(prompt, answer, said, 'truefalse'),
	kind: 'truth',
	context: said
});

/** Blind checks H22 and H23: their remaining failure kinds, as rules on made-up sentences. */
describe('H22 and H23 kinds (gen67)', () => {
	it('refuses a false statement that differs from its sentence only by a number or a year', () => {
		const said = 'In 1742 the Varn Company opened its first mill at Ostra.';
		expect(falseByNumber('In 1745 the Varn Company opened its first mill at Ostra.', said)).toBe(
			true
		);
		expect(falseByNumber('The mill had 120 looms.', 'The mill had 80 looms.')).toBe(true);
		expect(falseByNumber('It ran from 1801–1820.', 'It ran from 1790–1820.')).toBe(true);
		// The statement names whom the sentence calls "he": still its sentence, one year changed.
		expect(
			falseByNumber(
				'In 1745 Piet Varn opened a mill at Ostra.',
				'In 1742 he opened a mill at Ostra.'
			)
		).toBe(true);
		expect(
			falseByNumber(
				'In 1745 Piet Varn opened a mill at Ostra.',
				'In 1742 Varn opened a mill at Ostra.'
			)
		).toBe(true);
		expect(
			minorPointRefuses(
				statement('In 1745 the Varn Company opened its first mill at Ostra.', 'false', said),
				article
			)
		).toBe(true);
		// The true version stays, and a false one made by swapping a word is another kind.
		expect(minorPointRefuses(statement(said, 'true'), article)).toBe(false);
		expect(falseByNumber('In 1742 the Varn Company opened its first mill at Delm.', said)).toBe(
			false
		);
	});

	it('refuses the year of a minor life event as a key or as a statement', () => {
		const blank = (prompt: string, answer: string): Idea => ({
			...sentenceCard(prompt, answer, prompt, 'mcq'),
			kind: 'when'
		});
		expect(minorLifeYear(blank('In ____, Lena Dorr married the painter Piet Varn.', '1811'))).toBe(
			true
		);
		expect(minorLifeYear(blank('In ____, Lena Dorr moved to Ostra to teach.', '1811'))).toBe(true);
		expect(
			minorLifeYear(statement('In 1811 Lena Dorr began training at the Ostra School.', 'true'))
		).toBe(true);
		expect(minorLifeYear(statement('Lena Dorr qualified as a surgeon in 1811.', 'true'))).toBe(
			true
		);
		expect(
			minorLifeYear(statement('In 1811 two brothers from Delm patented a new loom.', 'true'))
		).toBe(true);
		// The central deeds stay: a discovery, a prize, an office, a death.
		expect(minorLifeYear(blank('In ____, Lena Dorr discovered the Varn comet.', '1811'))).toBe(
			false
		);
		expect(minorLifeYear(statement('In 1811 Lena Dorr won the Ostra Prize.', 'true'))).toBe(false);
		// "moved to" a place only: moving the capital is history.
		expect(minorLifeYear(statement('In 1811 the king moved the capital to Delm.', 'true'))).toBe(
			false
		);
		// No year asked or stated: not this kind.
		expect(minorLifeYear(sentenceCard('Whom did Lena Dorr marry?', 'Piet Varn'))).toBe(false);
	});

	it("refuses a reason from a handout's opening hook, not from its body", () => {
		const hook = madeUpArticle('The Ostra Bell', [
			'# The Ostra Bell',
			'Most bells are famous for their sound. The Ostra Bell became famous because of a crack. This handout explains how it cracked.',
			'# How it cracked',
			'The bell cracked because the bronze cooled too fast.'
		]).article;
		const famous = hook.sentences.find((s) => s.text.includes('because of a crack'))!;
		const body = hook.sentences.find((s) => s.text.includes('cooled'))!;
		expect(inOpeningHook(famous, hook)).toBe(true);
		expect(inOpeningHook(body, hook)).toBe(false);
		const why: Idea = {
			...sentenceCard('Why did the Ostra Bell become famous?', 'Because of a crack', famous.text),
			sentence: famous,
			kind: 'cause'
		};
		expect(minorPointRefuses(why, hook)).toBe(true);
		// An opening that states facts and promises nothing is no hook.
		const plain = madeUpArticle('The Ostra Bell', [
			'The Ostra Bell became famous because of a crack. It hangs in Delm.'
		]).article;
		expect(inOpeningHook(plain.sentences[0], plain)).toBe(false);
	});

	it('refuses "What is X?" keyed by a shape, a size or a word of its name', () => {
		expect(
			whatIsByOneTrait(
				'What is the Ostra Arena?',
				'An oval about 90 metres long and 60 metres wide'
			)
		).toBe(true);
		expect(whatIsByOneTrait('What is the Ostra Arena?', 'A shape like an egg')).toBe(true);
		expect(
			whatIsByOneTrait(
				'What are stone reeds?',
				'Water plants, meaning plants that grow among stones'
			)
		).toBe(false);
		expect(
			whatIsByOneTrait(
				'What are river reeds?',
				'Tall grasses, meaning grasses that grow in a river'
			)
		).toBe(true);
		// A proper name's word said again is a name, not a gloss.
		expect(
			whatIsByOneTrait('What are the Varn Acts?', 'Four laws passed by the Varn council in 1798')
		).toBe(false);
		// What X is: a class and what sets it apart.
		expect(whatIsByOneTrait('What is the Ostra Arena?', 'A stone theatre built by the Varns')).toBe(
			false
		);
		expect(whatIsByOneTrait('What is a varnlute?', 'A stringed instrument with a long neck')).toBe(
			false
		);
		// A name asked for, not what X is.
		expect(
			whatIsByOneTrait('What is the Ostran custom of ringing the bells called?', 'Varnsong')
		).toBe(false);
		expect(whatIsByOneTrait('What is meant by the term “river reed”?', 'A reed of a river')).toBe(
			false
		);
	});
});
