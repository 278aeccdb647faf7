import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/content/bank';
import { seedBank } from './fixtures.test-helpers';
import { joinCodeOf } from './join-code';
import { drawNewQuiz, newQuiz, timeLimitSeconds, type NewQuizChoice } from './new-quiz';
import { readableQuestions } from './share-notes';
import { seededRandom } from './random';
import { DEFAULT_SETTINGS, QUIZ_TYPES } from './types';

describe('timeLimitSeconds', () => {
	it('gives the whole quiz in minutes, each question in seconds, rounded; none is 0', () => {
		expect(timeLimitSeconds('quiz', 1.5, 30)).toBe(90);
		expect(timeLimitSeconds('question', 10, 29.6)).toBe(30);
		expect(timeLimitSeconds('none', 10, 30)).toBe(0);
	});
});

describe('drawNewQuiz', () => {
	const index = indexBank(seedBank().bank);
	const quizzable = index.bank.questions.filter((q) => q.type !== 'flashcard');
	const choice: NewQuizChoice = {
		index,
		builtin: false,
		filters: { docs: [], topics: [], types: [...QUIZ_TYPES] },
		count: 5,
		chosen: null,
		fillTo: 0,
		settings: { ...DEFAULT_SETTINGS, shuffleChoices: false }
	};

	it('draws `count` at random under an id not taken', () => {
		const drawn = drawNewQuiz(choice, new Set(['taken']), seededRandom(3));
		expect(drawn.questions).toHaveLength(5);
		expect(drawn.id).not.toBe('taken');
	});
	it('keeps the chosen questions in order, then fills up at random to `fillTo`', () => {
		const chosen = [quizzable[2].id, quizzable[0].id];
		const only = drawNewQuiz({ ...choice, chosen }, new Set(), seededRandom(3));
		expect(only.questions.map((q) => q.id)).toEqual(chosen);
		const filled = drawNewQuiz({ ...choice, chosen, fillTo: 6 }, new Set(), seededRandom(3));
		expect(filled.questions).toHaveLength(6);
		expect(filled.questions.slice(0, 2).map((q) => q.id)).toEqual(chosen);
	});

	// Outsider teacher: the Share panel of a quiz of questions chosen from the built-in bank
	// said only a quiz "drawn from the question bank" has a join code, which hers seemed to be.
	it('marks chosen questions as hand-picked, and their quiz says why it has no join code', () => {
		const chosen = [quizzable[2].id, quizzable[0].id];
		const drawn = drawNewQuiz({ ...choice, builtin: true, chosen }, new Set(), seededRandom(3));
		expect(drawn.handPicked).toBe(true);
		const quiz = { ...drawn, settings: choice.settings };
		const join = joinCodeOf(quiz, index.bank);
		expect(!join.ok && join.reason).toMatch(/You chose this quiz’s questions yourself/);
		expect(!join.ok && join.reason).toMatch(/at random/);
		expect(drawNewQuiz(choice, new Set(), seededRandom(3)).handPicked).toBeUndefined();
	});
});

// Outsider teacher: New quiz said 4 of 10 questions fit a QR code, Create then said 3 of 10: the
// estimate was made on a stand-in quiz (default settings, no date) and Create drew its own.
describe('newQuiz', () => {
	const index = indexBank(seedBank().bank);
	const settings = {
		...DEFAULT_SETTINGS,
		timer: 'question' as const,
		seconds: 45,
		shuffleChoices: false
	};
	const choice: NewQuizChoice = {
		index,
		builtin: false,
		filters: { docs: [], topics: [], types: [...QUIZ_TYPES] },
		count: 6,
		chosen: null,
		fillTo: 0,
		settings
	};
	const details = { title: 'Week 3', courseId: 'u-danube', createdAt: 1_764_000_000_000 };

	it('is the quiz Create saves: the form’s title, settings, course and date, drawn by the seed', () => {
		const planned = newQuiz(choice, details, new Set(), seededRandom(9));
		expect(planned).toMatchObject({ ...details, settings });
		const again = newQuiz(choice, details, new Set([planned.id]), seededRandom(9));
		expect(again.id).not.toBe(planned.id);
		expect(again.questions).toEqual(planned.questions);
		const origin = 'https://flashpoint.example';
		expect(readableQuestions(again, origin)).toBe(readableQuestions(planned, origin));
		expect(
			newQuiz({ ...choice, chosen: [planned.questions[0].id] }, details, new Set()).handPicked
		).toBe(true);
	});
});
