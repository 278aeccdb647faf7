import type { Question } from './schema';

/**
 * Typed answers are compared the way a teacher would mark them: case, accents, punctuation and
 * spacing do not matter ("vucic" is "Vučić"), and one slip of the finger in a long answer is
 * forgiven, while a different name or number is not.
 */

const SPECIAL_LETTERS: Record<string, string> = {
	ı: 'i',
	ß: 'ss',
	đ: 'd',
	ð: 'd',
	ø: 'o',
	ł: 'l',
	æ: 'ae',
	œ: 'oe',
	þ: 'th'
};

export function normalizeAnswer(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[ıßđðøłæœþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
		.replace(/(\d),(?=\d{3}\b)/g, '$1')
		.replace(/[^\p{L}\p{N}.%$€]+/gu, ' ')
		.replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbouring letters,
 * the commonest slip on a phone keyboard, counts as one edit), stopping early past `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, beforePrevious[j - 2] + 1);
			}
			current[j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length];
}

/**
 * Typos allowed: none in numbers or years (2017 is not a typo of 2019) or in answers of four
 * letters or fewer (KFOR, EU); one slip (a wrong, missing, extra or swapped letter) from five
 * letters on. A second slip is a different answer.
 */
function typoAllowance(expected: string): number {
	if (/\d/.test(expected)) return 0;
	return expected.replace(/\s/g, '').length >= 5 ? 1 : 0;
}

/** "The Kosovo Force" and "Kosovo Force" are the same answer. */
function withoutArticle(text: string): string {
	return text.replace(/^(?:the|a|an) /, '');
}

export function matchesAnswer(
	input: string,
	question: Pick<Question, 'answer' | 'accept'>
): boolean {
	const given = withoutArticle(normalizeAnswer(input));
	if (!given) return false;
	for (const expected of [question.answer, ...(question.accept ?? [])]) {
		const target = withoutArticle(normalizeAnswer(expected));
		if (!target) continue;
		if (given === target) return true;
		const allowance = typoAllowance(target);
		if (allowance && editDistance(given, target, allowance) <= allowance) return true;
	}
	return false;
}
