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
