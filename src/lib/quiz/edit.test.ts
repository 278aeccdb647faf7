import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/content/bank';
import { toQuizQuestion } from './build';
import {
	draftToQuestion,
	factOf,
	isOwnQuestion,
	moveQuestion,
	questionToDraft,
	removeQuestion,
	restoreQuestion,
	swapCandidates,
	swapQuestion
} from './edit';
import type { QuestionFields } from '$lib/content/question-fields';
import { seedBank, syntheticQuestions } from './fixtures.test-helpers';
import { decodeQuiz, encodeQuiz, encodeQuizRefs } from './quiz-code';
import { resolveQuiz } from './quiz-resolve';
import { makeQuiz } from './synthetic-quiz';
import { seededRandom } from './random';

const bankQuestions = syntheticQuestions(24).map((q, i) => ({ ...q, fact: `fact-${i % 12}` }));
const bank = indexBank({ version: 1, documents: [], questions: bankQuestions });
const quizQuestions = bankQuestions.slice(0, 4).map(toQuizQuestion);

const draft = (over: Partial<QuestionFields> = {}): QuestionFields => ({
	type: 'short',
	prompt: 'Who chairs the class council?',
	answer: 'Mira',
	wrong: ['', '', ''],
	accept: 'Mira Petrović\n\n',
	explanation: '',
	...over
});

