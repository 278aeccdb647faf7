import { describe, expect, it } from 'vitest';
import { answerMatch } from './answer-match';
import { sameBySpelling } from './spelling-variants';

describe('British and American spellings (issue 12/14)', () => {
	it('pairs the two spellings of one word, either way round', () => {
		for (const [uk, us] of [
			['colour', 'color'],
			['colours', 'colors'],
			['favourite', 'favorite'],
			['organisation', 'organization'],
			['recognised', 'recognized'],
			['analyse', 'analyze'],
			['centre', 'center'],
			['metres', 'meters'],
			['defence', 'defense'],
			['licence', 'license'],
			['travelled', 'traveled'],
			['catalogue', 'catalog'],
			['programme', 'program'],
			['north atlantic treaty organisation', 'north atlantic treaty organization']
		]) {
			expect(sameBySpelling(uk, us), `${uk} ${us}`).toBe(true);
			expect(sameBySpelling(us, uk), `${us} ${uk}`).toBe(true);
		}
	});

	it('pairs no different words', () => {
		for (const [a, b] of [
			['four', 'for'],
			['hours', 'hors'],
			['rogue', 'rog'],
			['filled', 'filed'],
			['colour', 'colony'],
			['defence', 'defiance'],
			['colour', 'colour'],
			['centre', 'centred']
		])
			expect(sameBySpelling(a, b), `${a} ${b}`).toBe(false);
	});

	it('marks a variant as spelling, not a slip of the keyboard', () => {
		expect(answerMatch('color', { answer: 'colour' })).toEqual({
			kind: 'spelling',
			matched: 'colour'
		});
		expect(answerMatch('Organization', { answer: 'organisation' })?.kind).toBe('spelling');
		expect(answerMatch('defense', { answer: 'defence' })?.kind).toBe('spelling');
		expect(answerMatch('colur', { answer: 'colour' })?.kind).toBe('typo');
	});
});
