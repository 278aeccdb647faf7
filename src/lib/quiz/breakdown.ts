import { responseKey } from './regrade';
import { answerText, creditOf, isCorrect, percent } from './scoring';
import { isTicked } from './multi-credit';
import type { Answer, QuizQuestion } from './types';

/** One answer the class gave to a question: a choice, True/False, or one typed answer. */
export interface AnswerOption {
	/** As a person reads it: the choice, "True"/"False", the first way it was typed, or "(no answer)". */
	label: string;
	/** Typed answers only: the text as first typed, for "accept this answer". */
	typed?: string;
	/** Students who gave it. */
	count: number;
	/**
	 * Who gave it, in the order of `names` (the report's, by name), when names were passed: the
	 * teacher sees who to help, not only how many (outsider teacher).
	 */
	names: string[];
	/** Share of the students who answered the quiz, 0–100. */
	percent: number;
	correct: boolean;
	/** Its share of the mark, 0–1 (`creditOf`): 1 when right, between for a partly right one. */
	credit: number;
	/** The question's right answer, even when no one chose it (choices and True/False). */
	isKey: boolean;
}

/**
 * What the class answered to one question, most given first: every choice of a multiple-choice
 * or true/false question (chosen or not, in display order), each choice of a multiple-answer
 * question with who ticked it (its right choices `correct`; a student's share is in the report), and each typed answer grouped the
 * way the marking compares them and the teacher regrades them (`responseKey`: "Vučić" and "vucic " are one answer), plus
 * "(no answer)" when someone left it blank. `names[i]` is who gave `answers[i]` (a report row's
 * name, with its tag when two share a name); without it, `names` are empty.
 */
export function answerOptions(
	question: QuizQuestion,
	answers: readonly Answer[],
	names: readonly string[] = []
): AnswerOption[] {
	const total = answers.length;
	const isBlank = (a: Answer) => a === null || a === '';
	const who = (given: (a: Answer) => boolean) =>
		answers.flatMap((a, i) => (given(a) && names[i] !== undefined ? [names[i]] : []));
	const blank = answers.filter(isBlank).length;
	const options: AnswerOption[] = [];
	const push = (
		label: string,
		count: number,
		correct: boolean,
		isKey: boolean,
		gave: string[],
		typed?: string
	) =>
		options.push({
			label,
			count,
			names: gave,
			percent: percent(count, total),
			correct,
			credit: typed !== undefined ? creditOf(question, typed) : correct ? 1 : 0,
			isKey,
			...(typed === undefined ? {} : { typed })
		});
	if (question.type === 'multi') {
		// Each choice with how many ticked it: a right one (a positive weight) is the key's.
		(question.choices ?? []).forEach((choice, i) => {
			const right = (question.weights?.[i] ?? 0) > 0;
			const ticked = (a: Answer) => isTicked(a) && a.includes(i);
			push(choice, answers.filter(ticked).length, right, right, who(ticked));
		});
	} else if (question.type === 'mcq' || question.type === 'truefalse') {
		const values: Answer[] =
			question.type === 'mcq' ? (question.choices ?? []).map((_, i) => i) : [true, false];
		for (const value of values) {
			const correct = isCorrect(question, value);
			const share = creditOf(question, value);
			const at = options.length;
			push(
				answerText(question, value),
				answers.filter((a) => a === value).length,
				correct,
				correct,
				who((a) => a === value)
			);
			options[at].credit = share;
		}
	} else {
		const groups = new Map<string, { typed: string; count: number; names: string[] }>();
		for (const [i, a] of answers.entries()) {
			if (typeof a !== 'string' || a === '') continue;
			const key = responseKey(a);
			const group = groups.get(key) ?? { typed: a.trim(), count: 0, names: [] };
			group.count++;
			if (names[i] !== undefined) group.names.push(names[i]);
			groups.set(key, group);
		}
		const typed = [...groups.values()].sort(
			(a, b) => b.count - a.count || a.typed.localeCompare(b.typed)
		);
		for (const group of typed)
			push(
				group.typed,
				group.count,
				isCorrect(question, group.typed),
				false,
				group.names,
				group.typed
			);
	}
	if (blank) push('(no answer)', blank, false, false, who(isBlank));
	return options;
}
