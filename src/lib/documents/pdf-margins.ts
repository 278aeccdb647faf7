/**
 * What a PDF repeats in its margins rather than says: running heads and feet (a title, an
 * author, "Page 3 of 10") and a browser's print header and footer ("12/2/26, 3:11 PM  Title",
 * "file:///…/article.html 1/2"). PDF.js gives them as lines like any other, often at the end of a
 * page's text, so they ran into the next page's first paragraph and into questions (outsider
 * teacher, 2026-12-02: a course's text held "12/2/26, 3:11 PM … file:///tmp/…/ww1.html 1/2").
 */

/** Longer than this, a line is prose, never a running head. */
const MAX_MARGIN_CHARS = 150;

/**
 * A page counter alone: "3", "- 3 -", "3/10", "3 of 10", "Page 3", "Page 3 of 10", "p. 3".
 */
const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of)\s*\d{1,4})?$/i;

/**
 * Four digits alone are a year far more often than a page ("1914" on its own line in a
 * timeline), and a PDF a teacher adds is rarely past its 999th page: never taken for a counter.
 */
const YEAR_ALONE = /^\d{4}$/;

/** A browser's print footer: the page's address, then its counter ("file:///a.html 1/2"). */
const PRINT_FOOTER = /^(?:file|https?):\/\/\S+(?:\s+\d{1,4}\s*\/\s*\d{1,4})?$/i;

/**
 * A browser's print header: the date and time it was printed, then the page's title
 * ("12/2/26, 3:11 PM The Causes…", "02/12/2026, 15:11 Title"): Chromium's, Firefox's and
 * Safari's header starts so, and no sentence of an article does.
 */
const PRINT_HEADER =
	/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s|$)/i;

/** Whether a (trimmed) line reads as what only a margin holds: a page counter, a print header or footer. */
function marginOnly(line: string): boolean {
	return (
		(PAGE_NUMBER.test(line) && !YEAR_ALONE.test(line)) ||
		PRINT_FOOTER.test(line) ||
		PRINT_HEADER.test(line)
	);
}

/**
 * A line as it repeats from page to page: numbers (page numbers, dates) do not count. A line of
 * only numbers has no key: "1914" and "1915" opening two pages of a timeline are not a running
 * head (a counter alone is `marginOnly`'s).
 */
function marginKey(line: string): string | undefined {
	const key = line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
	return /\p{L}/u.test(key) ? key : undefined;
}

/**
 * Each page's lines without what the margins repeat. Only a line in a page's margin zone (its
 * first and last `MARGIN_LINES` lines with text, `marginZone`) can go: when it is a page counter
 * or a browser's print header or footer, or, in a PDF of two or more pages, when the same short
 * line (numbers aside) is in the zone of at least half of the pages: a running head or foot. The
 * same line in the body of a page is prose and stays ("1914" alone in a timeline, "Page 3" in a
 * sentence broken across lines). Empty lines stay (they end paragraphs). `pages` holds each
 * page's lines in PDF.js order; the result has the same shape.
 */
export function dropMarginLines(pages: readonly (readonly string[])[]): string[][] {
	const zones = pages.map(marginZone);
	const onPages = new Map<string, number>();
	if (pages.length >= 2)
		zones.forEach((zone, page) => {
			const keys = new Set<string>();
			for (const index of zone) {
				const line = pages[page][index].trim();
				const key = line.length <= MAX_MARGIN_CHARS ? marginKey(line) : undefined;
				if (key) keys.add(key);
			}
			for (const key of keys) onPages.set(key, (onPages.get(key) ?? 0) + 1);
		});
	const running = (line: string) => {
		const key = line.length <= MAX_MARGIN_CHARS ? marginKey(line) : undefined;
		return (
			pages.length >= 2 &&
			key !== undefined &&
			(onPages.get(key) ?? 0) >= Math.max(2, pages.length / 2)
		);
	};
	return pages.map((lines, page) =>
		lines.filter((raw, index) => {
			const line = raw.trim();
			if (!line || !zones[page].has(index)) return true;
			return !(marginOnly(line) || running(line));
		})
	);
}

/** Lines a page's margins can hold: its first and last `MARGIN_LINES` lines with text. */
const MARGIN_LINES = 2;

/**
 * The indexes of the lines at a page's start and end, in PDF.js's order: a running head or page
 * number is drawn first by word processors and last by Chromium's printing (its header and
 * footer come after the page's text), so both ends are looked at; a line in the middle of a page
 * is prose even when it reads as a counter or repeats.
 */
function marginZone(lines: readonly string[]): Set<number> {
	const filled = lines.flatMap((line, index) => (line.trim() ? [index] : []));
	return new Set([...filled.slice(0, MARGIN_LINES), ...filled.slice(-MARGIN_LINES)]);
}

/**
 * Whether a PDF's creation date is only when a browser printed it (Chromium's Skia, or a
 * browser named as its creator): then it says nothing about when the text was written, and the
 * page's own date line, if any, is the document's date.
 */
export function printedByBrowser(info: { Creator?: unknown; Producer?: unknown }): boolean {
	const creator = typeof info.Creator === 'string' ? info.Creator : '';
	const producer = typeof info.Producer === 'string' ? info.Producer : '';
	return /^Skia\/PDF/i.test(producer) || /Chrome|Chromium|Firefox|Safari|Mozilla\//i.test(creator);
}
