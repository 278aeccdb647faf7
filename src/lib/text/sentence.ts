/**
 * Sentence-ending punctuation at the end of a text, with any closing quotes or brackets after
 * it: "declared independence.", "Who won?", "(see above.)", "“Enough!”".
 */
const ENDED = /[.!?…]["'”’»)\]]*\s*$/u;

/** Whether `text` already ends its sentence (a full stop, ? or !, before any closing marks). */
export function endsSentence(text: string): boolean {
	return ENDED.test(text);
}

/**
 * The full stop that closes a sentence whose last words are `last` (a quoted question, a title,
 * an answer): `'.'`, or `''` when `last` ends with its own full stop, question or exclamation
 * mark, as style guides ask. The source banner read “…declared independence.”. and
 * “Who won?”. (issue 14). The app's one way to end a sentence with outside text.
 */
export function closingStop(last: string): string {
	return endsSentence(last) ? '' : '.';
}
