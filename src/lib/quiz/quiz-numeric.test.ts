import { describe, expect, it } from 'vitest';
import { readGift } from '$lib/formats/gift';
import { writeGift } from '$lib/formats/gift-write';
import { readMoodleXml } from '$lib/formats/moodle-xml';
import { writeMoodleXml } from '$lib/formats/moodle-xml-write';
import { fileQuestions, readQuizFile } from './file-quiz';
import type { ImportResult } from '$lib/formats/portable';
import { DEFAULT_SETTINGS, type Quiz, type QuizQuestion } from './types';
import { quizPortable } from './quiz-export';
import { decodeQuiz, encodeQuiz, leanQuiz } from './quiz-code';
import { matchesQuizAnswer, quizNumeric, recoverNumeric } from './quiz-numeric';
import { isCorrect } from './scoring';
import { seededRandom } from './random';
import { draftToQuestion, questionToDraft } from './edit';

// The shape of the teacher's hand-written GIFT (teacher outsider of session 36).
const GIFT = `$CATEGORY: $course$/top/Numbers

::NUM1:: A current of 2 A flows for 10 s. What charge flows, in C? {#20:0.5}

::NUMR1:: Give the optimum temperature for photosynthesis in °C. {#25..35}

::NUM0:: How many chambers has the human heart? {#4}
`;

/** A quiz of a file's questions, as New quiz makes one of the file alone (`fileQuestions`). */
function fileQuiz(read: ImportResult, title: string, random?: () => number): Quiz {
	const made = fileQuestions(read, random);
	if ('error' in made) throw new Error(made.error);
	const questions = made.questions.map((q) => q.question);
	return { id: 'file12345a', title, createdAt: 0, settings: { ...DEFAULT_SETTINGS }, questions };
}

function giftQuiz() {
	return fileQuiz(readQuizFile('numbers.gift', GIFT)!.read, 'Numbers', seededRandom(1));
}

/** What a numerical question must keep through a round trip. */
const numberShape = (q: { type: string; prompt: string; answer: string; numeric?: unknown }) => ({
	type: q.type,
	prompt: q.prompt,
	answer: q.answer,
	numeric: q.numeric
});

