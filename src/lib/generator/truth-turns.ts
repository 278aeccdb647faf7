import { hashId } from './text';

/**
 * Which of a handout's kept true-or-false statements ship true (issue 12; H14 and H15: refused
 * statements used up turns, so one-statement handouts leaned true, 12 to 7 on `h42` and 3 to 0 on
 * `h43`, and "every statement is true" gave the kind away). Pure.
 */

/** The versions one kept statement can ship: both, or only the one that passed the checks. */
export type Versions = 'both' | 'true' | 'false';

/**
 * The truth of each statement, in reading order: a statement with one version keeps it; one
 * with both moves the handout's count of true minus false towards zero, and on a tie takes the
 * opposite of the statement before it (so free statements alternate), the first from `startTrue`.
 * So a handout of n free statements ships ⌈n/2⌉ or ⌊n/2⌋ true, never all true from 2 on.
 */
export function statementTurns(versions: Versions[], startTrue: boolean): boolean[] {
	let lean = 0;
	let previous = !startTrue;
	return versions.map((v) => {
		const truth = v === 'both' ? (lean === 0 ? !previous : lean < 0) : v === 'true';
		lean += truth ? 1 : -1;
		previous = truth;
		return truth;
	});
}

/**
 * Whether a handout's first free statement ships true: a hash of its own text (title and first
 * sentence), so the same handout gives the same drafts in any corpus and about half of a set's
 * one-statement handouts ship false.
 */
export function startsTrue(title: string, firstSentence: string): boolean {
	return parseInt(hashId(`${title}|${firstSentence}`, 4), 36) % 2 === 0;
}
