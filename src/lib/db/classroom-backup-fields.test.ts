import { describe, expect, it } from 'vitest';
import { ClassroomDatabase, type StoredQuiz, type StoredResult } from './classroom';
import { exportClassroom, importClassroom, parseClassroomFile } from './classroom-backup';
import type { QuizQuestion, QuizQuestionWords } from '$lib/quiz/types';

// Session 38: a backup restored on a new laptop dropped a choice's 50% share and a numerical
// answer's ± tolerance, as the file's schema did not list them. Every fixture below is typed
// `Required<…>`, so a field added to the model fails to compile here until it is backed up too.

let counter = 0;
const newDb = () => new ClassroomDatabase(`classroom-backup-fields-${++counter}`);

const words: Required<QuizQuestionWords> = {
	id: 'q-short',
	type: 'short',
	prompt: 'When did it happen?',
	answer: '1858',
	accept: ['in 1858'],
	choices: [],
	explanation: 'The year.',
	source: { doc: 'notes', quote: 'In 1858 …' },
	numeric: { value: 1858, tolerance: 2 }
};

const everyField: Required<QuizQuestion> = {
	...words,
	from: { ...words, prompt: 'What year?', numeric: { min: 1850, max: 1860 } },
	credit: { '1857': 50 },
	weights: [],
	judged: { 'about 1858': true }
};

/** One question of every type a quiz asks, each with its optional fields. */
const questions: QuizQuestion[] = [
	everyField,
	{
		id: 'q-mcq',
		type: 'mcq',
		prompt: 'Which gas?',
		answer: 'Neon',
		choices: ['Neon', 'Argon', 'Helium'],
		explanation: '',
		source: { doc: 'notes', quote: '' },
		credit: { Argon: 50 }
	},
	{
		id: 'q-tf',
		type: 'truefalse',
		prompt: 'Neon is a noble gas.',
		answer: 'True',
		explanation: '',
		source: { doc: 'notes', quote: '' }
	},
	{
		id: 'q-cloze',
		type: 'cloze',
		prompt: 'Water boils at {{c1::100}} °C.',
		answer: '100',
		explanation: '',
		source: { doc: 'notes', quote: '' },
		numeric: { min: 99, max: 101 }
	},
	{
		id: 'q-multi',
		type: 'multi',
		prompt: 'Choose the noble gases.',
		answer: 'Neon; Argon',
		choices: ['Neon', 'Argon', 'Iron'],
		explanation: '',
		source: { doc: 'notes', quote: '' },
		weights: [50, 50, -100]
	}
];

const quiz: Required<StoredQuiz> = {
	id: 'quiz-fields-1',
	title: 'Every field',
	createdAt: 1000,
	settings: {
		timer: 'question',
		seconds: 30,
		shuffleQuestions: false,
		shuffleChoices: true,
		allowBack: false,
		showAnswers: false,
		attempts: 2
	},
	questions,
	lean: false,
	version: 'abcdef01',
	code: 'CODE',
	studentIds: { Ana: 's1' },
	group: '7B',
	runOf: 'quiz-first-1',
	closedAt: 5000,
	courseId: 'u-history',
	versions: [{ id: '0123abcd', questions: questions.slice(1), until: 2000 }],
	handPicked: true,
	revision: 'rev-1',
	updatedAt: 3000
};

const result: Required<StoredResult> = {
	key: 'quiz-fields-1|attempt01',
	quizId: quiz.id,
	attemptId: 'attempt01',
	name: 'Ana',
	studentKey: 'ana',
	answers: ['1857', 1, true, '100', [0, 1]],
	seconds: 40,
	finishedAt: 4000,
	version: 'abcdef01',
	attempt: 2,
	importedAt: 4100,
	updatedAt: 4200
};

async function roundTrip(): Promise<ClassroomDatabase> {
	const db = newDb();
	await db.quizzes.put(quiz);
	await db.results.put(result);
	await db.pending.put({ ...result, key: 'quiz-fields-1|attempt02', attemptId: 'attempt02' });
	await db.decided.add({ ...result, decision: 'removed', decidedAt: 4300 });
	const parsed = parseClassroomFile(JSON.stringify(await exportClassroom(db, 6000)));
	if (!parsed.ok) throw new Error(parsed.error);
	const other = newDb();
	await importClassroom(parsed.value, other);
	return other;
}

describe('classroom backup keeps every field', () => {
	it('restores partial credit, tolerances, weights and every other field as they were', async () => {
		const other = await roundTrip();
		const [restored] = await other.quizzes.toArray();
		// A restored quiz gets a new revision (so an open screen does not write over it).
		expect(restored).toEqual({ ...quiz, revision: expect.any(String) });
		expect(restored.questions[0].numeric).toEqual({ value: 1858, tolerance: 2 });
		expect(restored.questions[1].credit).toEqual({ Argon: 50 });
		expect(await other.results.toArray()).toEqual([result]);
		expect(await other.pending.toArray()).toEqual([
			{ ...result, key: 'quiz-fields-1|attempt02', attemptId: 'attempt02' }
		]);
		expect(await other.decided.toArray()).toEqual([
			{ ...result, id: expect.any(Number), decision: 'removed', decidedAt: 4300 }
		]);
	});

	it('refuses a field it does not know by name instead of dropping it', async () => {
		const db = newDb();
		await db.quizzes.put(quiz);
		const file = await exportClassroom(db, 6000);
		const withExtra = {
			...file,
			quizzes: [{ ...file.quizzes[0], questions: [{ ...questions[1], hint: 'Gas' }] }]
		};
		const parsed = parseClassroomFile(JSON.stringify(withExtra));
		expect(parsed).toEqual({
			ok: false,
			error:
				'This classroom file has a field this version of Flashpoint does not know (“hint” in quiz 1), so nothing in it was imported rather than lose it. Update Flashpoint, then import it again.'
		});
	});
});
