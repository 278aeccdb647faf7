import { BLANK } from './cloze';
import type { SentenceSuggestion } from './sentence-suggest';

/**
 * What "More sentences to ask about" shows from the ranker's answers (`suggest-client.ts`), so
 * what a teacher reads is what she adds, and a suggestion never changes under her eyes. The
 * ranker once answered twice, first with years, dates and figures only, then with the
 * document's names read, and the second hid other words of the same sentence: the final
 * outsider of session 29 read "Blank: 1907 (a year)" on "In 1907 Stevens resigned
 * unexpectedly, and Roosevelt gave the job to …" and her Add all drafted "… and ____ gave the
 * job", answer Roosevelt; for its first 1.3 s the list moved and changed while she read it
 * (docs40). Now it answers once, and the list shows only from that answer. A later answer (after
 * an add, "Show more") never changes a suggestion already shown: it only drops sentences no
 * longer suggested and adds new ones after the others.
 */

/** The suggestions on screen. */
export interface SuggestionList {
	/** In the order shown (each sentence once: `quote` is the key). */
	suggestions: SentenceSuggestion[];
	/** False until the ranker's first answer ("Finding sentences…"), then true. */
	settled: boolean;
}

/** Before the ranker answers. */
export const NO_ANSWER: SuggestionList = { suggestions: [], settled: false };

/**
 * The list after the ranker's `answer` (best first). The first answer is shown as it is; on a
 * settled list, each sentence already shown keeps its suggestion as shown and its place, a
 * sentence the answer leaves out (now drafted, or refused) goes, and the answer's new sentences
 * follow in its order.
 */
export function nextSuggestionList(
	current: SuggestionList,
	answer: readonly SentenceSuggestion[]
): SuggestionList {
	if (!current.settled) return { suggestions: [...answer], settled: true };
	const still = new Set(answer.map((s) => s.quote));
	const kept = current.suggestions.filter((s) => still.has(s.quote));
	const known = new Set(kept.map((s) => s.quote));
	return {
		suggestions: [...kept, ...answer.filter((s) => !known.has(s.quote))],
		settled: true
	};
}

/** A suggestion as its card shows it. */
export interface SuggestionLines {
	/** The sentence before the blank, the hidden words (also the "Blank:" line), and after. */
	before: string;
	hidden: string;
	after: string;
	/**
	 * The prompt the draft will ask ("Asked as: …") when it is not the sentence above with
	 * `____` for the hidden words (the subject named for "He", an opening "However," dropped).
	 */
	askedAs?: string;
	/** The other answers that count as right, as the draft stores them. */
	accept: string[];
}

/**
 * What the card of `suggestion` shows: every field its draft takes (`suggestedDraft`: prompt,
 * answer, other answers, sentence) is on screen, the prompt as the marked sentence or, where
 * it differs, as "Asked as".
 */
export function suggestionLines(suggestion: SentenceSuggestion): SuggestionLines {
	const { quote, blank, answer, prompt, accept } = suggestion;
	const before = quote.slice(0, blank.start);
	const after = quote.slice(blank.end);
	const marked = `${before}${BLANK}${after}`;
	return { before, hidden: answer, after, ...(prompt !== marked && { askedAs: prompt }), accept };
}
