import { Readability } from '@mozilla/readability';
import type { MarkupText } from './emphasis';
import { readHeader } from './byline';
import { isoDate } from './draft';
import { markedBlocks } from './markup-blocks';
import { pageDocumentTitle } from './page-title';

/**
 * A saved web page reduced to the article's own text with Mozilla's Readability (Firefox's
 * Reader View): menus, adverts, comments and trackers dropped. The page is parsed into an inert
 * document (the caller's `parse`: the browser's DOMParser, linkedom in tests); its scripts never
 * run and nothing of it is ever rendered as HTML.
 */
export function readHtml(html: string, parse: (html: string) => Document): MarkupText {
	const document = parse(html);
	const meta = (selector: string) =>
		document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
	// The page's own publication date, in the order sites most often write it; the first that
	// reads as a date wins (a `<time datetime="10:00">` with no day is passed over).
	const metaDate = [
		meta('meta[property="article:published_time"]'),
		meta('meta[itemprop="datePublished"]'),
		meta('meta[name="date"]'),
		meta('meta[name="dc.date"]'),
		meta('meta[name="pubdate"]'),
		...Array.from(document.querySelectorAll('time[datetime]'), (t) => t.getAttribute('datetime'))
	]
		.map(isoDate)
		.find(Boolean);
	const metaOutlet = pageOutlet(document, meta);
	const url = pageAddress(html, document);
	const heading = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
	dropClutter(document);
	const article = new Readability(document, { charThreshold: 200 }).parse();
	const blocks: string[] = [];
	const emphasis: string[] = [];
	if (article?.content) {
		const body = parse(`<!doctype html><html><body>${article.content}</body></html>`).body;
		blocks.push(...markedBlocks(body, { titleFirst: true, titles: [heading, article.title] }));
		// The terms the page bolds or defines (`emphasis.ts`), as text: nothing here is rendered.
		for (const el of body.querySelectorAll('strong, b, dfn')) emphasis.push(el.textContent ?? '');
	}
	dropBylineBlock(blocks);
	const text = blocks.join('\n\n') || article?.textContent || document.body?.textContent || '';
	// Readability's byline is the page's byline line: "By Jane Doe, 3 March 2024" is an author and a date.
	const byline = article?.byline?.trim() ? readHeader(article.byline.trim()) : undefined;
	const author = byline?.author ?? article?.byline?.replace(/^by\s+/i, '').trim();
	const outlet = article?.siteName?.trim() || metaOutlet;
	const raw = article?.title?.trim() || document.title?.trim() || '';
	const titled = pageDocumentTitle(raw, { site: outlet, url, heading });
	return {
		text,
		emphasis,
		title: titled.title || undefined,
		author: author || meta('meta[name="author"]'),
		outlet: outlet || titled.site,
		date: isoDate(article?.publishedTime) ?? metaDate ?? byline?.date
	};
}

/**
 * The site a saved page comes from, as the page names it: its `og:site_name`, its publisher
 * meta (`<meta name="publisher">`, `itemprop="publisher"`), the publisher of its JSON-LD
 * article (`"publisher": {"name": …}`), or its `application-name`. A web address is not a name
 * (Facebook's `article:publisher` is a page URL) and is passed over. Read before Readability
 * changes the document.
 */
function pageOutlet(
	document: Document,
	meta: (selector: string) => string | undefined
): string | undefined {
	const named = [
		meta('meta[property="og:site_name"]'),
		meta('meta[name="publisher"]'),
		meta('meta[itemprop="publisher"]'),
		...Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (script) =>
			jsonLdPublisher(script.textContent ?? '')
		),
		meta('meta[name="application-name"]')
	];
	return named.find((name) => name && !/^https?:\/\//i.test(name) && name.length <= 120);
}

/**
 * The address a saved page came from: its canonical link, its `og:url`, or the note a browser
 * writes at the top of a page saved as HTML only (`<!-- saved from url=(0042)https://… -->`).
 */
function pageAddress(html: string, document: Document): string | undefined {
	return (
		document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
		document.querySelector('meta[property="og:url"]')?.getAttribute('content')?.trim() ||
		/<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2000))?.[1]
	);
}

