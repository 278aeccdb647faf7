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
 * Whether a question's source passage `quote` says no more than its `prompt` (a true statement
 * that is its source sentence, with or without a "True or false:" lead-in), compared folded
 * (`foldText`) with punctuation aside: the student's quiz review then shows the statement once,
 * not again as its quote (outsider teacher, issue 12). False for an empty quote. Pure.
 */
export function quoteRepeatsPrompt(quote: string, prompt: string): boolean {
	const words = (text: string) =>
		foldText(text)
			.replace(/^(?:true or false|t ?\/ ?f)\s*[:?.-]\s*/u, '')
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
	const said = words(quote);
	return said !== '' && said === words(prompt);
}

/**
 * `explanation` without the quotations of it that a screen already shows beside it, compared
 * folded (`foldText`): `shown.prompt` (the question itself) and `shown.sentence` (its source
 * sentence, where the screen shows it above: the drafts page). The generator's explanations quote
 * the whole sentence ("True: the article says so. “…”", "The article says: “…”"), and on the
 * drafts page under that sentence, or under a true statement that is the sentence, the same words
 * came two or three times in a row (outsider teacher, issue 12). A lead-in left with nothing to
 * introduce ("The article says:") goes too, so the result may be `''`: show nothing then.
 * "True: the article says so." left alone taught nothing, and its "in the sentence above" pointed
 * at nothing in Study and Questions, which show no sentence (outsider teacher, issue 12): it says
 * what was left out instead, so it never points at what the screen does not show.
 * `shown.sentenceAt` is where the sentence is shown: `'above'` (the drafts page, the default) or
 * `'below'` (the student's quiz review, whose source passage follows the explanation: a false
 * statement's "False: the text gives 1842, not 1850. “…”" printed the sentence twice in a row,
 * outsider teacher, issue 12). An explanation that is only the prompt or the sentence, unquoted,
 * is `''` too. Pure.
 */
export function explanationBeside(
	explanation: string,
	shown: { prompt?: string; sentence?: string; sentenceAt?: 'above' | 'below' }
): string {
	const prompt = foldText(shown.prompt ?? '');
	const sentence = foldText(shown.sentence ?? '');
	const whole = foldText(explanation);
	if (whole && (whole === prompt || whole === sentence)) return '';
	let cut: 'prompt' | 'sentence' | undefined;
	const left = explanation
		.replace(/[“"]([^”"]+)[”"]/gu, (whole, inner: string) => {
			const quoted = foldText(inner);
			if (prompt && quoted === prompt) cut ??= 'prompt';
			else if (sentence && quoted === sentence) cut ??= 'sentence';
			else return whole;
			return '';
		})
		.replace(/[ \t]+/g, ' ')
		.trim();
	if (!cut) return explanation.trim();
	const said =
		cut === 'prompt'
			? 'says this, word for word.'
			: `says so in the ${shown.sentenceAt === 'below' ? 'passage below' : 'sentence above'}.`;
	return left
		.replace(/(?:^|(?<=[.!?]\s))[^.!?]*\bsays?:\s*$/u, '')
		.replace(/\bsays so\.$/u, said)
		.trim();
}