describe('editing a quiz’s questions', () => {
	it('moves a question up or down, and clamps at the ends', () => {
		const ids = (qs: typeof quizQuestions) => qs.map((q) => q.id.slice(-8));
		const moved = moveQuestion(quizQuestions, 2, 0);
		expect(moved[0]).toBe(quizQuestions[2]);
		expect(moved).toHaveLength(4);
		expect(ids(moveQuestion(quizQuestions, 3, 9))).toEqual(ids(quizQuestions));
		expect(removeQuestion(quizQuestions, 1)).toEqual([
			quizQuestions[0],
			quizQuestions[2],
			quizQuestions[3]
		]);
	});

	it('swaps for a question of the same type on a fact the quiz does not ask yet', () => {
		const candidates = swapCandidates(quizQuestions, 0, bank);
		const used = new Set(quizQuestions.map((q) => factOf(q, bank)));
		expect(candidates.length).toBeGreaterThan(0);
		for (const c of candidates) {
			expect(c.type).toBe(quizQuestions[0].type);
			expect(used.has(c.fact)).toBe(false);
		}
		for (let seed = 0; seed < 20; seed++) {
			const swapped = swapQuestion(quizQuestions, 0, bank, toQuizQuestion, seededRandom(seed))!;
			const facts = swapped.map((q) => factOf(q, bank));
			expect(new Set(facts).size).toBe(4);
			expect(swapped[0].type).toBe(quizQuestions[0].type);
		}
	});

	it('says when nothing is left to swap in', () => {
		const small = indexBank({ version: 1, documents: [], questions: bankQuestions.slice(0, 4) });
		expect(swapQuestion(quizQuestions, 0, small, toQuizQuestion)).toBeNull();
	});

	it('turns a valid draft into the teacher’s own question', () => {
		const made = draftToQuestion(draft());
		expect(made.ok).toBe(true);
		if (!made.ok) return;
		expect(isOwnQuestion(made.question)).toBe(true);
		expect(made.question.id).toMatch(/^own-[a-z0-9]{10}$/);
		expect(made.question.accept).toEqual(['Mira Petrović']);
		expect(made.question.source.doc).toBe('teacher');
		const mcq = draftToQuestion(draft({ type: 'mcq', wrong: ['Ana', 'Ivo', 'Lea'] }));
		expect(mcq.ok && mcq.question.choices?.slice().sort()).toEqual(['Ana', 'Ivo', 'Lea', 'Mira']);
	});

	it('stores a new question’s choices shuffled: the projector and paper show that order', () => {
		const random = seededRandom(7);
		const positions = [0, 0, 0, 0];
		for (let i = 0; i < 200; i++) {
			const made = draftToQuestion(
				draft({ type: 'mcq', wrong: ['Ana', 'Ivo', 'Lea'] }),
				undefined,
				random
			);
			if (made.ok) positions[made.question.choices!.indexOf('Mira')]++;
		}
		// The form takes the right answer first; stored, it lands in every position.
		for (const count of positions) expect(count).toBeGreaterThan(25);
		// Reworded with the same choices, the order (and so the printed key) stays.
		const first = draftToQuestion(draft({ type: 'mcq', wrong: ['Ana', 'Ivo', 'Lea'] }));
		if (!first.ok) throw new Error(first.error);
		const again = draftToQuestion(
			{ ...questionToDraft(first.question), prompt: 'Reworded?' },
			first.question
		);
		expect(again.ok && again.question.choices).toEqual(first.question.choices);
	});

	it('keeps the source passage of a reworded bank question', () => {
		const base = quizQuestions[0];
		const made = draftToQuestion({ ...questionToDraft(base), prompt: 'Reworded?' }, base);
		expect(made.ok && made.question.source).toEqual(base.source);
		expect(made.ok && made.question.prompt).toBe('Reworded?');
		expect(made.ok && made.question.choices?.slice().sort()).toEqual(base.choices?.slice().sort());
	});

	it('keeps a question saved with nothing changed as it was, id and all', () => {
		for (const base of quizQuestions) {
			const made = draftToQuestion(questionToDraft(base), base);
			expect(made.ok && made.question, base.id).toBe(base);
		}
		const base = quizQuestions[0];
		const changed = draftToQuestion({ ...questionToDraft(base), prompt: `${base.prompt} ` }, base);
		// Surrounding spaces are not a change a student sees either.
		expect(changed.ok && changed.question).toBe(base);
	});

	it('refuses a draft that cannot be asked, and says why', () => {
		const cases: [Partial<QuestionFields>, RegExp][] = [
			[{ prompt: '   ' }, /Write the question/],
			[{ answer: '' }, /Write the answer/],
			[{ prompt: 'x'.repeat(301) }, /longer than 300/],
			[{ type: 'cloze', prompt: 'No blank here' }, /Mark the blank.*once/],
			[{ type: 'cloze', prompt: '____ and ____' }, /Mark the blank.*once/],
			[{ type: 'truefalse', answer: 'yes' }, /True or False/],
			[{ type: 'mcq', wrong: ['a', '', 'b'] }, /1 to 5 wrong choices, none empty/],
			[{ type: 'mcq', wrong: [] }, /1 to 5 wrong choices, none empty/],
			[{ type: 'mcq', wrong: ['a', 'b', 'c', 'd', 'e', 'f'] }, /1 to 5 wrong choices, none empty/],
			[{ type: 'mcq', wrong: ['mira', 'b', 'c'] }, /is the right answer/],
			[{ type: 'mcq', wrong: ['a', 'b', 'A'] }, /The four choices must all differ/],
			[{ type: 'flashcard' }, /A quiz asks/],
			[{ accept: Array.from({ length: 21 }, (_, i) => `a${i}`).join('\n') }, /At most 20/]
		];
		for (const [over, message] of cases) {
			const made = draftToQuestion(draft(over));
			expect(made.ok, JSON.stringify(over)).toBe(false);
			if (!made.ok) expect(made.error).toMatch(message);
		}
	});
});

