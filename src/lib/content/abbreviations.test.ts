import { describe, expect, it } from 'vitest';
import { expandAbbreviations, wordsFor } from './abbreviations';
import { answerMatch, matchesAnswer, normalizeAnswer } from './answer-match';

const right = (typed: string, answer: string, prompt?: string) =>
	matchesAnswer(typed, { answer, prompt });

/** Outsider teacher from Kahoot and Moodle (issue 14): "Mt Fuji" was wrong for "Mount Fuji". */
describe('a standard abbreviation a student types', () => {
	it('is the word it stands for, either way round', () => {
		const same: [string, string][] = [
			['Mt Fuji', 'Mount Fuji'],
			['Mt. Everest', 'Mount Everest'],
			['mt kilimanjaro', 'Mount Kilimanjaro'],
			['Mount Fuji', 'Mt. Fuji'],
			['St Petersburg', 'Saint Petersburg'],
			['St. Helena', 'Saint Helena'],
			['Mt St Helens', 'Mount Saint Helens'],
			['Mount St. Helens', 'Mt. St. Helens'],
			['Baker St', 'Baker Street'],
			['Wall St.', 'Wall Street'],
			['Ft Sumter', 'Fort Sumter'],
			['Dr Livingstone', 'Doctor Livingstone'],
			['Mulholland Dr', 'Mulholland Drive'],
			['Fifth Ave', 'Fifth Avenue'],
			['Abbey Rd', 'Abbey Road'],
			['Martin Luther King Jr.', 'Martin Luther King Junior'],
			['No. 10', 'Number 10'],
			['no 10 Downing St', 'Number 10 Downing Street'],
			['Rocky Mts', 'Rocky Mountains'],
			['Brown vs Board of Education', 'Brown versus Board of Education'],
			['Marks & Spencer', 'Marks and Spencer'],
			// Blind check H23's handouts write "St Mary's", "St Paul's"; a student types either.
			["Saint Mary's Hospital", "St Mary's Hospital"],
			["St. Paul's Cathedral", "Saint Paul's Cathedral"],
			['Sts Peter and Paul', 'Saints Peter and Paul'],
			['Ste. Marie', 'Sainte Marie'],
			['Saint-Malo', 'St Malo']
		];
		for (const [typed, key] of same) {
			expect(right(typed, key), `${typed} for ${key}`).toBe(true);
			expect(answerMatch(typed, { answer: key })?.kind, typed).toBe('exact');
		}
	});

	it('is not written out where it could be another word', () => {
		const different: [string, string][] = [
			// "St" before a name is Saint, after one Street: never the other.
			['Saint Street', 'Street Saint'],
			['St Petersburg', 'Street Petersburg'],
			['Baker St', 'Baker Saint'],
			['Mulholland Dr', 'Mulholland Doctor'],
			// After a number: a unit or an ordinal ("10 ft", "50 Mt", "21 st").
			['10 ft', '10 fort'],
			['50 Mt', '50 mount'],
			// "No" is a number's only before one.
			['no', 'number'],
			['No way', 'Number way'],
			// Not a standard abbreviation of one word here ("Res." is resolution or reserve).
			['Res. 1244', 'Resolution 1244']
		];
		for (const [typed, key] of different)
			expect(right(typed, key), `${typed} ≠ ${key}`).toBe(false);
		expect(normalizeAnswer('10 ft')).toBe('10 ft');
		expect(normalizeAnswer('21 st century')).toBe('21 st century');
	});

	it('keeps a lone abbreviation as typed, and a key always matches its own abbreviation', () => {
		expect(expandAbbreviations(['st'])).toEqual(['st']);
		expect(expandAbbreviations(['mt', 'fuji'])).toEqual(['mount', 'fuji']);
		expect(right('St', 'St')).toBe(true);
		expect(wordsFor('st')).toEqual(['st', 'saint', 'street']);
		expect(wordsFor('fuji')).toEqual(['fuji']);
		// A property of the table, not a word: "constructor" is no abbreviation.
		expect(expandAbbreviations(['constructor', 'x'])).toEqual(['constructor', 'x']);
	});

	it('leaves the last noun the question names out, as it did for the word written out', () => {
		// "Baker" alone for "Baker St" asked as "Which street …": the key's last word is its
		// abbreviation's, written with a capital, so it is part of the name and still needed.
		expect(right('Baker', 'Baker St', 'On which street did Holmes live?')).toBe(false);
	});
});
