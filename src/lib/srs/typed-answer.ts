/**
 * A tolerant matcher for typed answers: ignores case, accents, punctuation, extra spaces and a
 * leading "the", and forgives a small typo in words (one edit up to 6 letters, two beyond).
 * Numbers must match exactly: "2017" is not a typo of "2019".
 *
 * Same signature as `$lib/content/answer-match`'s `matchesAnswer`, so switching to that shared
 * matcher is a one-line import change in `grading.ts`.
 */

export interface ExpectedAnswer {
	answer: string;
	accept?: string[];
}

export function normalizeAnswer(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/ı/g, 'i')
		.replace(/[đ]/g, 'd')
		.replace(/[ß]/g, 'ss')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^(?:the|a|an) /, '');
}

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		rows.push([i]);
		for (let j = 1; j <= b.length; j++) rows[i].push(i === 0 ? j : 0);
	}
	for (let i = 1; i <= a.length; i++) {
		let rowMin = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, rows[i - 2][j - 2] + 1);
			rows[i][j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
	}
	return rows[a.length][b.length];
}

function allowedEdits(expected: string): number {
	const letters = expected.replace(/ /g, '').length;
	if (letters <= 3) return 0;
	if (letters <= 6) return 1;
	return 2;
}

function digitsOf(text: string): string {
	return text.replace(/\D+/g, ' ').trim();
}

function matchesOne(input: string, expected: string): boolean {
	if (!expected) return false;
	if (input === expected) return true;
	if (digitsOf(input) !== digitsOf(expected)) return false;
	const limit = allowedEdits(expected);
	return limit > 0 && editDistance(input, expected, limit) <= limit;
}

export function matchesAnswer(input: string, expected: ExpectedAnswer): boolean {
	const given = normalizeAnswer(input);
	if (!given) return false;
	return [expected.answer, ...(expected.accept ?? [])].some((candidate) =>
		matchesOne(given, normalizeAnswer(candidate))
	);
}