describe('a quiz with the teacher’s own questions travels in its link', () => {
	const own = (prompt: string) => {
		const made = draftToQuestion(draft({ prompt }));
		if (!made.ok) throw new Error(made.error);
		return made.question;
	};

	it('carries own questions in full among bank references, in their places', () => {
		const questions = [...syntheticQuestions(20).map(toQuizQuestion)];
		questions.splice(0, 0, own('First, my own question?'));
		questions.splice(7, 0, own('Seventh, another of mine?'));
		const fullBank = indexBank({ version: 1, documents: [], questions: syntheticQuestions(20) });
		const quiz = makeQuiz(questions);
		const code = encodeQuiz(quiz);
		expect(code).toBe(encodeQuizRefs(quiz));
		const decoded = decodeQuiz(code);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.value.refs?.own?.map((o) => o.index)).toEqual([0, 7]);
		expect(resolveQuiz(decoded.value, fullBank)).toEqual({ ok: true, value: quiz });
	});

	it('a reworded question never resolves to the bank’s wording', () => {
		const real = seedBank();
		const base = real.bank.questions.filter((q) => q.type === 'mcq').slice(0, 12);
		const questions = base.map(toQuizQuestion);
		const made = draftToQuestion(
			{ ...questionToDraft(questions[3]), prompt: 'My clearer wording?' },
			questions[3]
		);
		if (!made.ok) throw new Error(made.error);
		questions[3] = made.question;
		const quiz = makeQuiz(questions);
		const decoded = decodeQuiz(encodeQuiz(quiz));
		if (!decoded.ok) throw new Error(decoded.message);
		const resolved = resolveQuiz(decoded.value, real);
		expect(resolved.ok && resolved.value.questions[3].prompt).toBe('My clearer wording?');
		// The bank original (`from`) stays on the teacher's device.
		const sent = { ...quiz, questions: quiz.questions.map(({ from: _, ...q }) => q) };
		expect(resolved).toEqual({ ok: true, value: sent });
	});

	it('a quiz of only own questions is carried in full and needs no bank', () => {
		const quiz = makeQuiz(Array.from({ length: 6 }, (_, i) => own(`Own question ${i + 1}?`)));
		const decoded = decodeQuiz(encodeQuizRefs(quiz));
		if (!decoded.ok) throw new Error(decoded.message);
		expect(resolveQuiz(decoded.value, null)).toEqual({ ok: true, value: quiz });
	});

	it('no bank question id looks like a teacher’s own', () => {
		expect(seedBank().bank.questions.filter((q) => isOwnQuestion(q))).toEqual([]);
	});
});

describe('undoing a removal', () => {
	const questions = makeQuiz(syntheticQuestions(4)).questions;
	it('puts the question back where it was', () => {
		const removed = removeQuestion(questions, 1);
		expect(restoreQuestion(removed, questions[1], 1)).toEqual(questions);
		expect(restoreQuestion(removeQuestion(questions, 3), questions[3], 3)).toEqual(questions);
	});
	it('puts it at the end when the quiz got shorter meanwhile', () => {
		const shorter = removeQuestion(removeQuestion(questions, 3), 2);
		expect(restoreQuestion(shorter, questions[3], 3)?.at(-1)).toEqual(questions[3]);
	});
	it('refuses to ask one question twice', () => {
		expect(restoreQuestion(questions, questions[0], 0)).toBeNull();
	});
});

describe('multiple choice with 2 to 6 choices', () => {
	it('takes one to five wrong choices', () => {
		const base = {
			type: 'mcq' as const,
			prompt: 'Who?',
			answer: 'Mira',
			accept: '',
			explanation: ''
		};
		for (const wrong of [['Ana'], ['Ana', 'Ivo', 'Lea', 'Uma', 'Eda']]) {
			const made = draftToQuestion({ ...base, wrong });
			expect(made.ok && made.question.choices?.slice().sort()).toEqual(['Mira', ...wrong].sort());
		}
	});
});

describe('rewording the shipped bank', () => {
	it('takes every bank question a quiz can hold back unchanged from its own form', () => {
		const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8'));
		const refused = bank.questions
			.filter((q: { type: string }) => q.type !== 'flashcard')
			.map((q: Parameters<typeof toQuizQuestion>[0]) => toQuizQuestion(q))
			.map((q: ReturnType<typeof toQuizQuestion>) => [q.id, draftToQuestion(questionToDraft(q), q)])
			.filter(([, result]: [string, { ok: boolean }]) => !result.ok);
		expect(refused).toEqual([]);
	});
});
