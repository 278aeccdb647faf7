import { numericAccepts } from '$lib/content/numeric';
import { ownAccepts } from './quiz-numeric';
import type { BankIndex } from '$lib/content/bank';
import type { Question } from '$lib/content/schema';
import {
	acceptedLines,
	fieldProblems,
	fieldsOf,
	type FieldProblems,
	type FieldRules,
	type QuestionFields
} from '$lib/content/question-fields';
import { keptCredit } from './edit-credit';
import { randomId, shuffled } from './random';
import { courseIdOf } from '$lib/db/records';
import { LIMITS, QUIZ_TYPES, type QuizQuestion, type QuizQuestionType } from './types';

/**
 * The teacher's changes to a quiz's questions before it is shared: reorder, remove, swap for
 * another bank question of the same type, reword one, or add one of their own. Every function
 * returns a new list and keeps the quiz's rule that no fact is asked twice.
 *
 * A reworded or new question is the teacher's own: it gets an id starting `own-` and travels
 * in the quiz link with its full text (students' banks do not have it; see quiz-code.ts).
 */

/** Id prefix of questions written or reworded by the teacher; no bank id starts with it. */
export const OWN_PREFIX = 'own-';
/** `source.doc` of a question the teacher wrote from scratch: it cites no document. */
export const OWN_DOC = 'teacher';

/**
 * The explanation a question the teacher writes gets when she gives none: where it comes from,
 * for a student's review, not feedback on the answer. Never exported as feedback
 * (`feedbackOf`): Moodle showed it on every typed question (teacher outsider, session 37).
 */
export const OWN_EXPLANATION = 'Written by your teacher.';

/**
 * `q`'s explanation as feedback on its answer: itself, or '' when it only says who wrote the
 * question (`OWN_EXPLANATION`), so an export carries only real feedback.
 */
export function feedbackOf(q: Pick<QuizQuestion, 'explanation'>): string {
	const text = q.explanation.trim();
	return text === OWN_EXPLANATION ? '' : text;
}

export function isOwnQuestion(question: Pick<QuizQuestion, 'id'>): boolean {
	return question.id.startsWith(OWN_PREFIX);
}

/** The fact a quiz question asks: its bank fact, or (for the teacher's own) itself. */
export function factOf(question: QuizQuestion, bank: BankIndex | null): string {
	return bank?.questionById.get(question.id)?.fact ?? question.id;
}

/** Moves the question at `from` to `to` (both 0-based, clamped to the list). */
export function moveQuestion(questions: readonly QuizQuestion[], from: number, to: number) {
	const out = [...questions];
	const target = Math.max(0, Math.min(out.length - 1, to));
	if (from < 0 || from >= out.length || target === from) return out;
	const [moved] = out.splice(from, 1);
	out.splice(target, 0, moved);
	return out;
}

export function removeQuestion(questions: readonly QuizQuestion[], index: number) {
	return questions.filter((_, i) => i !== index);
}

/**
 * Undoes `removeQuestion`: puts `question` back at `index` (clamped to the list). Null when the
 * quiz meanwhile asks the same question again or is full, so Undo never makes a quiz the editor
 * could not have made.
 */
export function restoreQuestion(
	questions: readonly QuizQuestion[],
	question: QuizQuestion,
	index: number
): QuizQuestion[] | null {
	if (questions.some((q) => q.id === question.id) || !canAdd(questions)) return null;
	const out = [...questions];
	out.splice(Math.max(0, Math.min(index, out.length)), 0, question);
	return out;
}

/**
 * Bank questions that could replace the one at `index`: same type, and a fact no other question
 * of the quiz asks (nor the replaced one, or the swap would only reword it).
 */
