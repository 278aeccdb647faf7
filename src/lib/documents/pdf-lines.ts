/**
 * A PDF's lines, as PDF.js gives them, back into paragraphs: lines a page broke mid-sentence
 * joined again, words the typesetter hyphenated at a line's end made whole, and a sentence a
 * page break cut in two read as one.
 */

/** A line standing for the end of a page (`readPdf` puts one after each page's lines). */
export const PAGE_END = '\f';

/**
 * First parts that make a compound with a hyphen, not a word the typesetter split: "well-known",
 * "self-esteem", "ninety-seven", "mid-century". Used only when the document's own words do not
 * decide (`hyphenBreak`).
 */
const COMPOUND_FIRST = new Set(
	(
		'all anti cross ex far full half high long low mid non north south east west old one two ' +
		'three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ' +
		'ninety self short so well world first second third'
	).split(' ')
);

/** A word's letters and inner hyphens or apostrophes, lower case: "Estates-General" → "estates-general". */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The words of a document, counted, folded to lower case (a line's split halves not counted). */
export type Vocabulary = Map<string, number>;

/**
 * The words the lines use, each with how often: the document's own vocabulary, to tell a
 * compound broken at its hyphen ("Estates-" "General" where "Estates-General" occurs elsewhere)
 * from a word the typesetter split ("revo-" "lution" where "revolution" does).
 */
export function vocabularyOf(lines: readonly string[]): Vocabulary {
	const counts: Vocabulary = new Map();
	lines.forEach((line, index) => {
		const words = line.match(WORD) ?? [];
		// A line ending "revo-" and the next starting "lution" hold halves, not words.
		if (/[-\u00ad]\s*$/.test(line)) words.pop();
		if (index > 0 && /[-\u00ad]\s*$/.test(lines[index - 1])) words.shift();
		for (const word of words) {
			const key = word.toLowerCase();
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	});
	return counts;
}

/**
 * How a line ending in a hyphen joins the next: `'keep'` ("Estates-General", "well-known",
 * "1789-1799") or `'drop'` ("revolution"). `before` is the line so far, ending with "-";
 * `after` the next line. The document's words decide first: the hyphenated form used elsewhere
 * keeps the hyphen, the joined word used elsewhere drops it. Else a capital or a digit on
 * either side keeps it (names and figures are not split by typesetters), as does a first part
 * that makes compounds (`COMPOUND_FIRST`); anything else was a word cut to fit the line (two
 * halves that are each a word prove nothing: "to-gether", "in-formation").
 */
export function hyphenBreak(before: string, after: string, words: Vocabulary): 'keep' | 'drop' {
	const left = /([\p{L}\p{N}]+)-$/u.exec(before)?.[1] ?? '';
	const right = /^[\p{L}\p{N}]+/u.exec(after)?.[0] ?? '';
	if (!left || !right) return 'keep';
	const hyphenated = `${left}-${right}`.toLowerCase();
	const joined = `${left}${right}`.toLowerCase();
	if (words.has(hyphenated)) return 'keep';
	if (words.has(joined)) return 'drop';
	if (/\p{N}/u.test(left + right) || /^\p{Lu}/u.test(right)) return 'keep';
	if (COMPOUND_FIRST.has(left.toLowerCase())) return 'keep';
	return 'drop';
}

/** A line that ends a sentence: closing punctuation, maybe a closing quote or bracket. */
const SENTENCE_END = /[.!?:]["'”’)]?$/;

/**
 * Lines as a PDF lays them out back into paragraphs: a line that ends without closing
 * punctuation runs on into the next; one that ends a sentence, or an empty line (not one next to
 * a page end), ends a paragraph. A line ending in a hyphen joins the next as `hyphenBreak` says; one ending in a
 * soft hyphen (U+00AD, the typesetter's own mark) joins it without one. A page end
 * (`PAGE_END`), or a short line ending in a colon, ends a paragraph unless its sentence runs on
 * (`runsOn`). Returns paragraphs separated by blank lines.
 */
export function joinLines(lines: readonly string[]): string {
	const words = vocabularyOf(lines.filter((line) => line !== PAGE_END));
	const paragraphs: string[] = [];
	let current = '';
	let pageEnded = false;
	let shortEnd = false;
	let gap = false;
	const end = () => {
		if (current) paragraphs.push(current);
		current = '';
	};
	for (const raw of lines) {
		if (raw === PAGE_END) {
			pageEnded = true;
			continue;
		}
		const line = raw.replace(/[^\S\u00ad]+/g, ' ').trim();
		// An empty line ends a paragraph, except at a page's foot or head: there it is the
		// page's margin (a print footer taken away left one), and the page end decides.
		if (!line) {
			gap = true;
			continue;
		}
		if (
			pageEnded ? !runsOn(current, line, true) : gap || (shortEnd && !runsOn(current, line, false))
		)
			end();
		pageEnded = gap = false;
		current = joinTwo(current, line, words);
		// A short line ending a sentence ends its paragraph, unless a colon's list runs on.
		shortEnd = SENTENCE_END.test(line) && line.length < 60;
		if (shortEnd && !current.endsWith(':')) end();
	}
	end();
	return paragraphs.join('\n\n');
}

/** A text that ends a sentence for good: a full stop, question or exclamation mark, maybe quoted. */
const FINAL = /[.!?]["'”’)]?$/u;

/**
 * Whether `line`, after a page end (`pageEnded`) or a short line ending in a colon, goes on
 * `current`'s sentence rather than starting a paragraph: it starts in lower case and `current`
 * has no final full stop ("In 133 BC" / "the tribune…", "everyone else:" / "farmers, …": the
 * outsider teacher's roman.pdf, issue 12; "…in the spring of" / "1789. A worker…" before, as
 * e58042b did), or, after a page end, it starts with a figure and `current` ends in a
 * lower-case word, a comma or a semicolon (a year alone that ends a page, as in a timeline,
 * stays its own paragraph).
 */
function runsOn(current: string, line: string, pageEnded: boolean): boolean {
	if (/^\p{Ll}/u.test(line)) return !FINAL.test(current);
	return pageEnded && /^\p{N}/u.test(line) && /[\p{Ll},;]$/u.test(current);
}

/** `current` and the next line of its paragraph as one text (see `joinLines`). */
function joinTwo(current: string, line: string, words: Vocabulary): string {
	if (!current) return line;
	if (current.endsWith('\u00ad')) return current.slice(0, -1) + line;
	// "word -" is a dash between words, not a hyphen.
	if (/[\p{L}\p{N}]-$/u.test(current))
		return hyphenBreak(current, line, words) === 'keep'
			? current + line
			: current.slice(0, -1) + line;
	return `${current} ${line}`;
}
