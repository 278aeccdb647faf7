// JavaScript shipped for the first load of each screen, measured on the build output:
// the entry scripts and every module the prerendered page preloads, gzip-compressed.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bench } from './types';

const BUILD = 'build';

const SCREENS: Record<string, string> = {
	home: 'index.html',
	study: 'study.html',
	quiz: 'quiz.html',
	classroom: 'classroom.html',
	stats: 'stats.html',
	sources: 'sources.html',
	settings: 'settings.html'
};

/**
 * JS files a prerendered page loads before it is interactive: its modulepreloads and entry
 * imports, closed over their static imports (dynamic imports load later, on demand).
 */
export function firstLoadScripts(html: string, readScript: (path: string) => string): string[] {
	const roots = new Set<string>();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (href && /rel="modulepreload"/.test(tag)) roots.add(normalize(href));
	}
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) roots.add(normalize(match[1]));
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
		for (const [screen, file] of Object.entries(SCREENS)) {
			const path = join(BUILD, file);
			if (!existsSync(path)) continue;
			const scripts = firstLoadScripts(readFileSync(path, 'utf8'), (src) =>
				readFileSync(join(BUILD, src), 'utf8')
			);
			const bytes = scripts.reduce((sum, src) => sum + gzipBytes(join(BUILD, src)), 0);
			// Issue 14's budget is Home's: ≤ 80 KB gzip.
			report(
				`first-load-js.${screen}`,
				bytes,
				screen === 'home' ? 'bytes gzip (goal ≤ 80 KB)' : 'bytes gzip'
			);
		}
	}
};

export default bench;