export function swapCandidates(
	questions: readonly QuizQuestion[],
	index: number,
	bank: BankIndex
): Question[] {
	const current = questions[index];
	const used = new Set(questions.map((q) => factOf(q, bank)));
	const all = bank.bank.questions.filter(
		(q) => q.type === current.type && !used.has(q.fact) && q.id !== current.id
	);
	// A quiz of several courses (teach49): a course's question is swapped for another of its
	// course while it has one; a question the teacher wrote, for any.
	if (current.source.doc === OWN_DOC) return all;
	const course = courseIdOf(current.source.doc);
	const same = all.filter((q) => courseIdOf(q.source.doc) === course);
	return same.length ? same : all;
}

/** Replaces the question at `index` with a random candidate; null when there is none. */
export function swapQuestion(
	questions: readonly QuizQuestion[],
	index: number,
	bank: BankIndex,
	toQuiz: (q: Question) => QuizQuestion,
	random: () => number = Math.random
): QuizQuestion[] | null {
	const candidates = swapCandidates(questions, index, bank);
	if (candidates.length === 0) return null;
	const chosen = candidates[Math.floor(random() * candidates.length)];
	return questions.map((q, i) => (i === index ? toQuiz(chosen) : q));
}

/** A new id for the teacher's own question: `own-` and 10 random lower-case letters or digits. */
export function ownId(): string {
	return `${OWN_PREFIX}${randomId(10)
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '0')}`;
}

/** Most wrong choices of a multiple-choice question: six choices in all, as Study shows. */
export const MAX_WRONG = 5;

/**
 * Limits of a teacher's question, in characters (`acceptLines`: a count): enough for a real
 * question, small enough for a link. The explanation's fits the longest a bank question has (691
 * characters, with a correction note), an answer or choice the longest (127, an order of events),
 * and `acceptLines` the most accepted answers one has (12,
 * "One day": at 5 a teacher could not reword it, CI's random pick found), so rewording a bank
 * question never fails on what the teacher kept (tested over the whole bank).
 */
export const DRAFT_LIMITS = {
	prompt: 300,
	answer: 160,
	explanation: 1000,
	acceptLines: 20
} as const;

/** A quiz question: 2–6 choices in all, as an imported question may have (`QuestionSchema`). */
export const QUIZ_FIELD_RULES: FieldRules = {
	wrong: { min: 1, max: MAX_WRONG },
	limits: DRAFT_LIMITS
};

/** The quiz question, or its problems by field (`error`: the first of them, in words). */
export type DraftResult =
	{ ok: true; question: QuizQuestion } | { ok: false; errors: FieldProblems; error: string };

/**
 * Checks a draft and makes it a quiz question. `base` is the question being reworded (its
 * source passage is kept); without it the question is new and cites no document. A multiple-
 * choice question's choices are stored shuffled (`random`), because the projector and the paper
 * version show the stored order: with the right one first, as the form asks for it, it was always
 * A there (outsider teacher, 2026-12-01). A reworded question with the same choices keeps its
 * order, so the printed key does not move under the teacher's eyes.
 */