/** The publisher's name in a page's JSON-LD (an object, a list, or a `@graph`), if any. */
function jsonLdPublisher(json: string): string | undefined {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return undefined;
	}
	const nodes: unknown[] = Array.isArray(data) ? data : [data];
	for (const node of nodes) {
		if (!node || typeof node !== 'object') continue;
		const graph = (node as { '@graph'?: unknown })['@graph'];
		if (Array.isArray(graph)) nodes.push(...graph);
		const publisher = (node as { publisher?: unknown }).publisher;
		const name =
			publisher && typeof publisher === 'object'
				? (publisher as { name?: unknown }).name
				: undefined;
		if (typeof name === 'string' && name.trim()) return name.trim();
	}
	return undefined;
}

/**
 * Words in a class or id that mark a page's clutter, not its article: adverts, cookie and
 * consent banners, newsletter and subscription boxes. Matched as whole parts of a name ("ad",
 * "ad-slot", "cookie_banner"; never "head" or "shadow"). Readability drops only some of these
 * (its list has "sponsor" and "banner" but not "ad" or "cookie"), and an outsider's saved page
 * kept "ADVERTISEMENT: Buy cheap flights…" and "We use cookies…" as its first paragraphs.
 */
const CLUTTER_NAME =
	/^(?:ads?|adverts?|advertisements?|advertising|sponsored|promo|promoted|cookies?|consent|gdpr|newsletter|subscribe|subscription|paywall|popup|modal|outbrain|taboola)$/i;

/** What a block starts with when it is an advert or a cookie notice, whatever it is named. */
const CLUTTER_TEXT =
	/^(?:advertisement|sponsored|promoted|we use cookies|this (?:site|website) uses cookies)\b/i;

/**
 * Removes adverts, cookie notices and the like (by name, ARIA role or opening words) from an
 * inert document before Readability reads it. The article's own text is never named so; a block
 * of prose that starts with "Advertisement" is an advert's label.
 */
function dropClutter(document: Document): void {
	for (const element of Array.from(
		document.querySelectorAll('[class], [id], [role], [aria-label]')
	)) {
		const names = `${element.getAttribute('class') ?? ''} ${element.id ?? ''}`
			.split(/[\s_-]+/)
			.filter(Boolean);
		const role = element.getAttribute('role') ?? '';
		const label = element.getAttribute('aria-label') ?? '';
		if (element.tagName === 'ARTICLE' || element.tagName === 'BODY' || element.tagName === 'MAIN')
			continue;
		if (
			names.some((name) => CLUTTER_NAME.test(name)) ||
			/^(?:alertdialog|dialog)$/.test(role) ||
			/^(?:advert|advertisement|cookie)/i.test(label)
		)
			element.remove();
	}
	for (const element of Array.from(document.querySelectorAll('div, p, aside, section, span'))) {
		const text = (element.textContent ?? '').trim();
		if (text.length < 400 && CLUTTER_TEXT.test(text)) element.remove();
	}
}

/**
 * Removes the article's byline paragraph ("By Daniel Reyes · 14 March 2025") from its first
 * three blocks: Readability keeps it in the article when the page's meta tags name the author,
 * and the reader then opened on it and a question could quote it (outsider teacher, issue 12).
 * A block goes only when `readHeader` reads all of it as a byline or date line. In place.
 */
function dropBylineBlock(blocks: string[]): void {
	const index = blocks.slice(0, 3).findIndex((block) => {
		const header = readHeader(block);
		return (header.author || header.date) && !header.text.trim();
	});
	if (index >= 0) blocks.splice(index, 1);
}

/**
 * The text of an (X)HTML page's block elements in order, one paragraph each, headings, lists and
 * tables marked (`markedBlocks`), without Readability: for a book's chapter, which is all text
 * of its own (`epub.ts`). Parsed inert.
 */
export function htmlBlocks(html: string, parse: (html: string) => Document): string[] {
	const body = parse(html).body;
	return body ? markedBlocks(body, { titleFirst: false }) : [];
}