describe('a numerical question stays numerical in a class quiz', () => {
	const quiz = giftQuiz();

	it('is imported with its number, tolerance or range', () => {
		expect(quiz.questions.map((q) => q.numeric)).toEqual([
			{ value: 20, tolerance: 0.5 },
			{ min: 25, max: 35 },
			{ value: 4, tolerance: 0 }
		]);
	});

	it('is exported as GIFT {#20:0.5} / {#25..35} and Moodle XML numerical with its tolerance', () => {
		const portable = quizPortable(quiz);
		const gift = writeGift(portable).text;
		expect(gift).toContain('{#20:0.5}');
		expect(gift).toContain('{#25..35}');
		expect(gift).toContain('{#4}');
		expect(gift).not.toMatch(/=26|±|25 to 35/);
		const xml = writeMoodleXml(portable).text;
		expect(xml.match(/<question type="numerical">/g)).toHaveLength(3);
		expect(xml).not.toContain('shortanswer');
		expect(xml).toMatch(/<text>20<\/text>[\s\S]*?<tolerance>0\.5<\/tolerance>/);
		expect(xml).toMatch(/<text>30<\/text>[\s\S]*?<tolerance>5<\/tolerance>/);
	});

	it('round-trips: import → quiz → export → import gives the same questions (GIFT and XML)', () => {
		const portable = quizPortable(quiz);
		const original = readGift(GIFT).questions.map(numberShape);
		const gift = readGift(writeGift(portable).text);
		expect(gift.problems).toEqual([]);
		expect(gift.questions.map(numberShape)).toEqual(original);
		const xml = readMoodleXml(writeMoodleXml(portable).text);
		expect(xml.problems).toEqual([]);
		// XML holds a range as its middle ± half, which marks the same numbers.
		expect(xml.questions.map((q) => q.numeric)).toEqual([
			{ value: 20, tolerance: 0.5 },
			{ value: 30, tolerance: 5 },
			{ value: 4, tolerance: 0 }
		]);
		// And a second export of the re-imported file is the same file (new quiz ids aside).
		const body = (text: string) => text.replace(/^(\$CATEGORY|\/\/ \[id:).*$/gm, '');
		const again = giftQuizFrom(writeGift(portable).text);
		expect(body(writeGift(quizPortable(again)).text)).toBe(body(writeGift(portable).text));
	});

	it.each([
		['27.5', true],
		['25', true],
		['35', true],
		['35.01', false],
		['24.99', false],
		['30 °C', true],
		['27,5', true], // a decimal comma, as many of her students write it
		['thirty', true], // a number in words is the same number (Flashpoint's rule for numbers)
		['hot', false],
		['', false]
	] as const)('25..35: “%s” is %s', (typed, right) => {
		expect(isCorrect(quiz.questions[1], typed)).toBe(right);
	});

	it.each([
		['20', true],
		['19.5', true],
		['20.5', true],
		['20.51', false],
		['19,75', true],
		['20 C', true],
		['21', false]
	] as const)('20 ± 0.5: “%s” is %s', (typed, right) => {
		expect(isCorrect(quiz.questions[0], typed)).toBe(right);
	});

	it('is marked by value on a student’s device: the link (full and QR-lean) carries it as before', () => {
		for (const sent of [quiz, leanQuiz(quiz)]) {
			const decoded = decodeQuiz(encodeQuiz(sent));
			if (!decoded.ok) throw new Error(decoded.message);
			const range = decoded.value.questions![1] as QuizQuestion;
			expect(quizNumeric(range)).toEqual({ min: 25, max: 35 });
			expect(isCorrect(range, '27.5')).toBe(true);
			expect(isCorrect(range, '35.01')).toBe(false);
		}
	});

	it('stays numerical when the teacher saves it unchanged, and the form shows no list of numbers', () => {
		const q = quiz.questions[1];
		const draft = questionToDraft(q);
		expect(draft.accept).toBe('');
		const saved = draftToQuestion(draft, q);
		if (!saved.ok) throw new Error(saved.error);
		expect(saved.question.numeric).toEqual({ min: 25, max: 35 });
		const changed = draftToQuestion({ ...draft, answer: '28' }, q);
		if (!changed.ok) throw new Error(changed.error);
		expect(changed.question.numeric).toBeUndefined();
	});
});

function giftQuizFrom(text: string) {
	return fileQuiz(readGift(text), 'x');
}

describe('recoverNumeric: a quiz saved or sent as text is read as the number it stands for', () => {
	it('finds the number only when key and accepted answers agree exactly', () => {
		const listed = ['30', '25', '26', '27', '28', '29', '31', '32', '33', '34', '35'];
		expect(recoverNumeric('25 to 35', listed)).toEqual({
			numeric: { min: 25, max: 35 },
			accept: []
		});
		expect(recoverNumeric('25 to 35', ['twenty-five to thirty-five', ...listed])).toEqual({
			numeric: { min: 25, max: 35 },
			accept: ['twenty-five to thirty-five']
		});
		expect(recoverNumeric('20 ± 0.5', ['20'])?.numeric).toEqual({ value: 20, tolerance: 0.5 });
		expect(recoverNumeric('25 to 35', ['30'])).toBeNull();
		expect(recoverNumeric('1066', undefined)).toBeNull();
		expect(recoverNumeric('Hastings', ['1066'])).toBeNull();
		expect(recoverNumeric('25 to 35', listed.slice().reverse())).toBeNull();
	});

	it('a quiz saved before quizzes kept the number is marked and exported by it', () => {
		const old = {
			id: 'own-x',
			type: 'short',
			prompt: 'Optimum temperature in °C?',
			answer: '25 to 35',
			accept: ['30', '25', '26', '27', '28', '29', '31', '32', '33', '34', '35'],
			explanation: '',
			source: { doc: 'teacher', quote: '' }
		} as QuizQuestion;
		expect(matchesQuizAnswer(old, '27.5')).toBe(true);
		expect(writeGift(quizPortable({ title: 'Old', questions: [old] })).text).toContain('{#25..35}');
	});
});
