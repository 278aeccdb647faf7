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

/** "1 quiz", "1,204 quizzes": the count (grouped in thousands) and the noun in its number. */
export function plural(count: number, one: string, many = pluralOf(one)): string {
	return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