export function draftToQuestion(
	draft: QuestionFields,
	base?: QuizQuestion,
	random: () => number = Math.random
): DraftResult {
	const errors = fieldProblems(draft, QUIZ_FIELD_RULES);
	if (!(QUIZ_TYPES as readonly string[]).includes(draft.type))
		errors.question = 'A quiz asks multiple choice, true or false, fill the blank or short answer.';
	const first = Object.values(errors).find(Boolean);
	if (first) return { ok: false, errors, error: first };
	const d = {
		type: draft.type as QuizQuestionType,
		prompt: draft.prompt.trim(),
		answer: draft.answer.trim(),
		wrong: draft.wrong.map((w) => w.trim()),
		explanation: draft.explanation.trim()
	};
	// A numerical answer (Moodle's) stays one while its key is unchanged: the form shows its key
	// ("25 to 35") and the teacher's own accepted answers, not the numbers a link lists for it.
	const numeric =
		base?.numeric && base.type === d.type && base.answer === d.answer ? base.numeric : undefined;
	const accept = [...acceptedLines(draft.accept), ...(numeric ? numericAccepts(numeric) : [])];
	const credit = keptCredit(base, draft);
	// A reworded question keeps its own lack of one (an imported file's question may have none).
	const explanation = d.explanation || (base ? '' : OWN_EXPLANATION);
	const question: QuizQuestion = {
		id: ownId(),
		type: d.type,
		prompt: d.prompt,
		answer: d.answer,
		...(d.type === 'mcq' ? { choices: storedChoices([d.answer, ...d.wrong], base, random) } : {}),
		...((d.type === 'cloze' || d.type === 'short') && accept.length ? { accept } : {}),
		...(numeric ? { numeric } : {}),
		// Partial credit stays on the forms that survive the rewording (`edit-credit.ts`).
		...(credit ? { credit } : {}),
		explanation,
		source: base ? base.source : { doc: OWN_DOC, quote: explanation }
	};
	// Saved with nothing changed, a question stays the bank's or the course's own: it keeps its
	// id, so it travels by reference and counts for "add missed questions" (outsider teacher).
	if (base && sameWording(question, base)) return { ok: true, question: base };
	const original = base && bankOriginal(base);
	if (!original) return { ok: true, question };
	// Reworded back to the bank's words, it is the bank's question again.
	if (sameWording(question, original)) return { ok: true, question: original };
	return { ok: true, question: { ...question, from: original } };
}

/**
 * The bank question `base` is or was reworded from, without its own `from`; undefined for the
 * teacher's own question and a user course's (students' banks have neither: `uc-` ids, see
 * `course-source.ts`).
 */
function bankOriginal(base: QuizQuestion): QuizQuestion | undefined {
	if (base.from) return base.from;
	if (isOwnQuestion(base) || base.id.startsWith('uc-')) return undefined;
	return base;
}

/** Whether two questions read and mark the same: type, prompt, answer, choices, accepted, explanation, partial credit. */
function sameWording(a: QuizQuestion, b: QuizQuestion): boolean {
	const sorted = (q: QuizQuestion) => [...(q.choices ?? [])].sort();
	return (
		a.type === b.type &&
		a.prompt === b.prompt &&
		a.answer === b.answer &&
		a.explanation === b.explanation &&
		JSON.stringify(sorted(a)) === JSON.stringify(sorted(b)) &&
		JSON.stringify(a.accept ?? []) === JSON.stringify(b.accept ?? []) &&
		JSON.stringify(a.credit ?? {}) === JSON.stringify(b.credit ?? {})
	);
}

/** The choices in `base`'s order when they are the same set, else shuffled. */
function storedChoices(
	choices: string[],
	base: QuizQuestion | undefined,
	random: () => number
): string[] {
	const same =
		base?.choices?.length === choices.length && base.choices.every((c) => choices.includes(c));
	return same ? [...base!.choices!] : shuffled(choices, random);
}

/**
 * A question as the form shows it (the reverse of `draftToQuestion`). Throws for a
 * multiple-answer question (`multi`): the form has no place for its weights, and no screen offers
 * to reword one (`canReword`).
 */
export function questionToDraft(question: QuizQuestion): QuestionFields {
	if (question.type === 'multi') throw new Error('a multiple-answer question has no draft form');
	return fieldsOf(
		{ ...question, type: question.type, accept: ownAccepts(question) },
		question.explanation,
		question.type === 'mcq' ? 0 : 3
	);
}

/**
 * Whether the Reword form can take `question`: every type but a multiple-answer question, whose
 * choices' weights it has no place for (the teacher changes it in her file and adds it again).
 */
export function canReword(question: Pick<QuizQuestion, 'type'>): boolean {
	return question.type !== 'multi';
}

/** Whether one more question fits the quiz. */
export function canAdd(questions: readonly QuizQuestion[]): boolean {
	return questions.length < LIMITS.maxQuestions;
}
