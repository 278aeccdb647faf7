import { MONTH_NAMES } from '$lib/content/months';
import { foldText } from '$lib/text/fold';
import type { BlankSpan } from './cloze-kinds';

/**
 * What a suggested blank may hide: whole units, and the sentence's own point rather than the
 * document's subject. An outsider teacher's writer suggested "1788" of "in July 1788" and
 * "1793" of "from September 1793" (the student then writes the month too and is marked wrong,
 * or the prompt reads "in July ____"), "France's" with its possessive, and "France" in a
 * document about France, where every sentence names it (issue 12).
 */

/**
 * Whether a date's words give no year ("15 April", "1 March"): a day no student can place, a
 * blank ranked after the rest and never a suggested sentence's (outsider teacher, issue 12).
 */
export function yearless(date: string): boolean {
	return !/\d{3,4}|\b(?:BCE?|CE|AD)\b/u.test(date);
}

/** A month name, with the day before it when there is one, just before a year: "17 June ", "July ". */
const MONTH_BEFORE = new RegExp(`(?:\\b\\d{1,2}\\s+)?\\b(?:${MONTH_NAMES.join('|')})\\s+$`, 'u');

/**
 * `span` grown or trimmed to a whole unit of `text`: a year takes the month (and day) written
 * before it ("July 1788", "17 June 1789", as `a date`); a span that starts or ends inside a
 * word or number takes the whole of it ("1780" of "1780s", "78" of "1,789"); a name's
 * possessive "'s" is left in the prompt ("France's" → "France"). Pure.
 */
