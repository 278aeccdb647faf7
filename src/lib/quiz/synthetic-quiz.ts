import type { Question } from '../content/schema';
import { toQuizQuestion } from './build';
import { DEFAULT_SETTINGS, type Quiz, type QuizQuestion } from './types';

/* A realistic quiz for size tests and the bench (no \$lib imports: the bench runs under tsx). */

const DOCS = [
	'intractable-dispute',
	'drone-sales-friendship',
	'drones-test-relations',
	'kfor-command',
	'serbia-turkey-drones-cyprus'
];
const TYPES = ['mcq', 'truefalse', 'cloze', 'short'] as const;

/**
 * Twenty bank-like questions with long ids, prompts, choices and quotes: longer than the
 * typical generated question, so a size test passing here leaves headroom for the real bank.
 */
export function syntheticQuestions(count = 20): Question[] {
	return Array.from({ length: count }, (_, i) => {
		const type = TYPES[i % TYPES.length];
		const doc = DOCS[i % DOCS.length];
		const n = String(i + 1).padStart(3, '0');
		const base = {
			id: `${doc}-relations-between-ankara-and-belgrade-q${n}-${type}`,
			explanation: `The article explains that the ${i + 1}th agreement between Ankara and Belgrade followed years of careful diplomacy by Erdoğan and Vučić, despite tensions over Kosovo.`,
			source: {
				doc,
				quote: `In ${2000 + i}, Serbia and Turkey signed agreement number ${i + 1} on defence, trade and infrastructure, which Vučić described as historic while Kosovo’s leaders protested.`
			},
			fact: `fact-${n}`,
			topics: ['Turkey–Serbia relations', i % 2 ? 'drones' : 'defence'],
			difficulty: 2 as const,
			origin: 'generated' as const
		};
		switch (type) {
			case 'mcq':
				return {
					...base,
					type,
					prompt: `According to the article, in which year did Serbia and Turkey sign agreement number ${i + 1} covering defence, trade and infrastructure cooperation?`,
					answer: String(2000 + i),
					choices: [String(1990 + i), String(2000 + i), String(2005 + i), String(2010 + i)]
				};
			case 'truefalse':
				return {
					...base,
					type,
					prompt: `Serbia abandoned its plan to buy Bayraktar TB2 drones after Kosovo acquired the same technology, according to report number ${i + 1}.`,
					answer: i % 3 ? 'true' : 'false'
				};
			case 'cloze':
				return {
					...base,
					type,
					prompt: `In ____, Serbia and Turkey signed agreement number ${i + 1} on defence, trade and infrastructure cooperation between the two countries.`,
					answer: String(2000 + i)
				};
			default:
				return {
					...base,
					type,
					prompt: `Which Serbian president described agreement number ${i + 1} with Turkey as historic while Kosovo’s leaders protested against it?`,
					answer: 'Aleksandar Vučić',
					accept: ['Vučić', 'Vucic', 'Aleksandar Vucic']
				};
		}
	});
}

export function makeQuiz(questions: QuizQuestion[] | Question[], id = 'quizAbc123'): Quiz {
	return {
		id,
		title: 'Turkey, Serbia and Kosovo: week 3 check',
		createdAt: Date.UTC(2026, 10, 21, 9, 0, 0),
		settings: { ...DEFAULT_SETTINGS, timer: 'question', seconds: 45 },
		questions: questions.map((q) => ('fact' in q ? toQuizQuestion(q) : q))
	};
}
