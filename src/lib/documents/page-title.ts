/**
 * A saved web page's title without its site's name: "Meanders | GeoKnow Magazine" →
 * "Meanders" (the outsider teacher's saved page kept the magazine in the document's title,
 * 2026-12-03). Readability drops a site suffix only after "|", "-", "/", ">" or "»" and only
 * when the rest is three words or more, so a one-word article title kept it, and "–", "—", "·"
 * or ":" were never read as separators.
 */

/** What says which side of a title is the site: each optional. */
export interface TitleHints {
	/** The site's name as the page gives it (`og:site_name`, `application-name`, publisher). */
	site?: string;
	/** The page's address (its canonical link, `og:url`, or the "saved from" note of a browser). */
	url?: string;
	/** The article's own heading (its first `h1`): the side it matches is the title. */
	heading?: string;
}

/** A title split at one separator between words: " | ", " – ", " — ", " · ", " - ", ": ", " » ". */
const SEPARATOR = /\s+[|–—·»/-]\s+|:\s+/gu;

/** Most words a site's name has ("GeoKnow Magazine", "The Geographical Association"). */
const SITE_WORDS = 6;

/** Letters and digits only, lower case, accents dropped: how two names are compared. */
function compact(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The name a host reads as: its label before the public suffix ("news.bbc.co.uk" → "bbc",
 * "www.geoknow-magazine.com" → "geoknowmagazine"), compacted; '' for no address or one that
 * cannot be read.
 */
function hostName(url: string | undefined): string {
	let host: string;
	try {
		host = new URL(url ?? '').hostname;
	} catch {
		return '';
	}
	const labels = host.split('.').filter(Boolean);
	// A short second-level suffix (".co.uk", ".ac.nz") is part of the public suffix too.
	const suffix = labels.length > 2 && SECOND_LEVEL.test(labels.at(-2)!) ? 2 : 1;
	return labels.length > suffix ? compact(labels[labels.length - suffix - 1]) : '';
}
const SECOND_LEVEL = /^(?:co|com|org|ac|gov|net|edu|sch)$/;

/** Whether `side` of a title names the site (`hints.site` or the host), not the article. */
function namesSite(side: string, other: string, hints: TitleHints): boolean {
	const words = side.trim().split(/\s+/u).length;
	if (!compact(side) || !compact(other) || words > SITE_WORDS) return false;
	const text = compact(side);
	if (hints.site && text === compact(hints.site)) return true;
	const host = hostName(hints.url);
	// "GeoKnow Magazine" on geoknow.com; "BBC" on bbc.co.uk.
	if (host.length >= 3 && (text === host || text.startsWith(host) || host.startsWith(text)))
		return text.length >= 3;
	// The other side is the article's heading: this side is what the site adds.
	return !!hints.heading && compact(other) === compact(hints.heading) && text !== compact(other);
}

/**
 * " | GeoLearn Blog" at a title's end, on a page that names no site: a short run of capitalised
 * words after a pipe is how sites sign their pages ("Coastal Erosion Explained | GeoLearn Blog"
 * kept its blog's name: the page gave no site, its address or a matching heading; outsider
 * teacher, session 23). Only after "|", the separator sites use and titles rarely do.
 */
function pipedName(separator: string, side: string, hints: TitleHints): boolean {
	if (hints.site || separator.trim() !== '|') return false;
	const words = side.trim().split(/\s+/u);
	return words.length <= 4 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

/**
 * `title` without the site's name before its first separator or after its last, when that
 * side names the site (`TitleHints`: its name, its host, or the other side being the article's
 * heading); `site` is the side dropped, for a page that names no outlet otherwise. A title whose
 * sides name no site is kept whole ("Meanders: how rivers bend"). Pure.
 */
export function withoutSiteName(
	title: string,
	hints: TitleHints
): { title: string; site?: string } {
	const text = title.replace(/\s+/gu, ' ').trim();
	const separators = [...text.matchAll(SEPARATOR)];
	if (!separators.length) return { title: text };
	const last = separators.at(-1)!;
	const before = text.slice(0, last.index);
	const after = text.slice(last.index + last[0].length);
	if (namesSite(after, before, hints) || pipedName(last[0], after, hints))
		return { title: before.trim(), site: after.trim() };
	const first = separators[0];
	const head = text.slice(0, first.index);
	const rest = text.slice(first.index + first[0].length);
	if (namesSite(head, rest, hints)) return { title: rest.trim(), site: head.trim() };
	return { title: text };
}

/** Most words an article's heading has to be taken for its title (a heading, not a sentence). */
const HEADING_WORDS = 20;

/** The words of `text` of four letters or more, compacted: what two titles share a subject by. */
function subjectWords(text: string): Set<string> {
	return new Set(
		text
			.split(/[\s:;,–—|·-]+/u)
			.map(compact)
			.filter((word) => word.length >= 4)
	);
}

/**
 * A saved page's document title: its tab title without the site's name (`withoutSiteName`), or
 * the article's own heading (`hints.heading`) when the tab title was the site's styling of it:
 * a site's name was dropped from it, and the heading is about the same thing (a word of four
 * letters or more in common), says at least as much (as many words or more, up to
 * `HEADING_WORDS`) and is not the site's name. "Earthquakes explained | GeoRevise Online" with
 * the heading "Earthquakes: Causes, Measurement and Responses" is the heading (outsider teacher,
 * session 38: the tab's short title named her document); a heading on another subject ("Rivers"
 * above "Meanders | GeoKnow") is a section's, and the tab title stays. Pure.
 */
export function pageDocumentTitle(
	title: string,
	hints: TitleHints
): { title: string; site?: string } {
	const titled = withoutSiteName(title, hints);
	const heading = hints.heading?.replace(/\s+/gu, ' ').trim();
	if (!titled.site || !heading || compact(heading) === compact(titled.title)) return titled;
	const words = heading.split(' ').length;
	if (words > HEADING_WORDS || words < titled.title.split(' ').length) return titled;
	if ([hints.site, titled.site].some((site) => site && compact(site) === compact(heading)))
		return titled;
	const shared = [...subjectWords(titled.title)].some((w) => subjectWords(heading).has(w));
	return shared ? { ...titled, title: heading } : titled;
}
