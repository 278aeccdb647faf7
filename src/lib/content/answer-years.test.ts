import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchesAnswer } from './answer-match';
import { splitEra } from './answer-years';

const treaty = {
	answer: 'Treaty of Bucharest',
	explanation: 'The Treaty of Bucharest (1913) ended the Second Balkan War.',
	source: { quote: 'Bulgaria signed the Treaty of Bucharest on 10 August 1913.' }
};

describe('era marks on years', () => {
	it('reads AD, CE, BC and BCE beside a number, and leaves a lone word alone', () => {
		expect(splitEra('in 1878 AD')).toEqual({ text: 'in 1878', era: null });
		expect(splitEra('A.D. 1878')).toEqual({ text: '1878', era: null });
		expect(splitEra('44 B.C.E.')).toEqual({ text: '44', era: 'bc' });
		expect(splitEra('ad campaign')).toEqual({ text: 'ad campaign', era: null });
	});

	it('the outsider teacher’s answers: "in 1878 AD" and "1878 CE" are 1878', () => {
		expect(matchesAnswer('in 1878 AD', { answer: '1878' })).toBe(true);
		expect(matchesAnswer('1878 CE', { answer: '1878' })).toBe(true);
	});

	it('any year with "in" and AD or CE is right for its own key and wrong for any other', () => {
		const year = fc.integer({ min: 1, max: 2100 });
		const mark = fc.constantFrom('AD', 'A.D.', 'CE', 'ad', '');
		const lead = fc.constantFrom('in ', '', 'In ');
		fc.assert(
			fc.property(year, year, mark, lead, (key, typed, era, start) => {
				const answer = `${start}${typed} ${era}`;
				expect(matchesAnswer(answer, { answer: String(key) })).toBe(key === typed);
			})
		);
	});

	it('BC only where the key says BC, and then BC or BCE is needed', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 3000 }),
				fc.constantFrom('BC', 'BCE', 'B.C.'),
				(y, bc) => {
					expect(matchesAnswer(`${y} ${bc}`, { answer: `${y} BC` })).toBe(true);
					expect(matchesAnswer(`${y} ${bc}`, { answer: String(y) })).toBe(false);
					expect(matchesAnswer(String(y), { answer: `${y} BC` })).toBe(false);
					expect(matchesAnswer(`${y} AD`, { answer: `${y} BCE` })).toBe(false);
				}
			)
		);
	});
});

describe('a name key with a year', () => {
	it('the outsider teacher’s answer: "the treaty of Bucharest 1913" is right', () => {
		expect(matchesAnswer('the treaty of Bucharest 1913', treaty)).toBe(true);
		expect(matchesAnswer('1913 Treaty of Bucharest', treaty)).toBe(true);
		expect(matchesAnswer('Treaty of Bucharest in 1913 AD', treaty)).toBe(true);
	});

	it('is wrong with no text of the question to date the name (as in Moodle)', () => {
		expect(matchesAnswer('Treaty of Bucharest 1913', { answer: 'Treaty of Bucharest' })).toBe(
			false
		);
	});

	it('never a wrong year or a different name, whatever the years', () => {
		const year = fc.integer({ min: 1000, max: 2100 });
		const names = ['Treaty of Bucharest', 'Congress of Berlin', 'Treaty of London'];
		fc.assert(
			fc.property(year, year, fc.constantFrom(...names), (dated, typed, name) => {
				const question = {
					answer: 'Treaty of Bucharest',
					explanation: `It was signed in ${dated}, after a war.`,
					source: { quote: `The Treaty of Bucharest (${dated}) ended the war.` }
				};
				const right = name === 'Treaty of Bucharest' && typed === dated;
				expect(matchesAnswer(`the ${name} ${typed}`, question)).toBe(right);
			})
		);
	});
});
