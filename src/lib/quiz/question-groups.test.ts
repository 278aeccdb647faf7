import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGift } from '$lib/formats/gift';
import { writeGift } from '$lib/formats/gift-write';
import { readMoodleXml } from '$lib/formats/moodle-xml';
import { writeMoodleXml } from '$lib/formats/moodle-xml-write';
import { fileQuestions, readQuizFile } from './file-quiz';
import { quizPortable } from './quiz-export';
import { seededRandom, shuffled } from './random';
import {
	answeredQuestions,
	questionCount,
	questionGroups,
	questionOrder,
	questionPlace
} from './question-groups';
import type { QuizQuestion } from './types';

// A teacher's GIFT file (session 37; written for this test, CC0): a matching question among others.
const FORCES = `::Q1 Unit of force:: What is the SI unit of force? {=newton ~joule ~watt ~pascal}

::Q2 Mass and weight:: Mass and weight are the same thing. {FALSE}

::Q4 g value:: What is the gravitational field strength on Earth in N/kg? {#9.8:0.1}

::Q5 Match units:: Match each quantity to its unit. {
=force -> newton
=energy -> joule
=power -> watt
=pressure -> pascal
}

::Q7 Weight:: What is the weight of a 60 kg person? Give the unit. {=588 N =588 newtons}
`;

function quizOf(text: string): QuizQuestion[] {
	const made = fileQuestions(readQuizFile('forces.gift', text)!.read, seededRandom(7));
	if ('error' in made) throw new Error(made.error);
	return made.questions.map((q) => q.question);
}

describe('a matching question’s parts stay one question in the quiz (session 37)', () => {
	const questions = quizOf(FORCES);

	it('groups the 4 parts of her matching question, every other question alone', () => {
		expect(questions).toHaveLength(8);
		expect(questionGroups(questions)).toEqual([[0], [1], [2], [3, 4, 5, 6], [7]]);
	});

	it('shuffles the parts as a unit, in their order, and says "Question 4a of 5"', () => {
		for (let seed = 1; seed <= 50; seed++) {
			const order = questionOrder(questions, true, seededRandom(seed));
			const at = order.indexOf(3);
			expect(order.slice(at, at + 4)).toEqual([3, 4, 5, 6]);
			const places = order.map((_, p) => questionPlace(questions, order, p).label);
			const number = places[at].slice(0, -1);
			expect(places.slice(at, at + 4)).toEqual(['a', 'b', 'c', 'd'].map((l) => number + l));
			expect(new Set(places).size).toBe(8);
			expect(questionPlace(questions, order, at).total).toBe(5);
			expect(questionPlace(questions, order, at + 1).part).toEqual({ letter: 'b', of: 4 });
		}
		const inOrder = questionOrder(questions, false, Math.random);
		expect(inOrder.map((_, p) => questionPlace(questions, inOrder, p).label)).toEqual([
			'1',
			'2',
			'3',
			'4a',
			'4b',
			'4c',
			'4d',
			'5'
		]);
	});

	// Session 38: the start screen said "8 questions" over "Question 1 of 5".
	it('counts a matching question once, as "Question 1 of 5" does', () => {
		const order = questionOrder(questions, false, Math.random);
		expect(questionCount(questions)).toBe(5);
		expect(questionCount(questions)).toBe(questionPlace(questions, order, 0).total);
	});

	it('counts a matching question answered when all its parts are', () => {
		expect(answeredQuestions(questions, (i) => i === 0 || i === 3)).toBe(1);
		expect(answeredQuestions(questions, (i) => i >= 3 && i <= 6)).toBe(1);
	});

	it('shuffles a quiz without matching parts exactly as before (same seed, same order)', () => {
		const plain = questions.filter((_, i) => i < 3 || i > 6);
		for (let seed = 1; seed <= 20; seed++)
			expect(questionOrder(plain, true, seededRandom(seed))).toEqual(
				shuffled([0, 1, 2, 3], seededRandom(seed))
			);
	});

	it('property: any matching question, import → quiz → export → import keeps its parts together and in order', () => {
		const word = fc.stringMatching(/^[a-z]{3,9}$/);
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.tuple(word, word), {
					minLength: 2,
					maxLength: 6,
					selector: ([item]) => item
				}),
				fc.integer({ min: 1, max: 1000 }),
				(pairs, seed) => {
					// The answers must differ too, as Moodle's do.
					fc.pre(new Set(pairs.map(([, a]) => a)).size === pairs.length);
					const file = [
						'::Before:: Is the sky blue? {TRUE}',
						`::Match:: Match each word to its pair. {\n${pairs.map(([i, a]) => `=${i} -> ${a}`).join('\n')}\n}`,
						'::After:: Which is a colour? {=red ~dog ~cat}'
					].join('\n\n');
					const quiz = quizOf(file);
					const items = pairs.map(([item]) => item);
					const order = questionOrder(quiz, true, seededRandom(seed));
					const shown = order.map((i) => quiz[i].prompt.split('\n\n').at(-1));
					const at = shown.indexOf(items[0]);
					expect(shown.slice(at, at + items.length)).toEqual(items);
					const portable = quizPortable({ title: 'Words', questions: quiz });
					for (const back of [
						readGift(writeGift(portable).text, { credit: true }),
						readMoodleXml(writeMoodleXml(portable).text, { credit: true })
					]) {
						const again = fileQuestions(back, seededRandom(seed));
						if ('error' in again) throw new Error(again.error);
						const qs = again.questions.map((q) => q.question);
						expect(questionGroups(qs)).toEqual(questionGroups(quiz));
						expect(qs.map((q) => q.prompt)).toEqual(quiz.map((q) => q.prompt));
					}
				}
			),
			{ numRuns: 60 }
		);
	});
});
