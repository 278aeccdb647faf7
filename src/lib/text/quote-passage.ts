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
