/**
 * The app's one way to name something by the first words of its text: a pasted document with no
 * title line (`$lib/documents/read.ts`, outsider, issue 12) and a GIFT question's name
 * (`$lib/formats/gift.ts`; Moodle names an unnamed question by its text's start the same way,
 * `qformat_default::create_default_question_name`, `shorten_text(questiontext, 80)`).
 */

/** Punctuation and spaces not left before the "…" (a cut after "1871," reads "1871…"). */
const TRAILING = /[\s.,;:!?"“”'‘’()«»–—-]+$/u;

/**
 * The first `words` words of `text` (whitespace collapsed), fewer if they exceed `chars`
 * characters, cut at a word boundary and ended with "…"; a single word longer than `chars` is
 * cut at `chars`. When the whole text fits, it comes back whole, without a final `.`, `,`, `;`
 * or `:` (a short sentence names itself). `''` for blank text. Pure.
 */
export function firstWords(text: string, limits: { words: number; chars: number }): string {
	const all = text.split(/\s+/).filter(Boolean);
	let kept = all.slice(0, limits.words);
	while (kept.length > 1 && kept.join(' ').length > limits.chars) kept = kept.slice(0, -1);
	const start = kept.join(' ').slice(0, limits.chars);
	if (start.length === all.join(' ').length) return start.replace(/\s*[.,;:]$/, '');
	return `${start.replace(TRAILING, '')}…`;
}
