import { describe, expect, it } from 'vitest';
import { autoRating, isCorrect } from './grading';
import { matchesAnswer, normalizeAnswer } from '$lib/content/answer-match';

describe('typed answers', () => {
	const vucic = { answer: 'Aleksandar Vučić', accept: ['Vučić'] };

	it('ignores case, accents, punctuation and spacing', () => {
		expect(matchesAnswer('aleksandar vucic', vucic)).toBe(true);
		expect(matchesAnswer('  VUČIĆ. ', vucic)).toBe(true);
		expect(normalizeAnswer('The  Kosovo-Force!')).toBe('the kosovo force');
		expect(matchesAnswer('The  Kosovo-Force!', { answer: 'Kosovo Force' })).toBe(true);
		expect(matchesAnswer('Erdoğan', { answer: 'Erdogan' })).toBe(true);
	});

	it('forgives a small typo but not a different word', () => {
		expect(matchesAnswer('Aleksander Vucic', vucic)).toBe(true);
		expect(matchesAnswer('Vuicc', vucic)).toBe(true);
		expect(matchesAnswer('Erdogan', vucic)).toBe(false);
		expect(matchesAnswer('', vucic)).toBe(false);
	});

	it('never forgives a wrong number', () => {
		expect(matchesAnswer('2017', { answer: '2019' })).toBe(false);
		expect(matchesAnswer('2019', { answer: '2019' })).toBe(true);
		expect(matchesAnswer('in 2019', { answer: '2019', accept: ['in 2019'] })).toBe(true);
	});

	it('is strict on very short answers', () => {
		expect(matchesAnswer('EY', { answer: 'EU' })).toBe(false);
		expect(matchesAnswer('eu', { answer: 'EU' })).toBe(true);
	});
});

describe('auto grading', () => {
	it('maps wrong to Again and right to Good', () => {
		expect(autoRating(false)).toBe(1);
		expect(autoRating(true)).toBe(3);
	});

	it('checks each type its own way', () => {
		expect(isCorrect({ type: 'mcq', answer: '2017' }, '2017')).toBe(true);
		expect(isCorrect({ type: 'mcq', answer: '2017' }, '2019')).toBe(false);
		expect(isCorrect({ type: 'truefalse', answer: 'false' }, 'false')).toBe(true);
		expect(isCorrect({ type: 'truefalse', answer: 'false' }, 'true')).toBe(false);
		expect(isCorrect({ type: 'cloze', answer: 'KFOR' }, 'kfor')).toBe(true);
		expect(
			isCorrect({ type: 'short', answer: 'Pristina', accept: ['Prishtina'] }, 'prishtina')
		).toBe(true);
	});
});
