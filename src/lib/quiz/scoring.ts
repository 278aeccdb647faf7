import { matchesAnswer } from '$lib/content/answer-match';
import { matchesQuizAnswer, quizNumeric } from './quiz-numeric';
import { nearWhy } from '$lib/content/near-note';
import { unitMiss } from '$lib/content/answer-unit';
import { plural } from '$lib/text/plural';
import { explanationLeftOut } from './travels';
import { isTicked, multiCredit } from './multi-credit';
import { teacherVerdict } from './regrade';
import type { Answer, QuizQuestion, QuizResult, Quiz } from './types';

/**
 * Whether `answer` is right: the chosen choice or True/False is the key; the ticked choices of a
 * multiple-answer question earn the whole mark (`multiCredit`); a typed answer is right
 * by the teacher's regrade of that response when she made one (`teacherVerdict`), else by the
 * marking (`matchesAnswer`: the key and its accepted answers, a typo forgiven).
 */
export function isCorrect(question: QuizQuestion, answer: Answer): boolean {
	if (answer === null) return false;
	switch (question.type) {
		case 'multi':
			return isTicked(answer) && multiCredit(question.weights ?? [], answer) === 1;
		case 'mcq':
			return typeof answer === 'number' && question.choices?.[answer] === question.answer;
		case 'truefalse':
			return typeof answer === 'boolean' && String(answer) === question.answer;
		default:
			return (
				typeof answer === 'string' &&
				(teacherVerdict(question, answer) ?? matchesQuizAnswer(question, answer))
			);
	}
}

/**
 * The share of the mark `answer` gets, 0–1: 1 when right (`isCorrect`); else the weight of the
 * partly right answer it is (`QuizQuestion.credit`, percent / 100): the chosen choice, or a typed
 * answer the marking matches to a partly right form (as it matches the key: case, accents and a
 * slip aside); else 0. A typed answer the teacher regraded is hers alone (`teacherVerdict`).
 */
export function creditOf(question: QuizQuestion, answer: Answer): number {
	// Moodle's multiple-answer rule: the ticked choices' weights added, 0 to 1 (`multiCredit`).
	if (question.type === 'multi')
		return isTicked(answer) ? multiCredit(question.weights ?? [], answer) : 0;
	if (isCorrect(question, answer)) return 1;
	const credit = question.credit;
	if (!credit || answer === null) return 0;
	if (question.type === 'mcq') {
		const chosen = typeof answer === 'number' ? question.choices?.[answer] : undefined;
		return chosen !== undefined ? (credit[chosen] ?? 0) / 100 : 0;
	}
	if (typeof answer !== 'string' || question.type === 'truefalse') return 0;
	if (teacherVerdict(question, answer) !== undefined) return 0;
	let best = 0;
	for (const [form, weight] of Object.entries(credit))
		if (matchesAnswer(answer, { answer: form, prompt: question.prompt }))
			best = Math.max(best, weight / 100);
	return best;
}

export interface Score {
	/** The mark: right answers count 1 each, partly right ones their share (`creditOf`), to 0.01. */
	correct: number;
	total: number;
	/** Whether each answer is right, in the quiz's order (a partly right one is not). */
	perQuestion: boolean[];
	/** Each answer's share of the mark, 0–1 (`creditOf`). */
	credit: number[];
}

/** Marks answers against the quiz; the only score that counts is this one, never a claimed one. */
export function scoreAnswers(quiz: Pick<Quiz, 'questions'>, answers: readonly Answer[]): Score {
	const credit = quiz.questions.map((q, i) => creditOf(q, answers[i] ?? null));
	const perQuestion = credit.map((c) => c === 1);
	const sum = credit.reduce((a, b) => a + b, 0);
	return {
		correct: Math.round(sum * 100) / 100,
		total: quiz.questions.length,
		perQuestion,
		credit
	};
}

/**
 * What a review or report says of a partly right answer (`credit` 0–1, `creditOf`): "Partly
 * right: 50% of the mark", in words beside the mark, never by a colour alone; '' for a right
 * or wrong one.
 */
export function partlyRightWords(credit: number): string {
	return credit > 0 && credit < 1
		? `Partly right: ${Math.round(credit * 1000) / 10}% of the mark`
		: '';
}

/**
 * The answer as a person reads it: the choice text, the ticked choices ("wind; solar", in the
 * quiz's order), "True"/"False", or what was typed.
 */
export function answerText(question: QuizQuestion, answer: Answer): string {
	if (answer === null || answer === '') return '(no answer)';
	if (isTicked(answer)) return answer.map((i) => question.choices?.[i] ?? '?').join('; ');
	if (question.type === 'mcq')
		return typeof answer === 'number' ? (question.choices?.[answer] ?? '?') : '?';
	if (question.type === 'truefalse') return answer === true ? 'True' : 'False';
	return String(answer);
}

