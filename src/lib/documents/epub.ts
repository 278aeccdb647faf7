import { strFromU8, unzipSync } from 'fflate';
import { DocumentError, isoDate } from './draft';
import { htmlBlocks } from './html';

/** Decodes the five XML entities and numeric references (OPF metadata is plain XML). */
function decodeXml(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(
			/&(lt|gt|amp|quot|apos);/g,
			(_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!
		);
}

/** The value of attribute `name` in one tag's text. */
function attribute(tag: string, name: string): string | undefined {
	return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
}

/** A path relative to the OPF file's folder, as a zip entry name ("OEBPS/ch1.xhtml"). */
function resolve(base: string, href: string): string {
	const parts = (base ? `${base}/${decodeURIComponent(href)}` : decodeURIComponent(href)).split(
		'/'
	);
	const out: string[] = [];
	for (const part of parts) {
		if (part === '..') out.pop();
		else if (part && part !== '.') out.push(part);
	}
	return out.join('/');
}

const damaged = () =>
	new DocumentError(
		'damaged',
		'This e-book is damaged or not really an .epub, so it cannot be read.'
	);

/**
 * An EPUB e-book (a zip of XHTML chapters): the chapters' text in reading order (the OPF
 * spine), each block element a paragraph, and title, author, publisher (as outlet) and date
 * from the OPF metadata. Chapters are parsed inert by `parse` (the browser's DOMParser), never
 * run or rendered. Throws `DocumentError`: `password` for a DRM-protected book (its chapters
 * are encrypted), `damaged` for a zip that is not a readable EPUB.
 */
export function readEpub(
	bytes: Uint8Array,
	parse: (html: string) => Document
): { text: string; title?: string; author?: string; outlet?: string; date?: string } {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes);
	} catch {
		throw damaged();
	}
	if (files['META-INF/encryption.xml'] || files['META-INF/rights.xml'])
		throw new DocumentError(
			'password',
			'This e-book is protected (DRM), so its text cannot be read. Copy the chapter you need from your reading app and paste it instead.'
		);
	const container = files['META-INF/container.xml'];
	const opfPath =
		container && attribute(/<rootfile\b[^>]*>/i.exec(strFromU8(container))?.[0] ?? '', 'full-path');
	const opfBytes = opfPath ? files[opfPath] : undefined;
	if (!opfPath || !opfBytes) throw damaged();
	const opf = strFromU8(opfBytes);
	const base = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/')) : '';
	const hrefs = new Map<string, string>();
	for (const [item] of opf.matchAll(/<item\b[^>]*>/gi)) {
		const id = attribute(item, 'id');
		const href = attribute(item, 'href');
		if (id && href) hrefs.set(id, resolve(base, href));
	}
	const paragraphs: string[] = [];
	for (const [ref] of opf.matchAll(/<itemref\b[^>]*>/gi)) {
		const path = hrefs.get(attribute(ref, 'idref') ?? '');
		const chapter = path ? files[path] : undefined;
		if (chapter) paragraphs.push(...htmlBlocks(strFromU8(chapter), parse));
	}
	const meta = (tag: string) => {
		const match = new RegExp(`<dc:${tag}\\b[^>]*>([\\s\\S]*?)</dc:${tag}>`, 'i').exec(opf);
		return match ? decodeXml(match[1].replace(/<[^>]+>/g, '')).trim() || undefined : undefined;
	};
	return {
		text: paragraphs.join('\n\n'),
		title: meta('title'),
		author: meta('creator'),
		outlet: meta('publisher'),
		date: isoDate(meta('date'))
	};
}
