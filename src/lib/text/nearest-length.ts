/**
 * `values` with those nearest the key's length first (a stable sort on the gap in characters):
 * a key longer than every wrong choice is a cue a test-wise student takes (the outsider
 * teacher, 2026-12-03), so wrong choices of the key's own shape go before the rest. Shared by
 * the generator's deed distractors (`generator/idea-deed.ts`) and a class quiz's flashcard
 * choices (`quiz/card-questions.ts`).
 */
export function nearestInLength(values: readonly string[], key: string): string[] {
	const gap = (v: string) => Math.abs(v.length - key.length);
	return values
		.map((v, i) => ({ v, i }))
		.sort((a, b) => gap(a.v) - gap(b.v) || a.i - b.i)
		.map(({ v }) => v);
}
