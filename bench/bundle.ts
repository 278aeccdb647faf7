// JavaScript shipped for the first load of each screen, measured on the build output:
// the entry scripts and every module the prerendered page preloads, gzip-compressed, and how
// many files they are. Every
// prerendered page is measured, nested ones too (`classroom/new.html`: `first-load-js.classroom.new`,
// the names `lighthouse.ts` gives); pages of one route with a parameter (`sources/[doc]`) load the
// same scripts, so the first of them stands for the route (`first-load-js.sources.doc`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bench } from './types';

const BUILD = 'build';

/** Pages of a route with a parameter: their folder, and the name its figure takes. */
const PARAM_ROUTES: Record<string, string> = { sources: 'sources.doc' };

/**
 * Each screen's figure name and its page, from the build's prerendered `.html` paths (relative
 * to the build, `/`-separated): `index.html` is `home`, `classroom/new.html` `classroom.new`,
 * one page per route with a parameter (`PARAM_ROUTES`); the fallback (`200.html`) is no screen.
 */
export function screenPages(pages: readonly string[]): Map<string, string> {
	const screens = new Map<string, string>();
	for (const page of [...pages].sort()) {
		if (!page.endsWith('.html') || page === '200.html') continue;
		const folder = posix.dirname(page);
		const name =
			PARAM_ROUTES[folder] ??
			(page === 'index.html' ? 'home' : page.slice(0, -'.html'.length).replaceAll('/', '.'));
		if (!screens.has(name)) screens.set(name, page);
	}
	return screens;
}

/** Every `.html` file under `dir`, relative to it, `/`-separated. */
function htmlPages(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const path = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return entry.name === '_app' ? [] : htmlPages(dir, path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/**
 * JS files a prerendered page loads before it is interactive: its modulepreloads and entry
 * imports, closed over their static imports (dynamic imports load later, on demand). `page`:
 * the page's path in the build (its relative `../_app/…` addresses are resolved from there).
 */
export function firstLoadScripts(
	html: string,
	readScript: (path: string) => string,
	page = 'index.html'
): string[] {
	const roots = new Set<string>();
	const fromPage = (href: string) => normalize(posix.join(posix.dirname(page), href));
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (href && /rel="modulepreload"/.test(tag)) roots.add(fromPage(href));
	}
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) roots.add(fromPage(match[1]));
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const code = readScript(file);
		for (const match of code.matchAll(
			/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g
		)) {
			visit(posix.join(posix.dirname(file), match[1]));
		}
	};
	roots.forEach(visit);
	return [...seen];
}

function normalize(href: string): string {
	return posix.normalize(href.replace(/^\.?\//, ''));
}

export function gzipBytes(path: string): number {
	return gzipSync(readFileSync(path), { level: 9 }).length;
}

const bench: Bench = {
	name: 'bundle',
	async run(report) {
		if (!existsSync(join(BUILD, 'index.html')))
			throw new Error('no build: run `npm run build` first');
		for (const [screen, file] of screenPages(htmlPages(BUILD))) {
			const scripts = firstLoadScripts(
				readFileSync(join(BUILD, file), 'utf8'),
				(src) => readFileSync(join(BUILD, src), 'utf8'),
				file
			);
			const bytes = scripts.reduce((sum, src) => sum + gzipBytes(join(BUILD, src)), 0);
			// Issue 14's budget is Home's: ≤ 80 KB gzip.
			report(
				`first-load-js.${screen}`,
				bytes,
				screen === 'home' ? 'bytes gzip (goal ≤ 80 KB)' : 'bytes gzip'
			);
			// How many files those are: Lighthouse's simulated mobile network (HTTP/1.1 as
			// scripts/serve.js serves, six connections, 150 ms a round trip) spends a round trip on
			// each, so 70 small modules cost Study about 1.8 s of its simulated LCP however few
			// their bytes (bench/README.md, perf49).
			report(`first-load-requests.${screen}`, scripts.length, 'scripts');
		}
	}
};

export default bench;
