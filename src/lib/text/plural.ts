/**
 * The app's one way to write a count with its noun ("1 quiz", "3 quizzes"). Before it, four
 * screens each had their own `plural`, and one added a bare "s" ("2 quizs", a teacher's report).
 */

/**
 * The English plural of a noun the app counts: "quiz" → "quizzes", "-s/-x/-z/-ch/-sh" → "+es",
 * consonant + "y" → "-ies", anything else + "s". Irregular nouns pass their plural to `plural`.
 */
export function pluralOf(noun: string): string {
	const words = noun.split(' ');
	const last = words.pop()!;
	const many =
		last === 'quiz'
			? 'quizzes'
			: /(?:s|x|z|ch|sh)$/.test(last)
				? `${last}es`
				: /[^aeiou]y$/.test(last)
					? `${last.slice(0, -1)}ies`
					: `${last}s`;
	return [...words, many].join(' ');
}

/**
 * A count grouped in thousands as `toLocaleString('en-GB')` writes it ("1,204", "-12,000").
 * Safe integers are grouped here: the first `toLocaleString` of a page loads the browser's
 * number-formatting data, 20–30 ms of script measured in Chromium on the busy 2-core dev
 * machine (issue 14: Stats' first paint counts with `plural`); anything else still goes
 * through `toLocaleString`.
 */
export function formatCount(count: number): string {
	if (!Number.isSafeInteger(count)) return count.toLocaleString('en-GB');
	const digits = String(Math.abs(count)).replace(/\B(?=(\d{3})+$)/g, ',');
	return count < 0 || Object.is(count, -0) ? `-${digits}` : digits;
}

/** "1 quiz", "1,204 quizzes": the count (grouped in thousands) and the noun in its number. */
export function plural(count: number, one: string, many = pluralOf(one)): string {
	return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * "all 3 quizzes", or "the only quiz" for one: "Accept all 1 multiple-choice question" and
 * "That’s all 1 questions" read wrong (outsiders, issue 12). Zero gives "all 0 quizzes".
 */
export function allOf(count: number, one: string, many = pluralOf(one)): string {
	return count === 1 ? `the only ${one}` : `all ${plural(count, one, many)}`;
}
