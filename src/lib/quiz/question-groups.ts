import { splitPart } from '$lib/formats/moodle-parts';
import { shuffled } from './random';
import type { QuizQuestion } from './types';

/**
 * The parts of one matching question kept together in a quiz (a teacher from Moodle, session 37:
 * her "Match each quantity to its unit." became 4 multiple-choice questions, which the quiz's
 * shuffle scattered to Q1, Q12, Q13 and Q17, each counted as a question of its own). A matching
 * question read from GIFT or Moodle XML is one multiple-choice question per item
 * (`matchingParts`): its text, a blank line, the item ("Match each quantity to its unit.\n\n
 * force"), every answer as its choices. Consecutive such parts are one group here: shuffled as a
 * unit (in their own order inside it), counted as one question in "Question N of M" and shown as
 * its parts, "Question 1a of 5" … "1d". Marking and the result code are unchanged: each part is
 * still marked on its own, as Moodle marks each item of a matching question.
 */

type GroupQuestion = Pick<QuizQuestion, 'type' | 'prompt' | 'choices'>;

/** Whether two lists hold the same strings, each as often, in any order. */
function sameSet(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	const sorted = [...b].sort();
	return [...a].sort().every((x, i) => x === sorted[i]);
}

/** Whether `q` is another part of the matching question whose first part is `first`. */
function samePart(first: GroupQuestion, q: GroupQuestion, stem: string): boolean {
	return (
		q.type === 'mcq' && splitPart(q)?.stem === stem && sameSet(q.choices ?? [], first.choices ?? [])
	);
}

/**
 * `questions` (a quiz's, in its own order) as groups of indices: each run of two or more
 * consecutive multiple-choice questions with the same text before their prompt's last blank
 * line and the same choices in any order (the parts of one matching question) is one group;
 * every other question is a group of its own. Every index once, in order. Pure.
 */
export function questionGroups(questions: readonly GroupQuestion[]): number[][] {
	const groups: number[][] = [];
	for (let i = 0; i < questions.length;) {
		const first = questions[i];
		const stem = first.type === 'mcq' ? splitPart(first)?.stem : undefined;
		let end = i + 1;
		if (stem !== undefined)
			while (end < questions.length && samePart(first, questions[end], stem)) end++;
		groups.push(Array.from({ length: end - i }, (_, k) => i + k));
		i = end;
	}
	return groups;
}

/**
 * The order a quiz's questions are shown in (display position → question index): the quiz's own,
 * or with `shuffle` its groups (`questionGroups`) shuffled by `random`, each group's parts
 * together in their order. A quiz without matching parts is shuffled exactly as before (the
 * same draws of `random` give the same order). Pure.
 */
export function questionOrder(
	questions: readonly GroupQuestion[],
	shuffle: boolean,
	random: () => number
): number[] {
	const groups = questionGroups(questions);
	return (shuffle ? shuffled(groups, random) : groups).flat();
}

/** Where the student is, as the quiz screen says it: "1a" of 5, or "3" of 5. */
export interface QuestionPlace {
	/** The question's number in the order shown, with its part's letter ("1a"), else the number. */
	label: string;
	/** How many questions the quiz has, a matching question counted once. */
	total: number;
	/** Its part ("a") and how many parts its question has, or null for a question of one part. */
	part: { letter: string; of: number } | null;
}

/** Letters for parts: a matching question of up to 26 items, then "27", "28". */
function partLetter(i: number): string {
	return i < 26 ? String.fromCharCode(97 + i) : String(i + 1);
}

/**
 * The place of display position `position` in `order` (`questionOrder`) of `questions`
 * (`QuestionPlace`). Pure; `position` out of range gives the last.
 */
export function questionPlace(
	questions: readonly GroupQuestion[],
	order: readonly number[],
	position: number
): QuestionPlace {
	const groups = questionGroups(questions);
	const groupOf = new Map<number, number[]>();
	for (const group of groups) for (const i of group) groupOf.set(i, group);
	let number = 0;
	let previous: number[] | undefined;
	const at = Math.min(Math.max(position, 0), order.length - 1);
	for (let p = 0; p <= at; p++) {
		const group = groupOf.get(order[p]);
		if (group !== previous) number++;
		previous = group;
	}
	const group = groupOf.get(order[at]) ?? [];
	const part = group.length > 1 ? group.indexOf(order[at]) : -1;
	return {
		label: part >= 0 ? `${number}${partLetter(part)}` : String(number),
		total: groups.length,
		part: part >= 0 ? { letter: partLetter(part), of: group.length } : null
	};
}

/**
 * How many questions `questions` (a quiz's) has, a matching question's parts counted once: what
 * the start screen says ("5 questions"), as "Question 1a of 5" does (`questionPlace`). Pure.
 */
export function questionCount(questions: readonly GroupQuestion[]): number {
	return questionGroups(questions).length;
}

/**
 * How many of `questions` are answered (`answered(i)` for each part), a matching question only
 * when every one of its parts is: what "N answered" beside "Question 1a of 5" counts. Pure.
 */
export function answeredQuestions(
	questions: readonly GroupQuestion[],
	answered: (index: number) => boolean
): number {
	return questionGroups(questions).filter((group) => group.every(answered)).length;
}