/**
 * The key as a person reads it: "True"/"False" for a true/false question (stored as the strings
 * 'true'/'false'), else the stored answer. Used by quiz results and by every key shown in a list.
 */
export function correctAnswerText(question: { type: string; answer: string }): string {
	if (question.type === 'truefalse') return question.answer === 'true' ? 'True' : 'False';
	return question.answer;
}

/**
 * Why a typed answer the quiz marked wrong is nearly the key, as Study's "Almost" says it
 * (`nearWhy`): "“Bondsteel Camp” has the words of “Camp Bondsteel” in another order.". Null for a
 * right, plainly wrong or missing answer and for a choice. It does not change the mark: a quiz
 * has no "I was right", so the student's review and the teacher's report show it and the
 * teacher decides (issue 12, classroom). It names the key.
 */
export function nearMiss(question: QuizQuestion, answer: Answer): string | null {
	return typeof answer === 'string' ? nearWhy(question, answer) : null;
}

/**
 * Why a typed answer the quiz marked wrong is wrong by its unit alone, without the key (the
 * review and the report give it on their own line, or hide it): "Right number, but the unit is
 * missing." (`unitMiss`). Null for a right, otherwise wrong or missing answer and for a choice.
 */
export function unitSlip(question: QuizQuestion, answer: Answer): string | null {
	if (typeof answer !== 'string' || (question.type !== 'short' && question.type !== 'cloze'))
		return null;
	return unitMiss(answer, { ...question, numeric: quizNumeric(question) }, false);
}

export function percent(correct: number, total: number): number {
	return total === 0 ? 0 : Math.round((correct / total) * 100);
}

/** One question of the student's review: where it is in the quiz, and its number as she saw it. */
export interface ReviewItem {
	/** 0-based index into the quiz's questions (the teacher's order, the report's numbers). */
	index: number;
	/** 1-based number in the order the student was asked (`QuizRun.order`, maybe shuffled). */
	seen: number;
}

/**
 * The student's review after a quiz: the questions missed (wrong or not answered) first, then
 * the right ones, each group in the order she was asked them (`order`: display position →
 * question index, `QuizRun.order`; the quiz's own order when not given). `perQuestion` is
 * `Score.perQuestion`, in the quiz's order. Outsider teacher (issue 11): with the review in quiz
 * order a student scrolled past every right answer to find what to go over; and (2026-12-01)
 * with shuffled questions the review's numbers were the teacher's, not the ones she saw.
 */
export function reviewOrder(
	perQuestion: readonly boolean[],
	order: readonly number[] = perQuestion.map((_, i) => i)
): ReviewItem[] {
	const items = order.map((index, position) => ({ index, seen: position + 1 }));
	return [
		...items.filter((item) => !perQuestion[item.index]),
		...items.filter((item) => perQuestion[item.index])
	];
}

/**
 * Where the student's number and the teacher's meet: "" when they agree, else the teacher's
 * ("question 7 in your teacher’s list"), so a student who asks about "question 3" of a shuffled
 * quiz can say which one the teacher's report means.
 */
export function teacherNumber(item: ReviewItem): string {
	return item.seen === item.index + 1 ? '' : `question ${item.index + 1} in your teacher’s list`;
}

/**
 * The one line above the review that says how it is ordered (`reviewOrder`), since the items no
 * longer follow the quiz: "2 missed first, then 8 right; each keeps the number you saw.".
 * When every answer is right, or none is, the review is simply in the order asked.
 */
export function reviewLead(perQuestion: readonly boolean[]): string {
	const right = perQuestion.filter(Boolean).length;
	const missed = perQuestion.length - right;
	if (!missed) return 'Every answer right, in the order you were asked.';
	if (!right) return 'No answer right, in the order you were asked.';
	return `Missed first (${missed}: wrong or not answered), then right (${right}); each keeps the number you saw.`;
}

/**
 * The one note a review gives when the QR code a quiz came by left explanations out
 * (`explanationLeftOut`: a lean code, `leanQuiz`), or `''` when none is missing. Said once above
 * the review, not under every question: a student's QR-only review repeated "The explanation is
 * in your teacher's link" under all 10 questions (outsider teacher, issue 12).
 */
export function leftOutNote(quiz: Pick<Quiz, 'lean' | 'questions'>): string {
	const missing = quiz.questions.filter((q) => explanationLeftOut(quiz, q)).length;
	if (!missing) return '';
	if (missing === quiz.questions.length)
		return 'The QR code carried only the questions and their answers: the explanations are in your teacher’s link.';
	return `For ${plural(missing, 'question')} of ${quiz.questions.length}, the QR code carried only the question and its answer: their explanations are in your teacher’s link.`;
}

export type { QuizResult };
