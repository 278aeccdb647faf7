/**
 * Anki cloze notes and Flashpoint's fill-the-blank questions, both ways. Anki makes one card per
 * deletion number of a note (`{{c1::Pristina}} … {{c2::1999}}`); the card for number n hides
 * every deletion n and shows the others as plain text, and a hint (`{{c1::Pristina::city}}`)
 * stands in the hidden place as "[city]" (https://docs.ankiweb.net/editing.html#cloze-deletion).
 * Flashpoint's question has one blank (`____`), so each number is one question, and the hint
 * follows the blank: "____ [city]". Writing goes back the other way: the questions of one note
 * are one cloze note again (`clozeNoteText`), so Anki updates the note it has instead of getting
 * one note per deletion.
 */

/** One card of a cloze note: its deletion number (Anki's card `ord` + 1), prompt and answer. */
export interface ClozeCard {
	number: number;
	/** The note's text with this deletion as `____` (its hint after it, " [hint]"), the others plain. */
	prompt: string;
	answer: string;
}

/** A deletion: `{{c<n>::answer}}` or `{{c<n>::answer::hint}}`. */
const DELETION = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** The blank of a card's prompt and the hint after it, as `clozeCards` writes them. */
const HINTED_BLANK = /____(?: \[([^\]\n]+)\])?/;

/** The blank as a card's prompt shows it: `____`, or `____ [hint]` as Anki shows `[hint]`. */
const blank = (hint: string | undefined) => (hint?.trim() ? `____ [${hint.trim()}]` : '____');

/**
 * Splits a cloze note's text into one card per deletion number, lowest first. `number` is the
 * deletion's own number (Anki's card for it has `ord = number - 1`), so ids built from it stay
 * the same when another deletion is added or cannot be asked. A number used twice in a note is
 * left out: Flashpoint's fill-the-blank has one blank.
 */
export function clozeCards(text: string): ClozeCard[] {
	const numbers = [...new Set([...text.matchAll(DELETION)].map((m) => Number(m[1])))].sort(
		(a, b) => a - b
	);
	return numbers.flatMap((n) => {
		let answer = '';
		let blanks = 0;
		const prompt = text.replace(DELETION, (_, k: string, body: string, hint?: string) => {
			if (Number(k) !== n) return body;
			blanks++;
			answer = body;
			return blank(hint);
		});
		return blanks === 1 ? [{ number: n, prompt, answer }] : [];
	});
}

/** Part of a note's text: plain, or a deletion. */
type Segment = string | { number: number; answer: string; hint?: string };

/** A card's prompt around its blank, and the blank's hint. */
function splitAtBlank(prompt: string): { before: string; after: string; hint?: string } {
	const match = HINTED_BLANK.exec(prompt);
	if (!match) return { before: prompt, after: '' };
	return {
		before: prompt.slice(0, match.index),
		after: prompt.slice(match.index + match[0].length),
		...(match[1] ? { hint: match[1] } : {})
	};
}

const plain = (segments: readonly Segment[]) =>
	segments.map((s) => (typeof s === 'string' ? s : s.answer)).join('');

/**
 * Marks `card`'s deletion in `segments` (the note so far): its prompt, with its answer in the
 * blank, must read as the note does, and the answer must fall in plain text. False otherwise
 * (a card edited apart from its note).
 */
function markDeletion(segments: Segment[], card: ClozeCard): boolean {
	const { before, after, hint } = splitAtBlank(card.prompt);
	if (before + card.answer + after !== plain(segments)) return false;
	const [start, end] = [before.length, before.length + card.answer.length];
	let offset = 0;
	for (const [i, segment] of segments.entries()) {
		const length = typeof segment === 'string' ? segment.length : segment.answer.length;
		if (typeof segment === 'string' && start >= offset && end <= offset + length) {
			const deletion = { number: card.number, answer: card.answer, ...(hint ? { hint } : {}) };
			const parts: Segment[] = [
				segment.slice(0, start - offset),
				deletion,
				segment.slice(end - offset)
			];
			segments.splice(i, 1, ...parts.filter((p) => p !== ''));
			return true;
		}
		offset += length;
		if (offset > start) return false;
	}
	return false;
}

/**
 * The text of the one cloze note `cards` came from (`{{c1::…}} … {{c2::…::hint}}`), each card's
 * blank back as its deletion with its own number; undefined when the cards no longer read as one
 * note (one was edited apart: its text around the blank differs). One card gives its note alone:
 * a Flashpoint question is `{{c1::answer}}` in its prompt. Cards with the same number: undefined.
 */
export function clozeNoteText(cards: readonly ClozeCard[]): string | undefined {
	const sorted = [...cards].sort((a, b) => a.number - b.number);
	if (!sorted.length || new Set(sorted.map((c) => c.number)).size !== sorted.length)
		return undefined;
	const [first, ...rest] = sorted;
	const { before, after, hint } = splitAtBlank(first.prompt);
	const segments: Segment[] = [
		before,
		{ number: first.number, answer: first.answer, ...(hint ? { hint } : {}) },
		after
	].filter((s) => s !== '');
	for (const card of rest) if (!markDeletion(segments, card)) return undefined;
	return segments
		.map((s) =>
			typeof s === 'string' ? s : `{{c${s.number}::${s.answer}${s.hint ? `::${s.hint}` : ''}}}`
		)
		.join('');
}