export function wholeUnit(text: string, span: BlankSpan): BlankSpan {
	const era = eraUnit(text, span);
	if (era) return era;
	let { start, end } = span;
	let kind = span.kind;
	while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) start--;
	while (end < text.length && /[\p{L}\p{N}]/u.test(text[end] ?? '')) end++;
	// A figure's digit groups: "1,789" and "2.5" are one number.
	while (/\d[,.]$/u.test(text.slice(0, start)) && /^\d/u.test(text.slice(start))) {
		start--;
		while (start > 0 && /\d/u.test(text[start - 1] ?? '')) start--;
	}
	while (/^[,.]\d/u.test(text.slice(end)) && /\d$/u.test(text.slice(0, end))) {
		end++;
		while (/\d/u.test(text[end] ?? '')) end++;
	}
	// A range written with a dash is one unit: "1914–1918", "5–10" of "5–10 m" (half of it left
	// the other end in the prompt: outsider teacher, issue 12).
	if (/\d$/u.test(text.slice(start, end))) {
		const rest = /^\s?[–-]\s?\d[\d,.]*/u.exec(text.slice(end));
		if (rest) end += rest[0].length;
	}
	if (/^\d/u.test(text.slice(start, end))) {
		const first = /\d[\d,.]*\s?[–-]\s?$/u.exec(text.slice(0, start));
		if (first) start = first.index;
	}
	// A year ending the span takes its era: "509 BC", "AD 14", "January 49 BC".
	const alone = /^\d{1,4}$/u.test(text.slice(start, end));
	const last = /(?<!\p{N})\d{1,4}$/u.exec(text.slice(start, end));
	const dated = last ? withEra(text, start + last.index, end) : undefined;
	if (dated) {
		start = Math.min(start, dated.start);
		end = dated.end;
	}
	if ((alone && dated) || /^\d{3,4}$/u.test(text.slice(start, end))) {
		const month = MONTH_BEFORE.exec(text.slice(0, start));
		if (month) {
			start = month.index;
			kind = 'a date';
		} else if (dated) kind = 'a year';
	}
	// A day and month with their year after it: "15 March" of "15 March 44 BC".
	const monthEnd = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})$`, 'u').test(text.slice(start, end));
	const yearAfter = /^\s+(?:AD\s+)?\d{1,4}\b/u.exec(text.slice(end));
	if (monthEnd && yearAfter) {
		const year = withEra(text, end + yearAfter[0].search(/\d/u), end + yearAfter[0].length);
		if (year || /\d{3,4}$/u.test(yearAfter[0])) end = year?.end ?? end + yearAfter[0].length;
		kind = 'a date';
	}
	const owner = /['’]s$/u.test(text.slice(start, end)) && end - start > 2;
	if (owner && /^\p{Lu}/u.test(text.slice(start))) end -= 2;
	return { start, end, kind };
}

/**
 * Whether `span` of `text` is half of a whole a blank should not split (issue 12, outsider
 * teacher: "Suggest a blank" offered "2 million" of "between 200,000 and 2 million", and "IR" of
 * "V = IR"): `'formula'` for a side of an equation ("V = IR", "E = mc²", "s = d/t"), which no
 * student can type or guess from the other side; `'range end'` for one end of a range written
 * with words ("between 200,000 and 2 million", "from 1914 to 1918"), a question about half a
 * fact, offered last ("from September 1814 to June 1815", "around 10 to 30 micrometres", a pair
 * of years "of 1911 and 1949", outsider teacher, issue 12, too). Undefined for anything else. A range written with a dash is one unit
 * already (`wholeUnit`). Pure.
 */
export function halfOfWhole(text: string, span: BlankSpan): 'formula' | 'range end' | undefined {
	const before = text.slice(0, span.start);
	const after = text.slice(span.end);
	const own = text.slice(span.start, span.end);
	if (own.includes('=') || /=\s*$/u.test(before) || /^\s*=/u.test(after)) return 'formula';
	if (!/\d/u.test(own)) return undefined;
	const opens = /\b(?:between|from)\s+(?:\S+\s+){0,2}$/iu.test(before);
	// The other end may be a month and year: "from ____ to June 1815" (outsider teacher, issue 12).
	const closes = new RegExp(
		String.raw`^\s*(?:\S+\s+){0,2}?(?:and|to|until|till|through)\s+(?:(?:\d{1,2}\s+)?(?:${MONTH_NAMES.join('|')})\s+)?\S*\d`,
		'iu'
	).test(after);
	// "around 10 to ____ micrometres": a figure's range with no "from".
	const bare = /\d\s+to\s+$/u.test(before) && /^[\d,.]+$/u.test(own);
	const second =
		/\b(?:between|from)\s+(?:\p{L}+\s+)?\S*\d\S*(?:\s+\S+){0,2}\s+(?:and|to|until|till|through)\s+$/iu;
	// "the Parliament Acts of ____ and 1949": one of a pair of years.
	const pair =
		/^\d{3,4}$/u.test(own) &&
		(/^\s+(?:and|or)\s+\d{3,4}\b/u.test(after) || /\b\d{3,4},?\s+(?:and|or)\s+$/u.test(before));
	return (opens && closes) || second.test(before) || bare || pair ? 'range end' : undefined;
}

/** An era marker, written after a year ("509 BC", "300 BCE", "AD 14" also before). */
const ERA = String.raw`(?:BCE|BC|CE|AD|B\.C\.E\.|B\.C\.|C\.E\.|A\.D\.)`;
const ERA_AFTER = new RegExp(String.raw`^\s+${ERA}(?![\p{L}\p{N}])`, 'u');
const ERA_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:AD|A\.D\.)\s+$`, 'u');
/** "c. 753 BC", "circa 1500": an approximate year keeps its word. */
const CIRCA_BEFORE = /(?<![\p{L}\p{N}])(?:c\.|ca\.|circa)\s*$/u;
const ERA_START = new RegExp(String.raw`^${ERA}(?![\p{L}\p{N}])`, 'u');

/**
 * The year `start`–`end` (digits) with the era written with it and an approximate "c." before
 * it ("509 BC", "AD 14", "c. 753 BC"), or undefined when no era is written: a year with an era
 * is one unit, the student writes it whole (outsider, issue 12: the writer blanked "BC").
 */
function withEra(
	text: string,
	start: number,
	end: number
): { start: number; end: number } | undefined {
	const after = ERA_AFTER.exec(text.slice(end));
	const before = ERA_BEFORE.exec(text.slice(0, start));
	if (!after && !before) return undefined;
	if (after) end += after[0].length;
	if (before) start = before.index;
	const circa = CIRCA_BEFORE.exec(text.slice(0, start));
	return { start: circa ? circa.index : start, end };
}

/**
 * Every year written with its era in `text` ("509 BC", "AD 14", "c. 753 BC", "January 49 BC"
 * as `a date`), whole (`wholeUnit`): the generator's facts read only four-digit years, so
 * "367 BC" was never offered. Pure.
 */
