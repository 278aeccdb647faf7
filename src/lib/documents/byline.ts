import { leadingDate, datelineDate, isDateWord } from './dateline';
import { bareByline, HONORIFIC } from './byline-name';

export { datelineDate };

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

/** A capitalised word of a name, or a particle ("de", "van"). */
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|da|di|al|bin|ibn)";
const NAME = `\\p{Lu}[\\p{L}'’.-]*(?:\\s+${NAME_WORD}){0,4}`;
const NAMES = `${NAME}(?:(?:,\\s*|\\s+(?:and|&)\\s+)${NAME})*`;
/**
 * The verbs a handout's byline opens with before "by": "Written by", "Prepared by" (an outsider
 * teacher's PDF, issue 12), "Compiled by", "Created by", "Edited by", capitalised or not.
 */
const BY_VERB = '(?:[Ww]ritten|[Pp]repared|[Cc]ompiled|[Cc]reated|[Ee]dited|[Ww]ords) [Bb]y';
/** No `i` flag: with it, `\p{Lu}` would match any letter and "By the end…" would pass. */
const BYLINE = new RegExp(
	`^(?:${BY_VERB}|[Bb]y|BY|[Aa]uthors?|[Ww]ords)\\s*:?\\s+(${NAMES})(.*)$`,
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
	// "By Jane Doe. Published 3 March 2024": the name's full stop ends the byline (an initial's stays).
	// A courtesy title's full stop ("By Mr. John Smith. Published …") does not end it.
	const title = HONORIFIC.exec(author)?.[0] ?? '';
	const stop = /^(.*?\p{L}{2})\.\s+(.*)$/u.exec(`${author.slice(title.length)} ${rest}`);
	if (stop && datelineDate(stop[2])) [author, rest] = [title + stop[1], stop[2]];
	if (/\p{L}{2}\.$/u.test(author)) author = author.slice(0, -1);
	// "By March, the harbour…", "By Monday, the troops…": a sentence, not a byline.
	if (isDateWord(author)) return undefined;
	// "By Jane Doe on 3 March 2024", "(3 March 2024)", ". Published 3 March 2024.": a date alone.
	const dateAfter = rest.replace(/^(?:on\s+|\.\s*)/i, '').replace(/^\((.*)\)$/, '$1');
	if (rest && datelineDate(dateAfter)) return { author, rest: dateAfter };
	// "By Monday the troops had left": a byline has nothing after the names but its details.
	if (rest && !SEPARATOR.test(rest)) return undefined;
	return { author, rest: rest.replace(SEPARATOR, '') };
}

/**
 * A sentence describing the document before its byline on one line: "Year 9 Geography handout.
 * Prepared by Anna Keller, …", "Revision notes for Year 10 History. Anna Keller, 3 October
 * 2026" (an outsider teacher's PDF and Word file, issue 12). Three letters at least before the
 * stop, so "Dr. Ada Byron" is no sentence.
 */
const DESCRIBED = /^[^.!?]*\p{L}{3}[.!?]\s+(?=\S)/u;

/** A byline's details: the author, and the date and outlet (a school, a site) it names. */
export type Byline = { author: string; date?: string; outlet?: string };

/**
 * The one byline reader of every document kind (plain text, Markdown, Word, PDF, web pages:
 * `readHeader`, and a PDF's layout, `firstPageHeading`): the author, date and outlet a header
 * line names. "By Jonas Berg | 22 May 2025", "Written by Jane Doe, 3 March 2024", "Prepared by
 * Anna Keller, Ridgeway School, 14 September 2026", "Author: Jane Doe", a sentence describing the
 * document before it ("Year 9 Geography handout. Prepared by …"), and, as `bare` allows, a name
 * with no "By" ("Anna Keller, 3 October 2026", `bareByline`): `always`, `dated` (only with a
 * date: a text's second line "Ancient Egypt" is a subtitle, not an author) or `never` (a text's
 * first line, which may be its title). Undefined when the line is none of these. Pure.
 */
export function bylineOf(
	line: string,
	bare: 'always' | 'dated' | 'never' = 'always'
): Byline | undefined {
	const trimmed = line.trim();
	const described = trimmed.replace(DESCRIBED, '');
	for (const candidate of described === trimmed ? [trimmed] : [trimmed, described]) {
		const labelled = /^authors?\s*:\s*(.+)$/iu.exec(candidate);
		const byline = labelled ? { author: labelled[1].trim(), rest: '' } : readByline(candidate);
		if (byline) {
			const found: Omit<HeaderDetails, 'text'> = {};
			readRest(byline.rest, found);
			return { author: byline.author, ...definedOnly(found) };
		}
		// "Harbour Weekly — 3 March 2024" names an outlet, not a person (`readDatedParts`).
		const name = bare === 'never' ? undefined : bareByline(candidate);
		if (name && !OUTLET_WORD.test(name.author) && (bare === 'always' || name.date)) return name;
	}
	return undefined;
}

/** The fields of `found` that hold a value. */
function definedOnly(found: Omit<HeaderDetails, 'text'>): Omit<Byline, 'author'> {
	return {
		...(found.date ? { date: found.date } : {}),
		...(found.outlet ? { outlet: found.outlet } : {})
	};
}

/** What splits a header line into its parts: "Jane Doe | The Tide · 3 May 2024". */
const PARTS = /\s*(?:[|·•—–]|\s-\s)\s*/u;
/** "5 min read" beside a blog's byline and date: neither. */
const READING_TIME = /^\d+\s+min(?:ute)?s?\s+read$/i;
/** A word that names an outlet, not a person ("Harbour Weekly", "The Coastal Review"). */
const OUTLET_WORD =
	/\b(?:Times|News|Post|Review|Weekly|Daily|Journal|Herald|Press|Magazine|Gazette|Tribune|Guardian|Telegraph|Chronicle|Insight|Monitor|Observer|Standard|Express|Mail|Online|Blog|Network|Media|Radio|Agency|Report|Today)\b/u;
