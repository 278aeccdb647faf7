import type { Candidate } from './candidates';
import { hashId, seededOrder } from './text';

/**
 * The rank of a year question's key among its sorted choices, balanced over a course (issue 12,
 * blind review 2027-01-16, both reviewers: the key was the earliest of four in 4 of the bank's 5
 * year questions, so "pick the earliest" answered them). Each question's own rank is a fair draw
 * (`firstRank`), but a few draws per course bunch, and one side often lacks free years. Here the
 * course's year questions take their ranks in turn: the one with fewest possible ranks first,
 * then in the stable order of a hash of its id; each gets the possible rank used least so far
 * (ties in its id's seeded order), so over a course no rank leads by more than the questions'
 * own limits force. Changes `question.choices` and `distractors` in place; every other draft
 * is left alone. Pure apart from that.
 */
export function balanceYearRanks(candidates: readonly Candidate[]): void {
	const asked = candidates
		.filter((c) => c.question.type === 'mcq' && c.ranks)
		.map((c) => ({ c, possible: [0, 1, 2, 3].filter((r) => c.ranks![r]) }))
		.filter((q) => q.possible.length > 0)
		.sort(
			(a, b) =>
				a.possible.length - b.possible.length ||
				(hashId(a.c.question.id) < hashId(b.c.question.id) ? -1 : 1)
		);
	const used = [0, 0, 0, 0];
	for (const { c, possible } of asked) {
		const least = Math.min(...possible.map((r) => used[r]));
		const rank = seededOrder(possible, c.question.id).find((r) => used[r] === least)!;
		used[rank]++;
		const wrong = [...c.ranks![rank]!];
		c.distractors = wrong;
		c.question.choices = [c.question.answer, ...wrong].sort((a, b) => Number(a) - Number(b));
	}
}
