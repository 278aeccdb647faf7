/**
 * Cloze deletion by tapping words (issue 12, "write from a sentence"): a sentence is cut into
 * words that keep their punctuation, the person hides one word or a run of adjacent words, and
 * the run becomes the blank of a fill-the-blank question, as Anki's cloze deletion does. One
 * blank per question: the app's cloze type (`QuestionSchema`) holds exactly one `____`.
 * Pure and light: the word buttons load with the screen; suggestions and hints, which need the
 * generator, live in `cloze-suggest.ts` and `cloze-hints.ts` and load on demand.
 */

/** The mark of the blank in a cloze prompt (`QuestionSchema`: exactly one). */
export const BLANK = '____';

/**
 * One whitespace-separated piece of the sentence. `start`/`end`: its place in the sentence
 * (UTF-16 offsets, end exclusive); `coreStart`/`coreEnd`: the word without the punctuation
 * around it (“(KFOR),” → KFOR), which is what a blank hides. `word`: false for a piece with no
 * letter or digit (a dash), which cannot be hidden.
 */
export interface Token {
	text: string;
	start: number;
	end: number;
	coreStart: number;
	coreEnd: number;
	word: boolean;
}

/** The hidden run: token indices `from` to `to`, both included. */
export interface Selection {
	from: number;
	to: number;
}

/** Punctuation that opens a word ("“Shameful", "(KFOR"); a currency sign stays with its figure. */
const LEADING = /^[“"‘'([«¿¡]+/u;
/** Punctuation that closes a word ("said,", "2024.", "KFOR)"); "Estavia’s" keeps its "’s". */
const TRAILING = /[.,;:!?…”"’')\]»]+$/u;

/** The sentence's words in order, each with its punctuation and offsets (see `Token`). */
export function tokenize(sentence: string): Token[] {
	const tokens: Token[] = [];
	for (const match of sentence.matchAll(/\S+/gu)) {
		const text = match[0];
		const start = match.index;
		const lead = LEADING.exec(text)?.[0].length ?? 0;
		const trail = TRAILING.exec(text.slice(lead))?.[0].length ?? 0;
		const coreStart = start + lead;
		const coreEnd = Math.max(coreStart, start + text.length - trail);
		const core = sentence.slice(coreStart, coreEnd);
		tokens.push({
			text,
			start,
			end: start + text.length,
			coreStart,
			coreEnd,
			word: /[\p{L}\p{N}]/u.test(core)
		});
	}
	return tokens;
}

/** The nearest word token before (`step` -1) or after (+1) index `i`, or -1. */
function nextWord(tokens: Token[], i: number, step: 1 | -1): number {
	for (let j = i + step; j >= 0 && j < tokens.length; j += step) if (tokens[j].word) return j;
	return -1;
}

/**
 * The selection after tapping token `i`: nothing hidden → that word; the word just before or
 * after the run → the run grows to it; a word at either end of the run → the run shrinks (a
 * single hidden word is shown again: "a second tap clears"); a word inside the run → nothing
 * hidden; any other word → the blank moves there (one blank per question). A token that is
 * not a word changes nothing.
 */
export function toggleWord(
	tokens: Token[],
	selection: Selection | null,
	i: number
): Selection | null {
	if (!tokens[i]?.word) return selection;
	if (!selection) return { from: i, to: i };
	const { from, to } = selection;
	if (i === nextWord(tokens, from, -1)) return { from: i, to };
	if (i === nextWord(tokens, to, 1)) return { from, to: i };
	if (i < from || i > to) return { from: i, to: i };
	if (from === to) return null;
	if (i === from) return { from: nextWord(tokens, from, 1), to };
	if (i === to) return { from, to: nextWord(tokens, to, -1) };
	return null;
}

/** True when token `i` is hidden by `selection`. */
export function isHidden(selection: Selection | null, i: number): boolean {
	return selection !== null && i >= selection.from && i <= selection.to;
}

/**
 * The fill-the-blank question of a selection: `prompt` is the sentence with `____` where the
 * hidden words were (their outer punctuation kept: "(____)," stays readable), `answer` the
 * hidden words as written.
 */
export function clozeOf(
	sentence: string,
	tokens: Token[],
	selection: Selection
): { prompt: string; answer: string } {
	const start = tokens[selection.from].coreStart;
	const end = tokens[selection.to].coreEnd;
	return {
		prompt: `${sentence.slice(0, start)}${BLANK}${sentence.slice(end)}`,
		answer: sentence.slice(start, end)
	};
}

/**
 * The selection covering characters `start`–`end` of the sentence (a fact the generator found),
 * or null when no word lies there.
 */
export function selectionOfSpan(tokens: Token[], start: number, end: number): Selection | null {
	const inside = tokens
		.map((token, i) => ({ token, i }))
		.filter(({ token }) => token.word && token.coreEnd > start && token.coreStart < end);
	if (!inside.length) return null;
	return { from: inside[0].i, to: inside[inside.length - 1].i };
}
