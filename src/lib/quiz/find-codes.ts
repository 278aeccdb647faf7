/**
 * Finds Flashpoint result codes (and result-code parts) anywhere in pasted text: a chat
 * thread, an e-mail, a list with names and timestamps. A code is a run of code characters
 * starting `R<version>.` or `P1.`; it may sit inside a link's fragment or be wrapped in quotes
 * or punctuation. Everything else is ignored and only counted, so the teacher gets one line
 * about it instead of one error per word.
 */

/** `R3.…` (any `R<version>.`), or a part `P1.k.n.group.…`, bounded by anything that is not a code character. */
const CODE =
	/(?<![A-Za-z0-9_.-])(?:R\d{1,3}\.[A-Za-z0-9_-]{8,}|P1\.\d{1,3}\.\d{1,3}\.[0-9a-z]{1,7}\.[A-Za-z0-9_.-]+)/g;

/** Something that starts like a code but is cut off or mangled: worth a word to the teacher. */
const BROKEN = /(?<![A-Za-z0-9_.-])R\d{1,3}\.[A-Za-z0-9_-]{0,7}(?![A-Za-z0-9_-])/g;

/** A quiz link's code (`Q1.…`), pasted where results go: worth its own explanation. */
const QUIZ_CODE = /(?<![A-Za-z0-9_.-])Q\d{1,3}\.[A-Za-z0-9_-]{8,}/g;

export interface FoundCodes {
	/** In the order they appear, each once (a code pasted twice is one code). */
	codes: string[];
	/** The line (1-based) where each of `codes` first appears, so a refusal can say where. */
	lines: number[];
	/** The lines of the cut-off fragments counted in `broken`. */
	brokenLines: number[];
	/** How many times a code was repeated in the text (not an error: chats repeat). */
	repeats: number;
	/** Words of other text that were ignored. */
	ignoredWords: number;
	/** Fragments that look like the start of a code but are too short to be one. */
	broken: number;
	/** Quiz links (not results) in the text. */
	quizLinks: number;
}

/** Pure and linear in the text's length; never throws. */
export function findCodes(text: string): FoundCodes {
	const seen = new Map<string, number>();
	let repeats = 0;
	const lineAt = lineCounter(text);
	for (const match of text.matchAll(CODE)) {
		// A trailing dot ends a sentence, it is not part of the code.
		const code = match[0].replace(/\.+$/, '');
		if (seen.has(code)) repeats++;
		else seen.set(code, lineAt(match.index));
	}
	const quizLinks = [...text.matchAll(QUIZ_CODE)].length;
	// Same length as `text` (codes become spaces), so a fragment's index still finds its line.
	const blank = (found: string) => ' '.repeat(found.length);
	const rest = text.replace(CODE, blank).replace(QUIZ_CODE, blank);
	const restLine = lineCounter(rest);
	const brokenLines = [...rest.matchAll(BROKEN)].map((match) => restLine(match.index));
	const broken = brokenLines.length;
	const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
	return {
		codes: [...seen.keys()],
		lines: [...seen.values()],
		brokenLines,
		repeats,
		ignoredWords: Math.max(0, words - broken),
		broken,
		quizLinks
	};
}

/**
 * The 1-based line of a character index in `text`, for indexes asked in increasing order
 * (linear over the whole text, so a long chat thread stays linear).
 */
function lineCounter(text: string): (index: number) => number {
	let line = 1;
	let at = 0;
	return (index) => {
		for (; at < index; at++) if (text.charCodeAt(at) === 10) line++;
		return line;
	};
}
