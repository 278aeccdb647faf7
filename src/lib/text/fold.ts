/**
 * The one place the app folds text: for comparing (answer marking, search, duplicate checks,
 * student names) and for cleaning names before they are shown. Everything that asks "are these
 * the same words?" goes through `foldText`, so "Vučić", "VUCIC" and "Vuc\u0301ic\u0301" agree
 * everywhere.
 */

/**
 * Letters that NFKD leaves whole (they are letters of their own, not a base letter plus a mark)
 * but that a student on an English keyboard types as the base letter(s). Source: the Latin
 * letters of the languages in the course (Serbian/Croatian đ, Turkish ı, Icelandic ð þ, Danish
 * and Norwegian ø æ, Polish ł, German ß, French œ); upper-case forms are lowered first.
 */
const UNDECOMPOSED_LETTERS: Record<string, string> = {
	đ: 'd',
	ð: 'd',
	ø: 'o',
	ł: 'l',
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ı: 'i',
	þ: 'th',
	ħ: 'h',
	ŧ: 't'
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(UNDECOMPOSED_LETTERS).join('')}]`, 'g');

/**
 * Invisible characters a paste or a phone keyboard may carry: zero-width space/joiners, word
 * joiner, soft hyphen, byte-order mark, and the bidi controls (LRM, RLM, ALM, embeddings,
 * overrides and isolates) that can make two equal-looking strings differ.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** Any other format (Cf) or control (Cc) character, for text shown on screen. */
const FORMAT_OR_CONTROL = /[\p{Cf}\p{Cc}]/gu;

/**
 * Text folded for comparison: NFKD (so full-width "Ａ" is "A" and "ﬁ" is "fi"), combining marks
 * removed, letters NFKD does not decompose mapped to plain Latin (đ→d, ø→o, ß→ss, …), lower case,
 * zero-width and bidi control characters removed, every run of white space (including no-break
 * and narrow no-break spaces) made one space, and trimmed. Punctuation is kept: callers decide
 * what it means. Pure; never throws.
 */
export function foldText(s: string): string {
	return fold(s, true);
}

/**
 * `foldText` with the case kept, for the few places where case is meaning (unit symbols: "mW"
 * is a milliwatt, "MW" a megawatt, `answer-values.ts`). Each character stands where it stands
 * in `foldText(s)` when both are as long (a letter whose lower case is longer, as "İ", makes
 * them differ; the caller then reads no case). Pure.
 */
export function foldTextKeepCase(s: string): string {
	return fold(s, false);
}

function fold(s: string, lower: boolean): string {
	const marked = s.normalize('NFKD').replace(/\p{M}+/gu, '');
	return (lower ? marked.toLowerCase() : marked)
		.replace(UNDECOMPOSED, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
		.replace(INVISIBLE, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * `strings` without repeats, in a person's reading order: by `foldText` (case and accents
 * aside: "Économie" beside "economy"), then as written, so the order is total and the same on
 * every device. Not `localeCompare`: its first call in a page loads the browser's collation data
 * (about 32 ms on a laptop, 4× that on Lighthouse's phone; the longest piece of script of
 * Questions and New quiz, issue 14). Pure; a new array.
 */
export function sortFolded(strings: Iterable<string>): string[] {
	const keyed = [...new Set(strings)].map((text) => ({ text, key: foldText(text) }));
	const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return keyed
		.sort((a, b) => compare(a.key, b.key) || compare(a.text, b.text))
		.map(({ text }) => text);
}

/**
 * Text from outside (a file, a link) safe and short enough to quote in a message: no control,
 * format (bidi, zero-width), lone surrogate or line-separator characters, and at most `max`
 * characters, the last an ellipsis, so a 1 MB field is never repeated on screen. Pure.
 */
export function quotedSnippet(text: string, max = 40): string {
	const clean = text.slice(0, max * 4).replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, '');
	return clean.length > max || text.length > max * 4 ? `${clean.slice(0, max - 1)}…` : clean;
}

/**
 * Text cleaned for display (a student's name on the teacher's screen): NFC, zero-width, bidi
 * and every other format or control character removed (so a pasted name cannot reorder the
 * text around it or hide letters), white space collapsed to single spaces, trimmed. Letters,
 * case and accents are kept. Pure; never throws.
 */
export function cleanDisplayText(s: string): string {
	return s
		.normalize('NFC')
		.replace(INVISIBLE, '')
		.replace(/\s+/g, ' ')
		.replace(FORMAT_OR_CONTROL, '')
		.replace(/ {2,}/g, ' ')
		.trim();
}

/**
 * A name or title for plain text that cannot hold `<bdi>` (a `confirm()` dialog, the tab title,
 * an `aria-label`): cleaned (`cleanDisplayText`) and wrapped in FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE (U+2068, U+2069; Unicode UAX #9, what `<bdi>` does in markup), so a
 * right-to-left name ("אנה") is read in its own direction and cannot move the words, colon or
 * score around it. Pure; never throws.
 */
export function isolateText(s: string): string {
	return `\u2068${cleanDisplayText(s)}\u2069`;
}

/**
 * Characters that are letters or symbols to Unicode but draw nothing: Hangul fillers (U+115F,
 * U+1160, U+3164, U+FFA0), the blank Braille pattern (U+2800) and the combining grapheme joiner
 * (U+034F). Phone keyboards and "invisible name" tricks in games use them for a blank name.
 */
const BLANK_LOOKING = /[\u034f\u115f\u1160\u2800\u3164\uffa0]/g;

/**
 * Whether `s` shows anything a person can read: after `cleanDisplayText`, at least one letter,
 * digit or symbol (emoji included) that draws something. False for spaces, zero-width and bidi
 * control characters, Hangul fillers, blank Braille and combining marks alone. Pure.
 */
export function hasVisibleText(s: string): boolean {
	return /[\p{L}\p{N}\p{S}]/u.test(cleanDisplayText(s).replace(BLANK_LOOKING, ''));
}

/**
 * The first letters a word's other forms share, folded (`foldText`): the last two letters off,
 * four kept at least. "psychology" → "psycholo" (so "psychological" is read as the same word),
 * "manager" → "manag" ("management"), "reels" → "reel", "stomata" → "stoma". A crude stem, not
 * a lemma: "universe" and "university" share "univers". Pure.
 */
export function wordStem(word: string): string {
	const folded = foldText(word);
	return folded.slice(0, Math.max(4, folded.length - 2));
}
