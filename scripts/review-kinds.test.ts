import { describe, expect, it } from 'vitest';
import { exactKey, kindOf, looseKey, type Draft } from './review-kinds';

const draft = (over: Partial<Draft>): Draft => ({
	id: 'ab-g-d-1-truefalse-0abc',
	type: 'truefalse',
	fact: 'd-1-truth-0abc',
	prompt: 'In 1702 Jonas Berg built the first bridge of Ostra.',
	answer: 'true',
	explanation: 'True: class handout says so.',
	source: { quote: 'In 1702 Jonas Berg built the first bridge of Ostra.' },
	...over
});

describe('kindOf', () => {
	it('names the idea kind, the type and what a false statement swapped', () => {
		expect(kindOf(draft({}))).toBe('truth truefalse true');
		const swapped = {
			answer: 'false',
			prompt: 'In 1688 Jonas Berg built the first bridge of Ostra.'
		};
		expect(
			kindOf(draft({ ...swapped, explanation: 'False: class handout gives 1702, not 1688. “…”' }))
		).toBe('truth truefalse false year');
		expect(
			kindOf(draft({ ...swapped, explanation: 'False: class handout gives 42, not 12. “…”' }))
		).toBe('truth truefalse false number');
	});

	it('names a flashcard by its prompt form', () => {
		const card = { type: 'flashcard', answer: 'A port town of Varnland' };
		expect(kindOf(draft({ ...card, fact: 'd-2-term-1x', prompt: 'Who was Jonas Berg?' }))).toBe(
			'term flashcard who'
		);
		expect(
			kindOf(
				draft({ ...card, fact: 'd-2-glossary-1x', prompt: 'What is meant by the term “tithe”?' })
			)
		).toBe('glossary flashcard meant');
	});
});

describe('match keys', () => {
	it('match the same draft whatever its punctuation and case', () => {
		const a = draft({});
		const b = draft({ prompt: 'in 1702, Jonas Berg built the first bridge of Ostra' });
		expect(exactKey('x.md', a)).toBe(exactKey('x.md', b));
		expect(exactKey('x.md', a)).not.toBe(exactKey('y.md', a));
	});

	it('match loosely a statement redrawn on the same sentence with another wrong year', () => {
		const wrong = (year: string) =>
			draft({ prompt: `In ${year} Jonas Berg built the first bridge of Ostra.`, answer: 'false' });
		expect(exactKey('x.md', wrong('1688'))).not.toBe(exactKey('x.md', wrong('1745')));
		expect(looseKey('x.md', wrong('1688'))).toBe(looseKey('x.md', wrong('1745')));
		expect(looseKey('x.md', draft({}))).not.toBe(looseKey('x.md', wrong('1688')));
	});
});
