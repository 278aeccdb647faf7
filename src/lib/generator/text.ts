/** Text utilities shared by the generator stages. Pure: no Node or DOM APIs. */
import { foldText } from '../text/fold';
import { workedExample } from './worked-example';

export interface Sentence {
	doc: string;
	/** Position of the sentence in its document, for stable ordering. */
	index: number;
	/** The section heading above it ('' before the first heading). */
	section: string;
	text: string;
	/** True when the sentence lies inside a quotation that spans several sentences: someone's words, not the article's. */
	quoted?: boolean;
	/** True when it sets a word in capitals the document never writes in its case (`case.ts`). */
	shouted?: boolean;
	/** True when its paragraph is a worked example or exercise (`worked-example.ts`): made-up numbers, no facts. */
	worked?: boolean;
	/** The header cells of the table the sentence is a row of (`table-gloss.ts`), when it has one. */
	tableHead?: readonly string[];
}

export interface CleanBlock {
	kind: 'heading' | 'paragraph';
	text: string;
	/** Set on a table row (`SourceBlock.row`): its cells, and whether it is the header. */
	row?: { cells: readonly string[]; header?: boolean };
}

// "d." (died), "b." (born), "c."/"ca." (circa), "r." (reigned), "fl." (flourished) come before a year:
// "(d. 1907)" is not a sentence end. A company's "Inc.", "Ltd.", "Corp." ends no sentence either:
// "American Media, Inc. (AMI), is …" split there left a subjectless "(AMI), is …" (U22 S41).
// A Latin or English abbreviation that leads into an example or a gloss ("e.g.", "i.e.", "viz.",
// "esp.", "incl.", "et al.") ends no sentence either: "Foil – a character whose qualities contrast
// with another's, e.g. Mercutio …" cut there keyed "… contrast with another's, e.g" (blind
// review H16, 3 of 3 reviewers).
const ABBREVIATION_BEFORE_DOT =
	/(?:\b(?:Dr|Mr|Mrs|Ms|St|Gen|Lt|Col|No|vs|v|Prof|Rev|Capt|Gov|Sgt|etc|approx|Jr|Sr|Mt|Ft|Inc|Ltd|Co|Corp|Bros|Plc|d|b|c|ca|r|fl|cf|pp|vol|[Ee]\.g|[Ii]\.e|viz|esp|incl|et al)|\b\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u;

/** Cleans raw article text: unifies spaces, drops footnote markers like `[12]`. */
export function cleanText(text: string): string {
	return text
		.replace(/\[\d+\](?:,\s*\[\d+\])*/g, '')
		.replace(/[ \t\u00a0]+/g, ' ')
		.trim();
}

/** Splits a paragraph into sentences; each is an exact substring of the paragraph. */
export function splitSentences(paragraph: string): string[] {
	const sentences: string[] = [];
	const boundary = /[.!?]["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\d$£€])/gu;
	let start = 0;
	for (const match of paragraph.matchAll(boundary)) {
		const end = match.index + match[0].length;
		const before = paragraph.slice(start, match.index);
		if (match[0].startsWith('.') && ABBREVIATION_BEFORE_DOT.test(before)) continue;
		const sentence = paragraph.slice(start, end).trim();
		if (sentence) sentences.push(sentence);
		start = end;
	}
	const rest = paragraph.slice(start).trim();
	if (rest) sentences.push(rest);
	return sentences;
}

const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A capitalised name of two to four words: "Jane Smith", "Mary J. Blige". */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
/** A date as a byline writes it: "March 2026", "12 March 2026", "March 12, 2026", "2026-03-12". */
const DATE = String.raw`(?:(?:\d{1,2}\s+)?${MONTH}(?:\s+\d{1,2})?,?\s+\d{4}|\d{4}-\d{2}-\d{2})`;

/**
 * A byline line on top of a text's first paragraph, up to its line break: "By Jane Smith",
 * "Jane Smith, March 2026", "Written by Jane Smith, 12 March 2026", or a name alone on its
 * line when the next line opens a sentence; with a date, also when the paragraph's lines were
 * joined (`paragraphsOf` joins them with a space). Joined to the lead it made "Jane Smith, March 2026
 * Ashoka was an emperor …" one sentence whose subject was the author (the outsider teacher's
 * biography got no draft, or "Who was Jane Smith?": issue 12).
 */
const BYLINE = new RegExp(
	String.raw`^(?:(?:(?:Written\s+)?[Bb]y\s+${NAME}(?:,?\s+${DATE})?|${NAME},?\s+${DATE}|${NAME}(?=\s*\n\s*\p{Lu}\p{Ll}*\s+\p{Ll}))[ \t]*\n\s*(?=\S)|(?:(?:Written\s+)?[Bb]y\s+)?${NAME},?\s+${DATE}\s+(?=\p{Lu}))`,
	'u'
);

/** The paragraph without a byline line on top (see `BYLINE`); the rest is its exact substring. */
export function withoutByline(paragraph: string): string {
	const byline = BYLINE.exec(paragraph);
	return byline ? paragraph.slice(byline[0].length) : paragraph;
}

/** A document's sentences in order, each with its section heading; a byline above the lead is left out. */
export function sentencesOf(doc: string, blocks: CleanBlock[]): Sentence[] {
	const out: Sentence[] = [];
	let section = '';
	let prose = false;
	// The header of the table whose rows are being read: a row's sentences carry it.
	let head: readonly string[] | undefined;
	for (const block of blocks) {
		if (block.kind === 'heading') {
			section = block.text;
			head = undefined;
			continue;
		}
		if (block.row?.header) head = block.row.cells;
		else if (!block.row) head = undefined;
		const tableHead = block.row && !block.row.header ? head : undefined;
		let open = 0;
		// Only a paragraph before the text's first prose (a title, a date line may stand above
		// it) can carry a byline: a later one is the article's own.
		const paragraph = prose ? block.text : withoutByline(block.text);
		prose ||= /[.!?]["”’)]*$/u.test(block.text.trim());
		const texts = splitSentences(paragraph);
		const worked = workedExample(texts, section);
		for (const text of texts) {
			const opening = text.split('“').length - 1;
			const closing = text.split('”').length - 1;
			const quoted = open > 0 || opening > closing;
			out.push({
				doc,
				index: out.length,
				section,
				text,
				...(quoted ? { quoted } : {}),
				...(worked ? { worked } : {}),
				...(tableHead ? { tableHead } : {})
			});
			open = Math.max(0, open + opening - closing);
		}
	}
	return out;
}

/** Lower case, no accents, letters and digits only: the identity of a name or a term. */
export function fold(text: string): string {
	return foldText(text)
		.replace(/[’']s\b/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export function words(text: string): string[] {
	return fold(text).split(' ').filter(Boolean);
}

/** FNV-1a, twice with different seeds: a short, stable, well-spread id fragment. */
export function hashId(text: string, length = 10): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x5bd1e995;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		a = Math.imul(a ^ code, 0x01000193) >>> 0;
		b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
		b ^= b >>> 15;
	}
	return (a.toString(36).padStart(7, '0') + b.toString(36).padStart(7, '0')).slice(0, length);
}

/** Deterministic pseudo-random pick order, seeded by text (no Math.random: runs must agree). */
export function seededOrder<T>(items: T[], seed: string): T[] {
	return items
		.map((item, i) => ({ item, key: hashId(`${seed}#${i}`) }))
		.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
		.map((entry) => entry.item);
}

/** True when `needle` occurs in `hay` as whole words (not inside a longer word or compound). */
export function findWhole(hay: string, needle: string, from = 0): number {
	let at = hay.indexOf(needle, from);
	while (at >= 0) {
		const before = hay[at - 1] ?? ' ';
		const after = hay[at + needle.length] ?? ' ';
		if (
			!/[\p{L}\p{N}-]/u.test(before) &&
			!/[\p{L}\p{N}]/u.test(after) &&
			!(after === '-' && /[\p{L}\p{N}]/u.test(hay[at + needle.length + 1] ?? ''))
		)
			return at;
		at = hay.indexOf(needle, at + 1);
	}
	return -1;
}

/**
 * A sentence cut from inside a longer quotation lacks one of its quotation marks; give it back,
 * so the prompt reads as a quotation rather than a typo. The source quote stays exact.
 */
export function balanceQuotes(sentence: string): string {
	const opening = sentence.split('“').length - 1;
	const closing = sentence.split('”').length - 1;
	if (opening > closing) return `${sentence}”`;
	if (closing > opening) return `“${sentence}`;
	return sentence;
}

/**
 * Punctuation left where a cut met the source's own: a comma or colon before the question mark
 * ("What was the Varn Convention of 1868,?", from a lead that reads "…of 1868, was"), and two
 * commas where an aside between commas was taken out ("a committee,, that promotes", U15 S01,
 * S11). A restrictive "that" left after the aside loses its comma. Words are never changed.
 */
export function tidyCuts(text: string): string {
	return text
		.replace(/[\s,;:]+\?$/u, '?')
		.replace(/\s*,(?:\s*,)+\s*(that\b)?/gu, (_m, that?: string) => (that ? ' that' : ', '))
		.replace(/\s{2,}/gu, ' ')
		.trim();
}
