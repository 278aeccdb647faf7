import { normalizeAnswer } from '$lib/content/answer-match';

/**
 * How often one quiz's questions made from flashcards took each wrong choice, so a choice is not
 * the odd one out in question after question (`card-questions.ts` counts, `card-wrong-choices.ts`
 * puts the least worn first). Pure but for `countUses`, which adds to the map it is given.
 */

/**
 * How many of a quiz's questions may take one wrong choice before the others of its kind go
 * first: one note-style answer was a wrong choice in several questions of one quiz (outsider
 * teacher, session 38), and a student who meets it twice learns it is never the answer.
 */
export const MOST_USES = 2;

/**
 * How many questions of one quiz (or course) have taken each wrong choice so far, by its
 * normalized text (`normalizeAnswer`).
 */
export type ChoiceUses = Map<string, number>;

/** Counts `wrong` (one question's wrong choices) in `uses`; `normalize` as `wear` is given. */
export function countUses(
	uses: ChoiceUses,
	wrong: readonly string[],
	normalize: (text: string) => string = normalizeAnswer
): void {
	for (const value of wrong) {
		const key = normalize(value);
		uses.set(key, (uses.get(key) ?? 0) + 1);
	}
}

/**
 * How worn the most worn of `values` is: 0 while each was taken by fewer than `MOST_USES`
 * questions (`uses`), 1 up to twice that, and so on; 0 with no `uses`. `normalize` is
 * `normalizeAnswer` or a memo of it.
 */
export function wear(
	uses: ChoiceUses | undefined,
	values: readonly string[],
	normalize: (text: string) => string = normalizeAnswer
): number {
	if (!uses) return 0;
	return Math.max(0, ...values.map((v) => Math.floor((uses.get(normalize(v)) ?? 0) / MOST_USES)));
}