/**
 * A part after a teacher's name that says her role or class, not where the text was published:
 * "Year 9 History", "Grade 8 Science", "Class 7B", "KS3 Geography", "Head of Science", "Teacher of
 * History". Read as the outlet, every explanation of the outsider teacher's PDF ("By Ms Helen
 * Carter, Year 9 History — 14 October 2026") began "Year 9 History says: …" (issue 12). Neither
 * author nor outlet: left unread.
 */
const ROLE =
	/^(?:(?:Year|Yr|Grade|Class|Form|Key\s+Stage|KS|Level|Set|Group|Grades?)\s*\d|(?:[\p{L}-]+\s+)*(?:Teacher|Head|Lecturer|Tutor|Professor|Instructor|Co-?ordinator|Lead|Leader|Student|Pupil)s?\b(?:\s+(?:of|for|in)\b|$))/iu;

/** 2–4 capitalised words, not an outlet's: how a blog writes its author beside the date. */
const PERSON = /^(?!The\s)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** Each word capitalised, small joining words allowed: a name, not a phrase of prose. */
const NAME_PIECE =
	/^\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of|the|and|on|for|\p{Lu}[\p{L}\p{N}'’.&-]*))*$/u;

/** A trailing part after a byline or date: a date, an outlet, or both ("The Tide, 3 May 2024"). */
function readRest(rest: string, found: Omit<HeaderDetails, 'text'>): void {
	for (const part of rest.split(PARTS)) {
		const piece = part.trim().replace(/^for\s+/i, '');
		if (!piece || READING_TIME.test(piece)) continue;
		const dated = leadingDate(piece);
		if (dated) {
			found.date ??= dated.date;
			continue;
		}
		// "3 May 2024 | By Jane Doe": a byline after the date is the author, not the outlet.
		const byline = readByline(piece);
		if (byline) {
			found.author ??= byline.author;
			readRest(byline.rest, found);
			continue;
		}
		// "The Tide, 3 May 2024" or "Wikipedia, the free encyclopedia": the outlet is the first part.
		const [name, ...more] = piece.split(/,\s*/);
		if (!found.outlet && name.length <= 60 && /^\p{Lu}/u.test(name) && !ROLE.test(name.trim()))
			found.outlet = name.trim();
		for (const other of more) {
			const date = datelineDate(other);
			if (date) found.date ??= date;
		}
	}
}

/**
 * A header line of parts with a date among them and no "By": "Jane Doe | 3 March 2024", "Jane
 * Doe · 5 min read · Mar 3, 2024", "The Coastal Review — 3 March 2024". A person's name is the
 * author, an outlet's the outlet. False (nothing read) unless every other part is a capitalised
 * name of at most 60 characters: "Velmora harbour reopens | 3 March 2024" is a headline.
 */
function readDatedParts(line: string, found: Omit<HeaderDetails, 'text'>): boolean {
	const parts = line.split(PARTS).map((p) => p.trim());
	if (parts.length < 2 || parts.length > 4 || !parts.some((p) => datelineDate(p))) return false;
	const others = parts.filter((p) => !datelineDate(p) && !READING_TIME.test(p));
	if (!others.every((p) => p.length <= 60 && NAME_PIECE.test(p))) return false;
	found.date ??= parts.map((p) => datelineDate(p)).find(Boolean);
	for (const part of others) {
		if (ROLE.test(part)) continue;
		if (!found.author && PERSON.test(part) && !OUTLET_WORD.test(part)) found.author = part;
		else found.outlet ??= part;
	}
	return true;
}

/**
 * Reads one header line into `found`; true when the line held details (and leaves the text).
 * The `first` line of the text may be its title, so a name alone there is no byline.
 * Each kind of detail is read once: a second byline or date line is left as text.
 */
function readHeaderLine(line: string, found: Omit<HeaderDetails, 'text'>, first: boolean): boolean {
	const labelled = LABELLED.exec(line);
	if (labelled) {
		const [, label, value] = labelled;
		const key = label.toLowerCase();
		if (key === 'title' || key === 'headline') found.title ??= value.trim();
		else if (key.startsWith('author')) found.author ??= value.trim();
		else if (key === 'date' || key === 'published') {
			const date = datelineDate(value);
			if (!date) return false;
			found.date ??= date;
		} else found.outlet ??= value.trim();
		return true;
	}
	const byline = found.author ? undefined : bylineOf(line, first ? 'never' : 'dated');
	if (byline) {
		found.author = byline.author;
		found.date ??= byline.date;
		found.outlet ??= byline.outlet;
		return true;
	}
	const published = PUBLISHED_IN.exec(line);
	if (published && !found.outlet && !/[.!?]$/.test(line)) {
		readRest(published[1], found);
		return true;
	}
	const dated = leadingDate(line);
	if (dated && !found.date) {
		// A date line is the date alone, perhaps with an outlet after a separator, or the
		// author after it: "Published 3 March 2024 by Jane Doe".
		const after = readByline(dated.rest);
		if (after && !found.author) {
			found.date = dated.date;
			found.author = after.author;
			readRest(after.rest, found);
			return true;
		}
		if (!dated.rest || /^[|·•—–]/u.test(dated.rest)) {
			found.date = dated.date;
			readRest(dated.rest.replace(/^[|·•—–]\s*/u, ''), found);
			return true;
		}
	}
	return !found.date && readDatedParts(line, found);
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
		if (readHeaderLine(line, found, seen === 1)) used.add(index);
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
