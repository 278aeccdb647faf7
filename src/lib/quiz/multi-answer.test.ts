import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGift } from '$lib/formats/gift';
import { fileQuestions, readQuizFile } from './file-quiz';
import { multiCredit, multiKeyText, toggleTick } from './multi-credit';
import { creditOf, isCorrect, answerText, scoreAnswers } from './scoring';
import type { QuizQuestion } from './types';

/** A real file of `fixtures/` (see its README for where each comes from and its licence). */
const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The class quiz's questions of a file, or the test fails with why not. */
function quizOf(name: string, text = fixture(name)): QuizQuestion[] {
	const made = fileQuestions(readQuizFile(name, text)!.read);
	if ('error' in made) throw new Error(made.error);
	return made.questions.map((q) => q.question);
}

/**
 * Moodle XML as Moodle's documentation describes a multiple-answer question ("Moodle XML format":
 * `multichoice` with `<single>false</single>`, each `<answer fraction>` in percent), written for
 * these tests: three right choices of 33.33333% each, two wrong of −50%.
 */
const NOBLE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>Noble gases</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which of these are noble gases?</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Group 18 of the periodic table.</text></generalfeedback>
    <single>false</single>
    <shuffleanswers>true</shuffleanswers>
    <answer fraction="33.33333"><text>Neon</text></answer>
    <answer fraction="33.33333"><text>Argon</text><feedback><text>Right: 0.93% of air.</text></feedback></answer>
    <answer fraction="-50"><text>Nitrogen</text></answer>
    <answer fraction="33.33333"><text>Helium</text></answer>
    <answer fraction="-50"><text>Oxygen</text></answer>
  </question>
