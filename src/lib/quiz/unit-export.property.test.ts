import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesAnswer } from '$lib/content/answer-match';
import { asksForUnit, unitRequired } from '$lib/content/answer-unit';
import { sameUnitWritten } from '$lib/content/unit-written';
import { readGift } from '$lib/formats/gift';
import { writeGift } from '$lib/formats/gift-write';
import { readMoodleXml } from '$lib/formats/moodle-xml';
import { writeMoodleXml } from '$lib/formats/moodle-xml-write';
import { quizPortable } from './quiz-export';
import { isCorrect } from './scoring';
import type { QuizQuestion } from './types';

/**
 * A quiz's typed answer with a unit, exported to Moodle and read back, is marked as the app
 * marks it (session 37, a physics teacher: the export listed "2 m" for "2 m/s", which the app
 * marked wrong). Every form the export lists is right in the app, on the quiz's own question
 * and on the question read back; the same number in another unit is wrong on both, and so is
 * the bare number where the prompt asks for the unit (`answer-unit.ts`). Moodle XML carries a
 * unit the prompt asks for as a numerical question with its units (`moodle-units.ts`; optional,
 * `unitgradingtype` 0, where the teacher lists the bare number), GIFT and any other unit as a
 * short answer's forms.
 */

/** Units a physics quiz uses, with look-alikes that are other units (m and m/s, mW and MW). */
const UNITS = [
	'N',
	'kN',
	'kg',
	'g',
	'm',
	'm/s',
	'km/h',
	'm/s²',
	'kg m/s',
	'kg m',
	'N m',
	'J',
	'kJ',
	'W',
	'mW',
	'MW',
	'Pa',
	'Hz',
	'A',
	'V',
	'Ω',
	's',
	'ms',
	'°C',
	'K'
];

const PROMPTS = [
	'What is the result? Give the unit.',
	'Calculate it, including units.',
	'What is the result?',
	'What is the speed in m/s?'
];

/** A number as a teacher writes a key: whole or with decimals, never a bare "0". */
const number = fc
	.tuple(fc.integer({ min: 1, max: 99999 }), fc.constantFrom(0, 1, 2))
	.map(([n, decimals]) => (decimals ? (n / 10 ** decimals).toFixed(decimals) : String(n)));

const question = fc
	.record({
		number,
		unit: fc.constantFrom(...UNITS),
		other: fc.constantFrom(...UNITS),
		prompt: fc.constantFrom(...PROMPTS),
		// The teacher lists the number alone: then it is right whatever the prompt says.
		bare: fc.boolean()
	})
	.map(({ number, unit, other, prompt, bare }) => ({
		number,
		other,
		question: {
			id: 'q-unit',
			type: 'short',
			prompt,
			answer: `${number} ${unit}`,
			...(bare ? { accept: [number] } : {}),
			explanation: '',
			source: { doc: 'notes', quote: '' }
		} as QuizQuestion
	}));

describe('a typed answer with a unit, exported and read back (property)', () => {
	it('every form the export lists is right, another unit and a missing asked-for unit wrong', () => {
		fc.assert(
			fc.property(question, ({ number, other, question: q }) => {
				const portable = quizPortable({ title: 'Physics', questions: [q] });
				const files = [writeGift(portable).text, writeMoodleXml(portable).text];
				// Numerical with its units where the prompt asks for the unit (graded, or optional
				// when the teacher listed the bare number), else a short answer's forms.
				const required = unitRequired(q);
				const asks = asksForUnit(q.prompt);
				expect(files[1]).toContain(
					asks ? '<question type="numerical">' : '<question type="shortanswer">'
				);
				if (asks)
					expect(files[1]).toContain(`<unitgradingtype>${required ? 1 : 0}</unitgradingtype>`);
				const reads = [readGift(files[0]), readMoodleXml(files[1])];
				for (const read of reads) {
					expect(read.problems).toEqual([]);
					const back = read.questions[0];
					for (const form of [back.answer, ...(back.accept ?? [])]) {
						expect(isCorrect(q, form), `${form} for ${q.answer}`).toBe(true);
						expect(matchesAnswer(form, back), `${form} read back`).toBe(true);
					}
					const unit = q.answer.slice(number.length + 1);
					if (!sameUnitWritten(other, unit)) {
						const wrong = `${number} ${other}`;
						expect(isCorrect(q, wrong), `${wrong} for ${q.answer}`).toBe(false);
						expect(matchesAnswer(wrong, back), `${wrong} read back`).toBe(false);
					}
					expect(isCorrect(q, number)).toBe(!required);
					expect(matchesAnswer(number, back)).toBe(!required);
				}
			}),
			{ numRuns: 300 }
		);
	});
});
