import { MONTH_NAMES } from '$lib/content/months';

/**
 * The details an article's first lines carry in plain text (pasted from a browser, or a .txt or
 * Markdown file): a byline ("By Jane Doe", "Written by …", "Author: …"), a date line
 * ("12 March 2024", "Published: March 12, 2024", "2024-03-12"), an outlet ("Source: …",
 * "Published in …", or the part after a byline's separator: "By Jane Doe | The Tide"), and
 * labelled header lines ("Title: …"). Only lines before the first paragraph of prose are read,
 * so a sentence of the article that starts "By 2030, …" is never taken for a byline.
 */
export interface HeaderDetails {
	/** A "Title:" line, else the first line when it reads as a headline (`titleLine`). */
	title?: string;
	author?: string;
	outlet?: string;
	/** `YYYY-MM-DD`, or `YYYY-MM` when the line names only a month. */
	date?: string;
	/**
	 * The text with the lines read as details taken out (a title line stays, as the text's own
	 * first paragraph: a blank line is put after it when the text ran on under it).
	 */
	text: string;
}

/** Lines looked at: a header is short. */
const HEADER_LINES = 8;
/** A line this long is prose: the header has ended. */
const PROSE_CHARS = 160;

const MONTH =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const DATE_WORDS =
	/^(?:(?:published|posted|updated|last updated|first published|date|dated)(?:\s+on)?\s*:?\s*)/i;
const DAY_MONTH_YEAR = new RegExp(
	`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`,
	'i'
);
const MONTH_DAY_YEAR = new RegExp(
	`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
	'i'
);
const MONTH_YEAR = new RegExp(`^${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})\b/;
/** A time after a date ("14.00 GMT", "at 9:30 a.m. EST"): part of a dateline, not read. */
const TIME =
	/^\s*(?:,\s*|at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,5}|(?:UTC|GMT)[+-]\d{1,2}))?/i;

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(name: string): number {
	const prefix = name.slice(0, 3).toLowerCase();
	return MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === prefix) + 1;
}

function validDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date at the start of `line` ("Published:", a weekday allowed) and what follows it and any time. */
function leadingDate(line: string): { date: string; rest: string } | undefined {
	const text = line.trim().replace(DATE_WORDS, '');
	let year: number, month: number, day: number | undefined;
	let match = ISO.exec(text);
	if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	else if ((match = DAY_MONTH_YEAR.exec(text)))
		[year, month, day] = [Number(match[3]), monthNumber(match[2]), Number(match[1])];
	else if ((match = MONTH_DAY_YEAR.exec(text)))
		[year, month, day] = [Number(match[3]), monthNumber(match[1]), Number(match[2])];
	else if ((match = MONTH_YEAR.exec(text)))
		[year, month, day] = [Number(match[2]), monthNumber(match[1]), undefined];
	else return undefined;
	if (year < 1000 || (day !== undefined && !validDay(year, month, day))) return undefined;
	const rest = text.slice(match[0].length).replace(TIME, '').trim();
	return {
		date: day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`,
		rest
	};
}

/**
 * A date as a dateline writes it, as `YYYY-MM-DD` (`YYYY-MM` for "March 2024"), or undefined
 * when the line holds more than a date ("Published:", a weekday and a time allowed). Numeric
 * dates other than ISO (`03/04/2024`) are refused: day and month cannot be told apart.
 */
export function datelineDate(line: string): string | undefined {
	const found = leadingDate(line);
	return found && !found.rest ? found.date : undefined;
}

/** A capitalised word of a name, or a particle ("de", "van"). */
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|da|di|al|bin|ibn)";
const NAME = `\\p{Lu}[\\p{L}'’.-]*(?:\\s+${NAME_WORD}){0,4}`;
const NAMES = `${NAME}(?:(?:,\\s*|\\s+(?:and|&)\\s+)${NAME})*`;
/** No `i` flag: with it, `\p{Lu}` would match any letter and "By the end…" would pass. */
const BYLINE = new RegExp(
	`^(?:[Ww]ritten [Bb]y|[Bb]y|BY|[Aa]uthors?|[Ww]ords)\\s*:?\\s+(${NAMES})(.*)$`,
	'u'
);
const LABELLED =
	/^(title|headline|author|authors|outlet|publication|publisher|source|site|date|published)\s*:\s*(.+)$/i;
const PUBLISHED_IN = /^(?:[Pp]ublished in|[Ff]rom|[Vv]ia)\s+(\p{Lu}.{0,80})$/u;
/** What separates a byline from the outlet or date after it. */
const SEPARATOR = /^\s*(?:[|·•—–,]|-\s|for\s)\s*/i;

/** Byline parts: the names, and what followed them (an outlet and/or a date). */
function readByline(line: string): { author: string; rest: string } | undefined {
	const match = BYLINE.exec(line);
	if (!match) return undefined;
	let author = match[1].trim();
	let rest = match[2].trim();
	// "By Jane Doe, The Tide": one comma and no "and" is a name and an outlet, not two names.
	if (!/\s(?:and|&)\s/.test(author) && author.includes(',')) {
		const comma = author.indexOf(',');
		rest = `${author.slice(comma)} ${rest}`.trim();
		author = author.slice(0, comma).trim();
	}
	// "By Monday the troops had left": a byline has nothing after the names but its details.
	if (rest && !SEPARATOR.test(rest)) return undefined;
	return { author, rest: rest.replace(SEPARATOR, '') };
}

/** A trailing part after a byline or date: a date, an outlet, or both ("The Tide, 3 May 2024"). */
function readRest(rest: string, found: Omit<HeaderDetails, 'text'>): void {
	const pieces = rest.split(/\s*(?:[|·•—–]|\s-\s)\s*/u);
	for (const part of pieces) {
		const piece = part.trim().replace(/^for\s+/i, '');
		if (!piece) continue;
		const dated = leadingDate(piece);
		if (dated) {
			found.date ??= dated.date;
			continue;
		}
		// "The Tide, 3 May 2024" or "Wikipedia, the free encyclopedia": the outlet is the first part.
		const [name, ...more] = piece.split(/,\s*/);
		if (!found.outlet && name.length <= 60 && /^\p{Lu}/u.test(name)) found.outlet = name;
		for (const other of more) {
			const date = datelineDate(other);
			if (date) found.date ??= date;
		}
	}
}

/** Longest headline (characters) and words: longer first lines are the article's prose. */
const TITLE_CHARS = 150;
const TITLE_WORDS = 25;

/**
 * A sentence ending inside the line ("… was rebuilt. Then …"): a headline is one phrase. The
 * word before the stop has three lower-case letters, so "Dr. Ada" and "U.S. Navy" pass.
 */
const SENTENCE_BREAK = /\p{Ll}{3}[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u;
/** A line ending as a sentence or clause does, a closing quote or bracket allowed (`said "no."`). */
const SENTENCE_END = /[.,;:]["”’')\]]*$/;
/** How much longer (×) a line run on under a headline is than it: hard-wrapped prose is even. */
const RUN_ON_RATIO = 1.2;

/**
 * The text's first line when it reads as a headline, else undefined: short (≤ 150 characters,
 * ≤ 25 words), starting with a capital, digit or quote, one phrase (no sentence ends inside it
 * or at its end: `.`, `,`, `;`, `:`, a closing quote allowed; a headline may end in `?` or `!`),
 * not a byline or dateline, and followed by a blank line or by a longer line (a first line of
 * hard-wrapped prose is followed by one of about its length). A file saved as plain text from a
 * browser or a word processor starts this way, and its file name ("download (3).txt") is a worse
 * title (outsider, issue 12); a pasted paragraph is not a title (outsider, issue 12).
 */
export function titleLine(text: string): string | undefined {
	const lines = text.split('\n');
	const first = lines.findIndex((l) => l.trim());
	if (first < 0 || !lines.slice(first + 1).some((l) => l.trim())) return undefined;
	const line = lines[first].trim().replace(/\s+/g, ' ');
	if (line.length > TITLE_CHARS || line.split(' ').length > TITLE_WORDS) return undefined;
	if (!/^[\p{Lu}\p{N}"“'‘«]/u.test(line) || SENTENCE_END.test(line) || SENTENCE_BREAK.test(line))
		return undefined;
	if (/^(?:by|written by|words)\b/i.test(line) || leadingDate(line) || LABELLED.test(line))
		return undefined;
	const next = lines[first + 1].trim();
	if (next && next.length < line.length * RUN_ON_RATIO) return undefined;
	return line;
}

/** "The Tay Bridge disaster by Jane Doe", "… — by Jane Doe": a headline and a byline on one line. */
const SIGNED =
	/^(.+?)\s*(?:[|·•—–-]\s*)?\bby\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u;

/**
 * A headline line that ends in a byline, split in two (the byline had shown again as the
 * reader's first paragraph; outsider, issue 12). Needs at least two words before "by" and a
 * capitalised name of 2–4 words after it ("A Day by the Sea" stays whole). A title-case headline
 * whose last words look like a name ("Soldiers Killed by Friendly Fire") is split too: the
 * author field then shows it, and the text keeps every word of the headline but those.
 */
function signedHeadline(line: string): { title: string; author: string } | undefined {
	const match = SIGNED.exec(line);
	if (!match || match[1].split(' ').length < 2) return undefined;
	return { title: match[1].trim(), author: match[2] };
}

/**
 * Reads the header of a plain-text article (see `HeaderDetails`). Lines read as details are
 * removed from the text; a title line stays, as its own paragraph (`ownParagraph`). A text
 * with no header comes back as it was, with no details. Pure; never throws.
 */
export function readHeader(text: string): HeaderDetails {
	const lines = text.split('\n');
	const found: Omit<HeaderDetails, 'text'> = {};
	const used = new Set<number>();
	let seen = 0;
	for (let index = 0; index < lines.length && seen < HEADER_LINES; index++) {
		const line = lines[index].trim();
		if (!line) continue;
		seen++;
		if (line.length > PROSE_CHARS) break;
		const labelled = LABELLED.exec(line);
		if (labelled) {
			const [, label, value] = labelled;
			const key = label.toLowerCase();
			if (key === 'title' || key === 'headline') found.title ??= value.trim();
			else if (key.startsWith('author')) found.author ??= value.trim();
			else if (key === 'date' || key === 'published') {
				const date = datelineDate(value);
				if (!date) continue;
				found.date ??= date;
			} else found.outlet ??= value.trim();
			used.add(index);
			continue;
		}
		const byline = readByline(line);
		if (byline && !found.author) {
			found.author = byline.author;
			readRest(byline.rest, found);
			used.add(index);
			continue;
		}
		const published = PUBLISHED_IN.exec(line);
		if (published && !found.outlet && !/[.!?]$/.test(line)) {
			readRest(published[1], found);
			used.add(index);
			continue;
		}
		const dated = leadingDate(line);
		// A date line is the date alone, perhaps with an outlet after a separator.
		if (dated && !found.date && (!dated.rest || /^[|·•—–]/u.test(dated.rest))) {
			found.date = dated.date;
			readRest(dated.rest.replace(/^[|·•—–]\s*/u, ''), found);
			used.add(index);
		}
	}
	const kept = lines.filter((_, index) => !used.has(index));
	// Read on the lines left, so a byline or date line under a headline counts as its break.
	let headline = found.title ? undefined : titleLine(kept.join('\n'));
	const signed = headline === undefined ? undefined : signedHeadline(headline);
	if (signed) {
		headline = signed.title;
		found.author ??= signed.author;
		kept[kept.findIndex((l) => l.trim())] = signed.title;
	}
	if (headline) found.title = headline;
	const split = headline !== undefined && ownParagraph(kept);
	if (!used.size && !split && !signed) return headline ? { title: headline, text } : { text };
	return { ...found, text: kept.join('\n').replace(/^\s*\n/, '') };
}

/**
 * Puts a blank line after the first line (the headline) when the text runs on under it, so it
 * stays a paragraph of its own, as a Markdown heading does: else a reader that joins a
 * paragraph's lines glues it to the first sentence ("The Great Fire of London The Great Fire
 * of London began …", outsider, issue 12). Changes `lines` in place; true when it did.
 */
function ownParagraph(lines: string[]): boolean {
	const first = lines.findIndex((l) => l.trim());
	if (first < 0 || !lines[first + 1]?.trim()) return false;
	lines.splice(first + 1, 0, '');
	return true;
}
