import { foldText } from '$lib/text/fold';
import { LIMITS } from './types';

/**
 * One name a quiz in the Classroom list (outsider teachers from Kahoot, Moodle and Wayground:
 * "Duplicate to change it" and an imported quiz gave two quizzes one title, and the list could
 * not tell them apart). A copy is "<title> (copy)", then "(copy 2)"; a new or imported quiz
 * whose title is taken gets "(2)", "(3)", as Kahoot and Google Drive name copies. Titles are
 * compared folded (`foldText`: "Week 3" and "week 3 " are one), and a suffix never pushes a
 * title past `LIMITS.titleChars`: the title before it is cut.
 */

/** "<title> (copy)", "(copy 2)", … the first one no title in `used` has; a copy's copy too. */
export function copyTitle(title: string, used: Iterable<string>): string {
	const base = title.replace(/ \(copy(?: \d+)?\)$/, '');
	return firstFree(base, used, (n) => (n === 1 ? ' (copy)' : ` (copy ${n})`));
}

/** `title` when no title in `used` has it, else "<title> (2)", "(3)", … the first free. */
export function unusedTitle(title: string, used: Iterable<string>): string {
	const taken = new Set([...used].map(foldText));
	if (!taken.has(foldText(title))) return title;
	const base = title.replace(/ \(\d+\)$/, '');
	return firstFree(base, taken, (n) => ` (${n + 1})`);
}

function firstFree(base: string, used: Iterable<string>, suffix: (n: number) => string): string {
	const taken = new Set([...used].map(foldText));
	for (let n = 1; ; n++) {
		const end = suffix(n);
		const title = base.slice(0, LIMITS.titleChars - end.length).trimEnd() + end;
		if (!taken.has(foldText(title))) return title;
	}
}

/**
 * The title a quiz of a teacher's own course gets when she types none, as Kahoot names a kahoot
 * by its subject: "<subject> quiz", the subject the one document chosen, else the course's title,
 * with the one topic chosen after a colon ("Panama Canal (Year 10): Locks quiz"). It was "Class
 * quiz, 10 questions", which says nothing in the quiz list, the students' screens or the file
 * names (outsider from Kahoot/Quizlet, issue 12). The subject is cut with "…" so the title stays
 * within `LIMITS.titleChars`; `unusedTitle` then numbers a second quiz of one subject "(2)".
 * `course`: the course's title; `docs`, `topics`: the document titles and topics chosen.
 */
export function subjectQuizTitle(
	course: string,
	docs: readonly string[],
	topics: readonly string[]
): string {
	const about = docs.length === 1 ? docs[0] : course;
	const subject = topics.length === 1 ? `${about}: ${topics[0]}` : about;
	const end = ' quiz';
	const room = LIMITS.titleChars - end.length;
	const cut = subject.length <= room ? subject : `${subject.slice(0, room - 1).trimEnd()}…`;
	return `${cut.trim() || 'Class'}${end}`;
}
