/**
 * A source passage in quotation marks for display: “…”. A passage that already opens on a
 * quotation mark (a speaker's words: “I am appalled…,” Vučić said) is shown as it is, since
 * wrapping it gives ““I am appalled…” (an outsider teacher saw this on the projector).
 */
export function quotePassage(passage: string): string {
	return /^[“"‘'«„]/u.test(passage) ? passage : `“${passage}”`;
}
