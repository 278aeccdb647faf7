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
 * `explanation` without the quotations of it that a screen already shows beside it, compared
 * folded (`foldText`): `shown.prompt` (the question itself) and `shown.sentence` (its source
 * sentence, where the screen shows it above: the drafts page). The generator's explanations quote
 * the whole sentence ("True: the article says so. “…”", "The article says: “…”"), and on the
 * drafts page under that sentence, or under a true statement that is the sentence, the same words
 * came two or three times in a row (outsider teacher, issue 12). A lead-in left with nothing to
 * introduce ("The article says:") goes too, so the result may be `''`: show nothing then.
 * "True: the article says so." left alone taught nothing, and its "in the sentence above" pointed
 * at nothing in Study and Questions, which show no sentence (outsider teacher, issue 12): it says
 * what was left out instead, so it never points at what the screen does not show. Pure.
 */
export function explanationBeside(
	explanation: string,
	shown: { prompt?: string; sentence?: string }
): string {
	const prompt = foldText(shown.prompt ?? '');
	const sentence = foldText(shown.sentence ?? '');
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
	const said = cut === 'prompt' ? 'says this, word for word.' : 'says so in the sentence above.';
	return left
		.replace(/(?:^|(?<=[.!?]\s))[^.!?]*\bsays?:\s*$/u, '')
		.replace(/\bsays so\.$/u, said)
		.trim();
}
