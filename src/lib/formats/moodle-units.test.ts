import { describe, expect, it } from 'vitest';
import { matchesAnswer } from '$lib/content/answer-match';
import { readMoodleXml } from './moodle-xml';
import { writeMoodleXml } from './moodle-xml-write';
import { moodleUnits, readMoodleUnits } from './moodle-units';
import type { PortableQuestion } from './portable';

const WEIGHT = 'What is the weight of a 60 kg person on Earth? Give the unit.';

function short(prompt: string, answer: string, accept?: string[]): PortableQuestion {
	return { type: 'short', prompt, answer, ...(accept ? { accept } : {}), topics: [] };
}

describe('a typed answer with a unit as Moodle’s numerical question (session 37)', () => {
	it('takes the number and the unit names the rule marks right, graded where the prompt asks', () => {
		expect(moodleUnits(short(WEIGHT, '588 N', ['588N', '588 newtons']))).toEqual({
			value: 588,
			units: [
				{ name: 'N', multiplier: 1 },
				{ name: 'newtons', multiplier: 1 }
			],
			required: true
		});
		expect(moodleUnits(short('What is its momentum? Include the unit.', '25000 kg m/s'))).toEqual({
			value: 25000,
			units: [
				{ name: 'kg m/s', multiplier: 1 },
				{ name: 'kgm/s', multiplier: 1 }
			],
			required: true
		});
	});

	it('leaves a short answer where the unit is optional, an accepted answer says more, or no unit is there', () => {
		// Moodle's optional units take "2 m" for "2 m/s"; a short answer's forms do not.
		expect(moodleUnits(short('What is the speed in m/s?', '2 m/s'))).toBeNull();
		expect(moodleUnits(short(WEIGHT, '588 N', ['0.588 kN']))).toBeNull();
		expect(moodleUnits(short(WEIGHT, 'Paris'))).toBeNull();
		expect(moodleUnits(short(WEIGHT, '1990s'))).toBeNull();
		const numeric = { ...short(WEIGHT, '588'), numeric: { value: 588, tolerance: 1 } };
		expect(moodleUnits(numeric)).toBeNull();
	});

	it('writes <units> and the unit handling as Moodle names them', () => {
		const xml = writeMoodleXml([short(WEIGHT, '588 N')]).text;
		expect(xml).toContain('<question type="numerical">');
		expect(xml).toMatch(/<text>588<\/text>\s*<tolerance>0<\/tolerance>/);
		expect(xml).toMatch(/<multiplier>1<\/multiplier>\s*<unit_name>N<\/unit_name>/);
		expect(xml).toContain('<unitgradingtype>1</unitgradingtype>');
		expect(xml).toContain('<unitpenalty>1</unitpenalty>');
		expect(xml).toContain('<showunits>0</showunits>');
		expect(xml).toContain('<unitsleft>0</unitsleft>');
		const optional = writeMoodleXml([short('What is the speed in m/s?', '2 m/s')]).text;
		expect(optional).toContain('<question type="shortanswer">');
	});

	it('reads a Moodle file’s units back: the key with its unit, another multiplier accepted', () => {
		const file = `<quiz><question type="numerical"><questiontext><text>${WEIGHT}</text></questiontext><answer fraction="100"><text>588</text><tolerance>0</tolerance></answer><units><unit><multiplier>1</multiplier><unit_name>N</unit_name></unit><unit><multiplier>0.001</multiplier><unit_name>kN</unit_name></unit></units><unitgradingtype>1</unitgradingtype><unitpenalty>0.1</unitpenalty><showunits>0</showunits></question></quiz>`;
		const [q] = readMoodleXml(file).questions;
		expect(q).toMatchObject({ type: 'short', answer: '588 N', accept: ['0.588 kN'] });
		expect(q.numeric).toBeUndefined();
		expect(matchesAnswer('588 N', q)).toBe(true);
		expect(matchesAnswer('0.588 kN', q)).toBe(true);
		expect(matchesAnswer('588', q)).toBe(false);
		expect(matchesAnswer('588 kg', q)).toBe(false);
	});

	it('keeps a number with a tolerance numerical, its units aside', () => {
		expect(readMoodleUnits(9.8, 0.1, { unit: { multiplier: '1', unit_name: 'N/kg' } })).toBeNull();
		expect(readMoodleUnits(588, 0, undefined)).toBeNull();
	});

	it('comes back from its own export marked the same', () => {
		for (const q of [short(WEIGHT, '588 N'), short('What is the speed in m/s?', '2 m/s')]) {
			const [back] = readMoodleXml(writeMoodleXml([q]).text).questions;
			expect(back.answer).toBe(q.answer);
			for (const typed of ['588', '588 N', '588 newtons', '2', '2 m', '2 m/s'])
				expect(matchesAnswer(typed, back), `${typed} for ${q.answer}`).toBe(
					matchesAnswer(typed, q)
				);
		}
	});
});
