import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from '$lib/content/answer-match';
import type { Question } from '$lib/content/schema';
import { toQuizQuestion } from './build';
import { withCardQuestions } from './card-questions';
import { cardKind } from './card-wrong-choices';
import { matchingPairs, matchingWords, withoutMatching } from './matching-choices';
import type { QuizQuestion } from './types';

const COURSE = 'u-0e2e0000-0000-4000-8000-000000000042';

/** A made-up definition flashcard: "What is <term>?" → "A <head> near <two words of its own>". */
function definition(n: number, head: string): Question {
	return {
		id: `${COURSE}:q-${n}`,
		type: 'flashcard',
		prompt: `What is a tarn${n}?`,
		answer: `A ${head} near vell${n} and orrin${n}`,
		explanation: '',
		source: { doc: `${COURSE}:d-1`, quote: '' },
		fact: `${COURSE}:f-${n}`,
		topics: [],
		difficulty: 1,
		origin: 'generated'
	};
}

const PLACES = ['lake', 'river', 'valley', 'hill', 'island', 'coast', 'plain', 'basin'];

/** A course of `n` place definitions asked as multiple choice, and a quiz of its first `asked`. */
function course(n: number) {
	const cards = Array.from({ length: n }, (_, i) => definition(i, PLACES[i % PLACES.length]));
	const { questions, fromCards } = withCardQuestions(cards, ['mcq']);
	return { questions, made: { course: questions, fromCards, fromBlanks: new Set<string>() } };
}

/** Where `q` offers another quiz question's key as a wrong choice. */
function offered(quiz: readonly QuizQuestion[], at: number): number[] {
	const q = quiz[at];
	const own = normalizeAnswer(q.answer);
	const wrong = new Set((q.choices ?? []).map(normalizeAnswer).filter((c) => c !== own));
	return quiz.flatMap((o, j) => (j !== at && wrong.has(normalizeAnswer(o.answer)) ? [j] : []));
}

describe('a quiz is no matching exercise', () => {
	it('six definitions of a course of six offer each other’s answers, and New quiz says so', () => {
		// The outsider's case (issue 12): every wrong choice is another question's answer.
		const { questions, made } = course(6);
		const quiz = withoutMatching(questions.map(toQuizQuestion), made);
		expect(quiz.every((q) => q.type === 'mcq' && q.choices?.length === 4)).toBe(true);
		const pairs = matchingPairs(quiz, made);
		expect(pairs.map((p) => p.at)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(pairs[0].offers).toHaveLength(3);
		expect(matchingWords(pairs)).toMatch(
			/^Questions 1, 2, 3, 4, 5 and 6 offer other questions’ answers among their wrong choices: your course has too few other answers of their kind/
		);
		expect(matchingWords([{ at: 2, offers: [4] }])).toMatch(
			/^Question 3 offers the answer to question 5 among its wrong choices: /
		);
		expect(matchingWords([])).toBe('');
	});

	it('draws other wrong choices of the kind where the course has enough', () => {
		const { questions, made } = course(14);
		const asked = questions.slice(0, 6).map(toQuizQuestion);
		expect(asked.some((_, i) => offered(asked, i).length > 0)).toBe(true);
		const quiz = withoutMatching(asked, made);
		quiz.forEach((q, i) => {
			expect(offered(quiz, i), `question ${i + 1}`).toEqual([]);
			expect(q.choices).toContain(q.answer);
			expect(new Set(q.choices).size).toBe(4);
		});
		expect(matchingPairs(quiz, made)).toEqual([]);
		// A question whose choices the teacher wrote keeps them.
		const own = { ...asked[0], id: 'own-1' };
		expect(withoutMatching([own, ...asked.slice(1)], made)[0]).toBe(own);
	});
});

describe('over random courses (property)', () => {
	it('a made question offers a quiz key only when its kind has fewer than three others outside the quiz, and is then said', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...PLACES, 'worker', 'group', 'machine', 'tool'), {
					minLength: 4,
					maxLength: 16
				}),
				fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
				(heads, inQuiz) => {
					const cards = heads.map((head, i) => definition(i, head));
					const { questions, fromCards } = withCardQuestions(cards, ['mcq']);
					const made = { course: questions, fromCards, fromBlanks: new Set<string>() };
					const asked = questions
						.filter((q, i) => q.type === 'mcq' && inQuiz[i])
						.map(toQuizQuestion);
					const quiz = withoutMatching(asked, made);
					const inQuizIds = new Set(quiz.map((q) => q.id));
					const said = new Set(matchingPairs(quiz, made).map((p) => p.at));
					quiz.forEach((q, i) => {
						expect(q.choices).toContain(q.answer);
						expect(new Set(q.choices).size).toBe(q.choices!.length);
						const kind = cardKind(q);
						const outside = questions.filter(
							(o) => !inQuizIds.has(o.id) && cardKind(o) === kind
						).length;
						const offers = offered(quiz, i).length > 0;
						if (outside >= 3) expect(offers, `question ${i + 1}`).toBe(false);
						expect(said.has(i)).toBe(offers);
					});
				}
			),
			{ numRuns: 200 }
		);
	});
});

// Teacher outsider of session 36: "In the handout “Electric Circuits”, what is meant by the term
// “thermistor”?" offered "The organelle where photosynthesis takes place": her quiz asked most of
// the handout's definitions, and avoiding their keys took the rest from the other handouts.
describe('a question naming its handout keeps its own handout’s choices', () => {
	const frame = (n: number, doc: string, title: string) => ({
		...definition(n, PLACES[n % PLACES.length]),
		prompt: `In the handout “${title}”, what is meant by the term “tarn${n}”?`,
		source: { doc: `${COURSE}:${doc}`, quote: '' }
	});
	const circuits = [0, 1, 2, 3, 4].map((n) => frame(n, 'd-c', 'Electric Circuits'));
	const biology = [10, 11, 12, 13, 14, 15].map((n) => frame(n, 'd-b', 'Photosynthesis'));

	it('never offers another handout’s definition; it keeps its own and New quiz says so', () => {
		const { questions, fromCards } = withCardQuestions([...circuits, ...biology], ['mcq']);
		const made = { course: questions, fromCards, fromBlanks: new Set<string>() };
		const asked = questions.filter((q) => q.source.doc === `${COURSE}:d-c`).map(toQuizQuestion);
		const circuitsKeys = new Set(circuits.map((c) => normalizeAnswer(c.answer)));
		for (const q of asked)
			for (const c of q.choices!) expect(circuitsKeys.has(normalizeAnswer(c))).toBe(true);
		const quiz = withoutMatching(asked, made);
		for (const q of quiz)
			for (const c of q.choices!) expect(circuitsKeys.has(normalizeAnswer(c))).toBe(true);
		expect(matchingPairs(quiz, made).length).toBeGreaterThan(0);
	});

	it('a question not naming its handout still takes other keys of its kind from the course', () => {
		const { questions, made } = course(12);
		const quiz = withoutMatching(questions.slice(0, 5).map(toQuizQuestion), made);
		expect(matchingPairs(quiz, made)).toEqual([]);
	});
});