export function eraYears(text: string): BlankSpan[] {
	const year = new RegExp(
		String.raw`(?<![\p{L}\p{N}])\d{1,4}(?=\s+${ERA}(?![\p{L}\p{N}]))|(?<=(?<![\p{L}\p{N}])(?:AD|A\.D\.)\s+)\d{1,4}(?![\p{N}])`,
		'gu'
	);
	return [...text.matchAll(year)].map((m) =>
		wholeUnit(text, { start: m.index, end: m.index + m[0].length, kind: 'a year' })
	);
}

/**
 * A span that holds an era marker taken for a name ("BC" of "until 509 BC", capitalised as a
 * name is): the marker alone is its year's ("509 BC", `a year`); a run starting on it loses it
 * ("BC the Licinian-Sextian" → "Licinian-Sextian", "BC Caesar" → "Caesar"). Undefined for a
 * span with no era marker at its start.
 */
function eraUnit(text: string, span: BlankSpan): BlankSpan | undefined {
	const marker = ERA_START.exec(text.slice(span.start, span.end));
	if (!marker) return undefined;
	const year = /(?:\d{1,4})\s+$/u.exec(text.slice(0, span.start));
	const markerEnd = span.start + marker[0].length;
	const rest = /^(?:\s+(?:the|of|de|von)\b)*\s*/u.exec(text.slice(markerEnd, span.end))![0];
	if (markerEnd + rest.length < span.end)
		return wholeUnit(text, { ...span, start: markerEnd + rest.length });
	// "AD 14": the year follows the marker.
	const next = /^\s+\d{1,4}\b/u.exec(text.slice(span.end));
	const digits = year
		? { start: year.index, end: year.index + year[0].trimEnd().length }
		: next
			? { start: span.end + next[0].search(/\d/u), end: span.end + next[0].length }
			: undefined;
	return digits ? wholeUnit(text, { ...digits, kind: 'a year' }) : undefined;
}

/** Words a blank's test ignores: they say nothing of what it names. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'and', 'de', 'la', 'le']);

/**
 * A test of whether a blank's words are the document's own subject, too general to ask for in
 * one of its sentences: every word of it (three letters or more, filler aside) is in at least
 * one sentence in eight of `sentences`, and at least four ("France" in a history of the French
 * Revolution, "Darwin" in his life, "immune system" in a chapter on it). A figure or date is
 * never general. Folded (`foldText`) and memoised; pure.
 */
export function generalTerms(sentences: readonly { text: string }[]): (answer: string) => boolean {
	const bags = sentences.map((s) => new Set(wordsOf(s.text)));
	const need = Math.max(4, sentences.length / 8);
	const known = new Map<string, boolean>();
	const general = (word: string) => {
		let value = known.get(word);
		if (value === undefined) {
			let count = 0;
			for (const bag of bags) if (bag.has(word) && ++count >= need) break;
			value = count >= need;
			known.set(word, value);
		}
		return value;
	};
	return (answer) => {
		if (/\d/u.test(answer)) return false;
		const words = wordsOf(answer).filter((w) => w.length >= 3 && !FILLER.has(w));
		return words.length > 0 && words.every(general);
	};
}

/** A text's words, folded, a possessive's "s" left off. */
function wordsOf(text: string): string[] {
	return foldText(text)
		.replace(/['’]s\b/gu, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** A word that starts a verb phrase: "ruled", "was", "has" end the term named before it. */
const VERB = /^(?:\p{Ll}+ed|is|are|was|were|has|have|had|rules?|ruled|became|remains?)$/u;

/**
 * The term a "called X" or "known as X" phrase names, as a whole unit: a name stops at its
 * last capitalised word ("the Directory ruled France" → "Directory"; "Committee of Public
 * Safety" whole), a common term before a verb ("lysozyme breaks" → "lysozyme"). `words` are the
 * words after "called"; returns them cut, or unchanged. Pure.
 */
export function termUnit(words: string): string {
	const parts = words.split(/\s+/u);
	if (/^\p{Lu}/u.test(parts[0] ?? '')) {
		let last = 0;
		for (let i = 1; i < parts.length; i++) {
			if (/^\p{Lu}/u.test(parts[i])) last = i;
			else if (!/^(?:of|the|and|de|du|la|le|von|van)$/u.test(parts[i])) break;
		}
		return parts.slice(0, last + 1).join(' ');
	}
	const verb = parts.findIndex((part, i) => i > 0 && VERB.test(part));
	return verb > 0 ? parts.slice(0, verb).join(' ') : words;
}
