import type { NumericAnswer } from '$lib/content/numeric';
import { htmlToText, looksLikeHtml } from './plain-text';

/**
 * GIFT's text level (Moodle's `qformat_gift`): escapes, the answers inside `{…}` and numerical
 * answers. `gift.ts` reads whole questions with these and `gift-write.ts` writes them.
 */

/** GIFT's special characters, escaped with a backslash inside text. */
const SPECIAL = /[~=#{}:\\]/g;

/** Escapes text for GIFT; newlines become `\n` so every question stays one block. */
export function escapeGift(text: string): string {
	return text.replace(SPECIAL, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

export function unescapeGift(text: string): string {
	return text.replace(/\\(n|[~=#{}:\\])/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

/** Index of the first unescaped `char` in `text` at or after `from`, or -1. */
export function findUnescaped(text: string, char: string, from = 0): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text[i] === char) return i;
	}
	return -1;
}

/** Splits on unescaped separators, keeping each separator at the start of its piece. */
export function splitUnescaped(text: string, separators: string): string[] {
	const pieces: string[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (separators.includes(text[i]) && i > start) {
			pieces.push(text.slice(start, i));
			start = i;
		}
	}
	pieces.push(text.slice(start));
	return pieces.filter((p) => p.trim());
}

/**
 * Turns question, answer or feedback text into plain text, honouring a leading format tag:
 * `[html]` is HTML; `[plain]` and `[markdown]` are as written; untagged text is Moodle's default
 * auto-format, which Moodle shows as HTML, so it is read as HTML when it `looksLikeHtml`
 * (an answer `Tom&nbsp;Jones` came in raw). Never rendered.
 */
/** A GIFT text's leading format tag (Moodle's `[html]`, `[moodle]`, `[plain]`, `[markdown]`). */
export const FORMAT_TAG = /^\s*\[(html|moodle|plain|markdown)\]/i;

export function questionText(raw: string): string {
	const tagged = FORMAT_TAG.exec(raw);
	const written = tagged ? raw.slice(tagged[0].length) : raw;
	const body = unescapeGift(written);
	const format = tagged?.[1].toLowerCase() ?? 'moodle';
	// HTML keeps the line breaks its <br> and blocks make (as Anki fields do).
	if (format === 'html' || (format === 'moodle' && looksLikeHtml(body))) return htmlToText(body);
	// A line break written `\n` (Moodle's GIFT escape, read by its `escapedchar_pre`, and what
	// `escapeGift` writes) is kept; a line break in the file only wraps the text: a space
	// (courses9: an export's line breaks came back flattened), none beside a written `\n`.
	// Every other character is kept as written: a no-break space (“Tom Jones”, French “ : ”), a
	// tab, two spaces. Folding all of `\s` made the app's own export re-import as "1 updated"
	// (outsider teacher, issue 12).
	return unescapeGift(written.replace(/[ \t]*(?:\r\n?|\n)(?:[ \t]*(?:\r\n?|\n))*[ \t]*/g, WRAP))
		.replace(/\uFDD1*\n\uFDD1*/g, '\n')
		.replace(/\uFDD1+/g, ' ')
		.trim();
}

/** Where the file wrapped a line (`questionText`): a noncharacter, never in a question's text. */
const WRAP = '\uFDD1';

export interface GiftAnswer {
	correct: boolean;
	weight?: number;
	text: string;
	feedback?: string;
}

/** Reads `=a#fb ~%50%b#fb ####general` into answers and the general feedback. */
export function parseAnswers(body: string): { answers: GiftAnswer[]; general?: string } {
	let general: string | undefined;
	let rest = body;
	const generalAt = rest.search(/(?<!\\)####/);
	if (generalAt >= 0) {
		general = questionText(rest.slice(generalAt + 4));
		rest = rest.slice(0, generalAt);
	}
	const choice = findUnescaped(rest, '~') >= 0;
	const answers = splitUnescaped(rest.trim(), '=~').map((piece) => {
		// An answer with no = or ~ (`{One}`) is, as Moodle reads it, a short answer's right one.
		const marker = piece[0] === '=' || piece[0] === '~' ? piece[0] : '';
		let content = piece.slice(marker.length);
		let weight: number | undefined;
		const weighted = /^%(-?\d+(?:\.\d+)?)%/.exec(content);
		if (weighted) {
			weight = Number(weighted[1]);
			content = content.slice(weighted[0].length);
		}
		const hash = findUnescaped(content, '#');
		const feedback = hash >= 0 ? questionText(content.slice(hash + 1)) : undefined;
		const text = questionText(hash >= 0 ? content.slice(0, hash) : content);
		// A weight decides (Moodle writes every short answer as `=%100%…`); else the marker.
		const correct = weight !== undefined ? weight === 100 : marker === '=' || (!marker && !choice);
		return { correct, weight, text, feedback: feedback || undefined };
	});
	return { answers, general: general || undefined };
}

const NUMBER = String.raw`[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?`;
/** One numerical answer: `1858`, `1858:2` (± tolerance) or `1850..1860` (a range). */
const NUMERIC_ANSWER = new RegExp(`^(${NUMBER})\\s*(?::\\s*(${NUMBER})|\\.\\.\\s*(${NUMBER}))?$`);

/**
 * A numerical answer block after its `#` (Moodle's GIFT reader: `1858`, `1858:2`,
 * `1850..1860`, or `=`-marked answers with weights, each with `#feedback`; `####` general
 * feedback; `~#feedback` for any other answer): the one fully right answer, its feedback, the
 * general feedback and the answers left out (`leftOutAnswer`: partly right, wrong and catch-all;
 * Flashpoint has one answer and no partial credit), or why it cannot be read (several fully
 * right answers, no number). A partly right answer was a refusal of the whole question before
 * (`{#=5:0 =%50%5000:0}`: teacher outsider of session 36); its right answer is kept now.
 */
export function readNumeric(
	block: string
): { numeric: NumericAnswer; general?: string; feedback?: string; dropped: string[] } | string {
	// Moodle's `~#feedback` after the answers is the feedback for any other answer (its `*`
	// answer, as its own export writes it: `{#3:2~#Completely wrong}`); it was read as a second
	// right answer and the question refused. It is left out and counted, as a short answer's `*`.
	const generalAt = block.search(/(?<!\\)####/);
	const answersPart = generalAt >= 0 ? block.slice(0, generalAt) : block;
	const tilde = findUnescaped(answersPart, '~');
	const rest = tilde >= 0 ? answersPart.slice(0, tilde) + block.slice(answersPart.length) : block;
	const { answers, general } = parseAnswers(rest.trim().startsWith('=') ? rest : `=${rest}`);
	const right = answers.filter((a) => a.weight === undefined || a.weight === 100);
	if (right.length !== 1)
		return right.length
			? 'numerical questions with more than one right answer are not supported'
			: 'no answer of this numerical question is fully right (100%)';
	const found = NUMERIC_ANSWER.exec(right[0].text.replace(/\s+/g, ''));
	if (!found) return `“${right[0].text}” is not a number, a number:tolerance or a range min..max`;
	const [, first, tolerance, last] = found;
	const numeric: NumericAnswer =
		last !== undefined
			? { min: Number(first), max: Number(last) }
			: { value: Number(first), tolerance: Math.abs(Number(tolerance ?? 0)) };
	if ('min' in numeric && numeric.min > numeric.max)
		return 'a range goes from its smaller number to its larger one';
	const feedback = right[0].feedback;
	return {
		numeric,
		...(general ? { general } : {}),
		...(feedback ? { feedback } : {}),
		dropped: [
			...answers.filter((a) => a !== right[0]).map(leftOutAnswer),
			...(tilde >= 0 ? [CATCH_ALL] : [])
		]
	};
}

/** How the import report names a catch-all answer (GIFT `*`, a number's `~#feedback`). */
const CATCH_ALL = 'the feedback for any other answer';

/**
 * A typed answer left out, as the import report names it: “C” with 50% credit, “oxygen”
 * (0%), or the catch-all (`CATCH_ALL`).
 */
export function leftOutAnswer(a: Pick<GiftAnswer, 'text' | 'weight'>): string {
	if (a.text === '*') return CATCH_ALL;
	return a.weight !== undefined && a.weight > 0
		? `“${a.text}” with ${a.weight}% credit`
		: `“${a.text}” (${a.weight ?? 0}%)`;
}

/** A numerical answer as GIFT writes it, in the form it was read (`#1858:2`, `#1850..1860`). */
export function numericGift(n: NumericAnswer): string {
	if ('min' in n) return `#${n.min}..${n.max}`;
	return n.tolerance ? `#${n.value}:${n.tolerance}` : `#${n.value}`;
}

/**
 * How many images (`<img>`) a GIFT question block shows where its text is read as HTML
 * (`questionText`'s rule: `[html]`, or untagged text that looks like HTML): its question text
 * and each answer and feedback, an answer's own format tag before the question's. Flashpoint
 * shows no images, so the import notes name the question (as Moodle XML's do). An `<img>` in
 * `[plain]` or `[markdown]` text is text, kept, and not counted.
 */
export function giftImageCount(block: string): number {
	const text = block.replace(/^\s*::(?:\\.|[^\\])*?::/, '');
	const format = FORMAT_TAG.exec(text)?.[1].toLowerCase() ?? 'moodle';
	const open = findUnescaped(text, '{');
	const close = open < 0 ? -1 : findUnescaped(text, '}', open + 1);
	if (close < 0) return htmlImages(text, format);
	const answers = splitUnescaped(text.slice(open + 1, close), '=~#');
	return [text.slice(0, open), text.slice(close + 1), ...answers].reduce(
		// An answer's leading `=`, `~`, `#` and `%50%` weight come before its own format tag.
		(n, piece) => n + htmlImages(piece.replace(/^[=~#]*(?:%-?[\d.]+%)?/, ''), format),
		0
	);
}

/** The `<img>` count of one GIFT text read as HTML, under its own tag or else `format`. */
function htmlImages(raw: string, format: string): number {
	const tagged = FORMAT_TAG.exec(raw);
	const own = tagged?.[1].toLowerCase() ?? format;
	const body = unescapeGift(tagged ? raw.slice(tagged[0].length) : raw);
	if (own !== 'html' && !(own === 'moodle' && looksLikeHtml(body))) return 0;
	return body.match(/<img\b/gi)?.length ?? 0;
}

/**
 * Text on both sides of a missing word's blank, spaced as words are: none before punctuation
 * that closes ("in ____, Ankara") or after an opening bracket or quote ("(____)"), so a
 * question written and read back keeps its exact prompt (a re-import found it "changed").
 * `aroundBlank('in', '____', ', Ankara')` is `'in ____, Ankara'`; `gift.ts` puts `____` there on
 * reading, `gift-write.ts` the answer block `{…}` on writing.
 */
export function aroundBlank(before: string, blank: string, after: string): string {
	const left = !before || /[(["“‘«]$/u.test(before) ? '' : ' ';
	const right = !after || /^[,.;:!?)\]”’»…]/u.test(after) ? '' : ' ';
	return `${before}${left}${blank}${right}${after}`;
}