</quiz>`;

describe('Moodle’s marking of a multiple-answer question (multiCredit)', () => {
	const weights = [33.33333, 33.33333, -50, 33.33333, -50];

	it('adds the ticked choices’ fractions: two of three right is 2/3 of the mark', () => {
		expect(multiCredit(weights, [0, 1])).toBeCloseTo(0.666667, 6);
		expect(multiCredit(weights, [0])).toBeCloseTo(0.333333, 6);
	});

	it('three choices of 33.33333% are the whole mark (Moodle: within 10⁻⁶ of 1 is right)', () => {
		expect(multiCredit(weights, [0, 1, 3])).toBe(1);
	});

	it('a wrong tick takes its negative weight off, never below 0', () => {
		expect(multiCredit(weights, [0, 1, 2])).toBeCloseTo(0.166667, 6);
		expect(multiCredit(weights, [2, 4])).toBe(0);
		expect(multiCredit(weights, [0, 2])).toBe(0);
	});

	it('is never above 1, and counts a choice ticked twice once', () => {
		expect(multiCredit([100, 100, 0], [0, 1])).toBe(1);
		expect(multiCredit(weights, [0, 0, 0])).toBeCloseTo(0.333333, 6);
		expect(multiCredit(weights, [9])).toBe(0);
	});

	it('ticking and unticking keeps the indices sorted, and none ticked is a blank', () => {
		expect(toggleTick(null, 3)).toEqual([3]);
		expect(toggleTick([3], 0)).toEqual([0, 3]);
		expect(toggleTick([0, 3], 3)).toEqual([0]);
		expect(toggleTick([0], 0)).toBeNull();
	});
});

describe('a multiple-answer question read for a class quiz', () => {
	it('reads Moodle XML’s <single>false</single> as one question with each fraction', () => {
		const [q] = quizOf('noble.xml', NOBLE_XML);
		expect(q).toMatchObject({
			type: 'multi',
			prompt: 'Which of these are noble gases?',
			choices: ['Neon', 'Argon', 'Nitrogen', 'Helium', 'Oxygen'],
			weights: [33.33333, 33.33333, -50, 33.33333, -50],
			answer: 'Neon; Argon; Helium',
			explanation: 'Group 18 of the periodic table.\n\nArgon: Right: 0.93% of air.'
		});
	});

	it('reads a real GIFT file’s ~%50% answers with their feedback (Totara’s test, MIT)', () => {
		const [q] = quizOf('totara_moodle_multichoice_multi.gift');
		expect(q).toMatchObject({
			type: 'multi',
			prompt: 'What’s between orange and green in the spectrum?'.replace('’', "'"),
			choices: ['yellow', 'red', 'off-beige', 'blue'],
			weights: [50, -100, 50, -100]
		});
		expect(q.explanation).toContain('yellow: right; good!');
		expect(creditOf(q, [0, 2])).toBe(1);
		expect(creditOf(q, [0])).toBe(0.5);
		expect(creditOf(q, [0, 1])).toBe(0);
	});

	it('reads a real GIFT file’s 33.33333% weights: all three continents are the whole mark', () => {
		const [q] = quizOf('multipleAnswersFloat.gift');
		expect(q.choices).toEqual(['Africa', 'Asia', 'China', 'Antarctica', 'America']);
		expect(isCorrect(q, [0, 1, 3])).toBe(true);
		expect(isCorrect(q, [0, 1])).toBe(false);
		expect(creditOf(q, [0, 1])).toBeCloseTo(0.666667, 6);
		expect(answerText(q, [0, 3])).toBe('Africa; Antarctica');
		expect(scoreAnswers({ questions: [q] }, [[0, 1]])).toMatchObject({
			correct: 0.67,
			perQuestion: [false]
		});
	});

	it('keeps true/false questions that merely share a text apart (only weighted parts join)', () => {
		const text = `::Sky::Is the sky blue?\n\nat noon {T}\n\n::Sky::Is the sky blue?\n\nat night {F}\n`;
		expect(quizOf('sky.gift', text).map((q) => q.type)).toEqual(['truefalse', 'truefalse']);
	});

	it('a course still reads it as its true/false parts, with its note', () => {
		const read = readGift(fixture('totara_moodle_multichoice_multi.gift'));
		expect(read.questions.map((q) => q.type)).toEqual(Array(4).fill('truefalse'));
		expect(read.notes.join('\n')).toContain('a multiple-answer question, read as 4 true/false');
	});

	it('refuses one whose right choices’ weights do not add up to 100%, as Moodle does', () => {
		// Outsider teacher: 40/40/−10 imported silently; ticking both right choices gave 80%.
		const bad = NOBLE_XML.replace(
			'<name><text>Noble gases</text></name>',
			'<name><text>Bad fractions</text></name>'
		).replaceAll('fraction="33.33333"', 'fraction="30"');
		const xml = bad.replace(
			'</quiz>',
			`<question type="truefalse"><name><text>Air</text></name>
<questiontext format="html"><text>Air is mostly nitrogen.</text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
</question></quiz>`
		);
		const gift =
			'::Bad fractions::Pick the mammals {~%40%Whale ~%40%Bat ~%-10%Shark}\n\n::Air::Air is mostly nitrogen. {T}\n';
		for (const [name, text] of [
			['bad.xml', xml],
			['bad.gift', gift]
		]) {
			const made = fileQuestions(readQuizFile(name, text)!.read);
			if ('error' in made) throw new Error(made.error);
			expect(made.questions.map((q) => q.question.prompt)).toEqual(['Air is mostly nitrogen.']);
			expect(made.leftOut).toHaveLength(1);
			expect(made.leftOut[0]).toMatch(
				/^Question 1, “Bad fractions”: the right choices' weights add up to (90|80)%, not 100%/
			);
		}
	});

	it('takes weights Moodle takes: three of 33.33333% and 99.51% round to 100%', () => {
		const xml = (w: string) => NOBLE_XML.replaceAll('fraction="33.33333"', `fraction="${w}"`);
		expect(quizOf('noble.xml', xml('33.33333'))).toHaveLength(1);
		expect(quizOf('noble.xml', xml('33.17'))).toHaveLength(1);
		const made = fileQuestions(readQuizFile('noble.xml', xml('33.1'))!.read);
		expect('error' in made && made.error).toMatch(/^Nothing was made/);
	});

	it('lists its right choices as its key', () => {
		expect(multiKeyText(['a', 'b', 'c'], [50, -100, 50])).toBe('a; c');
	});
});
