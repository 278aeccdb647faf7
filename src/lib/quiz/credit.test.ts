import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGift } from '$lib/formats/gift';
import { writeGift } from '$lib/formats/gift-write';
import { readMoodleXml } from '$lib/formats/moodle-xml';
import { writeMoodleXml } from '$lib/formats/moodle-xml-write';
import type { ImportResult } from '$lib/formats/portable';
import { fileQuestions, readQuizFile } from './file-quiz';
import { decodeQuiz, encodeQuiz, leanQuiz } from './quiz-code';
import { quizPortable } from './quiz-export';
import { resolveQuiz } from './quiz-resolve';
import { seededRandom } from './random';
import { creditOf, partlyRightWords, scoreAnswers } from './scoring';
import { answerOptions } from './breakdown';
import { DEFAULT_SETTINGS, type Quiz } from './types';

/**
 * Partial credit from a GIFT or Moodle XML file (teacher outsider, session 37: `~%50%…`,
 * `=%50%…` and Moodle's `fraction="50"` were named on import, then lost): kept as a weight on
 * that answer, marked as its share of the mark, carried in the link, exported with its weight.
 */

const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function quizOf(read: ImportResult, seed = 1): Quiz {
	const made = fileQuestions(read, seededRandom(seed));
	if ('error' in made) throw new Error(made.error);
	return {
		id: 'credit1234',
		title: 'Credit',
		createdAt: 0,
		settings: { ...DEFAULT_SETTINGS },
		questions: made.questions.map((q) => q.question)
	};
}

const GIFT = `::MC::Difficult multiple choice question.{
     ~wrong answer
     ~%50%half credit answer
     =full credit answer}

::SA::Jesus Christ was from {
     =Nazareth
     =%75%Nazereth
     =%25%Bethlehem
}.
`;

describe('partial credit in a class quiz', () => {
	const read = readQuizFile('credit.gift', GIFT)!.read;
	const quiz = quizOf(read);
	const [mc, sa] = quiz.questions;

	it('is read for a class quiz, and a course import still leaves it out, saying so', () => {
		expect(read.problems).toEqual([]);
		expect(mc.credit).toEqual({ 'half credit answer': 50 });
		expect(sa.credit).toEqual({ Nazereth: 75, Bethlehem: 25 });
		expect(read.notes.join(' ')).not.toMatch(/left out/);
		const course = readGift(GIFT);
		expect(course.problems).toHaveLength(1);
		expect(course.questions[0].credit).toBeUndefined();
	});

	it('counts its share of the mark: 0.5 for the half-credit choice, 0.25 for a typed Bethlehem', () => {
		const half = mc.choices!.indexOf('half credit answer');
		const full = mc.choices!.indexOf('full credit answer');
		expect(creditOf(mc, half)).toBe(0.5);
		expect(creditOf(mc, full)).toBe(1);
		expect(creditOf(mc, mc.choices!.indexOf('wrong answer'))).toBe(0);
		expect(creditOf(sa, 'bethlehem')).toBe(0.25);
		expect(creditOf(sa, 'Nazareth')).toBe(1);
		expect(creditOf(sa, 'Rome')).toBe(0);
		const score = scoreAnswers(quiz, [half, 'Bethlehem']);
		expect(score).toMatchObject({ correct: 0.75, total: 2, perQuestion: [false, false] });
		expect(score.credit).toEqual([0.5, 0.25]);
		expect(partlyRightWords(0.5)).toBe('Partly right: 50% of the mark');
		expect(partlyRightWords(1)).toBe('');
		expect(partlyRightWords(0)).toBe('');
	});

	it('the report’s breakdown gives each answer its share: the half-credit choice 0.5, Bethlehem 0.25', () => {
		const half = mc.choices!.indexOf('half credit answer');
		const options = answerOptions(mc, [half, half, null]);
		expect(options.find((o) => o.label === 'half credit answer')).toMatchObject({
			count: 2,
			correct: false,
			credit: 0.5
		});
		expect(options.find((o) => o.label === 'full credit answer')?.credit).toBe(1);
		expect(answerOptions(sa, ['Bethlehem'])[0]).toMatchObject({ correct: false, credit: 0.25 });
	});

	it('travels in the link and its QR code’s lean link, so the student’s phone marks it too', () => {
		for (const carried of [quiz, leanQuiz(quiz)]) {
			const decoded = decodeQuiz(encodeQuiz(carried));
			if (!decoded.ok) throw new Error(decoded.message);
			const opened = resolveQuiz(decoded.value, null);
			if (!opened.ok) throw new Error(opened.message);
			expect(opened.value.questions.map((q) => q.credit)).toEqual([mc.credit, sa.credit]);
		}
	});

	it('goes back to GIFT and Moodle XML with its weight, and reads back the same', () => {
		const portable = quizPortable(quiz);
		const gift = writeGift(portable).text;
		expect(gift).toContain('~%50%half credit answer');
		expect(gift).toContain('=%25%Bethlehem');
		const xml = writeMoodleXml(portable).text;
		expect(xml).toContain('fraction="50"');
		expect(xml).toContain('fraction="75"');
		for (const back of [readGift(gift, { credit: true }), readMoodleXml(xml, { credit: true })]) {
			expect(back.problems).toEqual([]);
			expect(back.questions.map((q) => q.credit)).toEqual([mc.credit, sa.credit]);
		}
	});

	it('a real file: Moodle’s own GIFT examples keep their 50%, 75% and 25% answers', () => {
		const examples = quizOf(
			readQuizFile('gift.txt', fixture('gift-format-php-examples.gift'))!.read
		);
		const credited = examples.questions.filter((q) => q.credit);
		expect(credited.map((q) => q.credit)).toEqual([
			{ 'half credit answer': 50 },
			{ Nazereth: 75, Bethlehem: 25 }
		]);
	});

	it('property: import → quiz → export → import keeps every weight, in GIFT and Moodle XML', () => {
		const WORDS = ['Danube', 'Rhine', 'Seine', 'Elbe', 'Volga', 'Tagus', 'Loire'];
		const WEIGHTS = [10, 20, 25, 33.33333, 50, 75, 90];
		fc.assert(
			fc.property(
				fc.shuffledSubarray(WORDS, { minLength: 3, maxLength: 5 }),
				fc.array(fc.constantFrom(...WEIGHTS), { minLength: 1, maxLength: 4 }),
				fc.boolean(),
				fc.integer({ min: 1, max: 999 }),
				([key, ...others], weights, typed, seed) => {
					const answers = others.map((w, i) =>
						i < weights.length ? `${typed ? '=' : '~'}%${weights[i]}%${w}` : `~${w}`
					);
					const text = `::Q::Which river? {\n=${key}\n${answers.join('\n')}\n}\n`;
					const read = readGift(text, { credit: true });
					fc.pre(read.problems.length === 0);
					const asked = quizOf(read, seed);
					const portable = quizPortable(asked);
					for (const back of [
						readGift(writeGift(portable).text, { credit: true }),
						readMoodleXml(writeMoodleXml(portable).text, { credit: true })
					])
						expect(back.questions.map((q) => q.credit)).toEqual(
							asked.questions.map((q) => q.credit)
						);
				}
			),
			{ numRuns: 60 }
		);
	});
});
