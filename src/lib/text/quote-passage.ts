import { foldText } from './fold';

/**
 * A source passage in quotation marks for display: “…”. A passage that already opens on a
 * quotation mark (a speaker's words: “I am appalled…,” Vučić said) is shown as it is, since
 * wrapping it gives ““I am appalled…” (an outsider teacher saw this on the projector).
 */
export function quotePassage(passage: string): string {
	return /^[“"‘'«„]/u.test(passage) ? passage : `“${passage}”`;
}

/**
 * Whether `explanation` adds nothing to the source passage shown beside it: once folded
 * (`foldText`), it holds the whole passage and little else (at most 40 characters more, e.g.
 * "Wikipedia says: “…”"). The quiz review then shows the passage once (an outsider teacher saw
 * the same quote twice in a row under a question whose explanation was its source sentence).
 * An empty passage never makes an explanation redundant.
 */
export function explanationRepeatsPassage(explanation: string, passage: string): boolean {
	const said = foldText(explanation);
	const quoted = foldText(passage);
	return quoted.length > 0 && said.includes(quoted) && said.length - quoted.length <= 40;
}

/**
 * `explanation` without the quotations of it that a screen already shows beside it (`shown`:
 * the prompt, the source sentence), compared folded (`foldText`). The generator's explanations
 * quote the whole sentence ("True: the article says so. “…”", "The article says: “…”"), and on
 * the drafts page under that sentence, or under a true statement that is the sentence, the same
 * words came two or three times in a row (outsider teacher, issue 12). A lead-in left with
 * nothing to introduce ("The article says:") goes too, so the result may be `''`: show nothing
 * then; "True: the article says so." left alone points at "the sentence above". Pure.
 */
export function explanationBeside(explanation: string, shown: readonly string[]): string {
	const folded = new Set(shown.map(foldText).filter(Boolean));
	if (!folded.size) return explanation.trim();
	const left = explanation
		.replace(/[“"]([^”"]+)[”"]/gu, (whole, inner: string) =>
			folded.has(foldText(inner)) ? '' : whole
		)
		.replace(/[ \t]+/g, ' ')
		.trim();
	if (left === explanation.trim()) return left;
	// "The article says:" (or "… says: ") with its quotation gone introduces nothing, and
	// "True: the article says so." alone taught nothing (outsider teacher, issue 12): it points
	// at the sentence shown above it instead.
	return left
		.replace(/(?:^|(?<=[.!?]\s))[^.!?]*\bsays?:\s*$/u, '')
		.replace(/\bsays so\.$/u, 'says so in the sentence above.')
		.trim();
}
