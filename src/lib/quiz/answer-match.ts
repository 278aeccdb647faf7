/**
 * Local stand-in for `$lib/content/answer-match` (written by the bank helper, same signature):
 * when that module lands, `scoring.ts` imports it instead and this file goes. Typed answers
 * match ignoring case, accents (Vucic = Vučić), punctuation and extra spaces.
 */
export function normalizeAnswer(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.replace(/[łŁ]/g, 'l')
		.replace(/ı/g, 'i')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export function matchesAnswer(input: string, expected: { answer: string; accept?: string[] }) {
	const given = normalizeAnswer(input);
	if (!given) return false;
	return [expected.answer, ...(expected.accept ?? [])].some((a) => normalizeAnswer(a) === given);
}
