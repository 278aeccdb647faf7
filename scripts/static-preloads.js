// Every file a prerendered page's scripts import statically, preloaded (issue 14, perf51).
// SvelteKit 2.70's `find_deps` walks a page's imports depth first with one `seen` set for static
// and dynamic imports, so a chunk reached first through a dynamic import (the root layout's lazy
// screens and helpers reach the database chunk) is never listed as the page's own: Study's page
// statically imports the database chunk (Dexie, 51 KB gzip) and three more, and none had a
// `<link rel="modulepreload">`; the browser found them only once the page's own chunk had come
// and been parsed, a second wave of requests before the first question (bench/README.md).
// The links are added to the prerendered pages before the adapter compresses them, so the
// .br/.gz copies that scripts/serve.js sends carry them too.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** @typedef {Record<string, { file: string; imports?: string[] }>} ClientManifest */

/** A modulepreload link as SvelteKit writes it: its prefix (`./`, `../`) and the file. */
const PRELOAD = /<link href="((?:\.\.?\/)*)(_app\/immutable\/[^"]+\.js)" rel="modulepreload">/g;

/**
 * The files (`_app/immutable/…js`) that `files` import statically, directly or not, with
 * `files` themselves, in the order first reached (breadth first). `manifest` is Vite's client
 * manifest (`.svelte-kit/output/client/.vite/manifest.json`); a file not in it is kept and not
 * followed.
 * @param {ClientManifest} manifest
 * @param {readonly string[]} files
 * @returns {string[]}
 */
export function staticClosure(manifest, files) {
	/** @type {Map<string, string[]>} */
	const importsOf = new Map();
	for (const chunk of Object.values(manifest))
		importsOf.set(
			chunk.file,
			(chunk.imports ?? []).map((key) => manifest[key]?.file).filter((file) => file !== undefined)
		);
	const reached = new Set(files);
	const queue = [...files];
	for (let i = 0; i < queue.length; i++)
		for (const next of importsOf.get(queue[i]) ?? [])
			if (!reached.has(next)) {
				reached.add(next);
				queue.push(next);
			}
	return queue;
}

/**
 * Whether a prerendered page's largest paint waits for its scripts: its `<main>` holds no text
 * but its heading (`<h1>`) and a loading status (`<p … role="status">`), so what it is for
 * (Study's card, a classroom quiz's question, the drafts to review) is drawn by its scripts.
 * Lighthouse named Study's LCP `h2#prompt`, drawn once its scripts and the database have come;
 * the other screens' LCP is a prerendered paragraph (bench/README.md, perf53). False for a page
 * without `<main>` (`200.html`, the fallback).
 * @param {string} html
 * @returns {boolean}
 */
export function paintsFromScripts(html) {
	const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html);
	if (!main) return false;
	const text = main[1]
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<h1\b[^>]*>[\s\S]*?<\/h1>/g, '')
		.replace(/<p\b[^>]*\brole="status"[^>]*>[\s\S]*?<\/p>/g, '')
		.replace(/<[^>]*>/g, '');
	return text.trim() === '';
}

/**
 * Page `html` with a modulepreload link, written as SvelteKit writes them, for each file its
 * preloaded scripts import statically that it does not preload yet (`staticClosure`): without
 * `sizeOf`, added after its last link; with it, every link listed in place of its first one,
 * largest first by `sizeOf` (bytes; a file it cannot size counts 0, ties keep their order).
 * The page unchanged when it preloads nothing or nothing would change.
 *
 * Largest first is for the pages that paint from their scripts (`paintsFromScripts`): over
 * HTTP/1.1's six connections the small ones went first and Study's database chunk (Dexie, 51 KB
 * gzip, 19th of 22) waited for a connection until 1.7 s of Lighthouse's simulated 2.6 s LCP;
 * largest first, it shares the line from the start (Study 2,724 → 2,619 ms). On a page whose
 * largest paint is prerendered text, Lighthouse's simulation counts every request begun before
 * that paint, so the big scripts listed first delayed it (Settings 1,473 → 2,494 ms: perf53).
 * @param {string} html
 * @param {ClientManifest} manifest
 * @param {(file: string) => number} [sizeOf]
 * @returns {string}
 */
export function withStaticPreloads(html, manifest, sizeOf) {
	const links = [...html.matchAll(PRELOAD)];
	const first = links[0];
	if (!first || first.index === undefined) return html;
	const prefix = first[1];
	const preloaded = links.map((link) => link[2]);
	const files = staticClosure(manifest, preloaded);
	if (!sizeOf) {
		const missing = files.slice(preloaded.length);
		const last = /** @type {RegExpExecArray} */ (links.at(-1));
		const end = /** @type {number} */ (last.index) + last[0].length;
		const added = missing.map((file) => `\n\t\t<link href="${prefix}${file}" rel="modulepreload">`);
		return html.slice(0, end) + added.join('') + html.slice(end);
	}
	const size = new Map(files.map((file) => [file, sizeOf(file)]));
	const ordered = [...files].sort((a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0));
	if (ordered.join('\n') === preloaded.join('\n')) return html;
	const block = ordered
		.map((file) => `<link href="${prefix}${file}" rel="modulepreload">`)
		.join('\n\t\t');
	// Each old link goes with the line break and indent before it; the block takes the first's place.
	let out = '';
	let from = 0;
	for (const [i, link] of links.entries()) {
		const at = /** @type {number} */ (link.index);
		const cut = i === 0 ? at : html.slice(from, at).search(/\s*$/) + from;
		out += html.slice(from, cut) + (i === 0 ? block : '');
		from = at + link[0].length;
	}
	return out + html.slice(from);
}

/**
 * `adapter` with its prerendered pages given `withStaticPreloads` as they are written
 * (`builder.writePrerendered`), before it compresses them.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function preloadStaticImports(adapter) {
	return {
		...adapter,
		adapt(builder) {
			const manifestFile = join(builder.config.kit.outDir, 'output/client/.vite/manifest.json');
			/** @type {import('@sveltejs/kit').Builder} */
			const wrapped = Object.create(builder);
			wrapped.writePrerendered = (dest) => {
				const files = builder.writePrerendered(dest);
				/** @type {ClientManifest} */
				const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
				const clientDir = join(builder.config.kit.outDir, 'output/client');
				/** @param {string} file */
				const sizeOf = (file) => {
					try {
						return statSync(join(clientDir, file)).size;
					} catch {
						return 0;
					}
				};
				for (const file of files) {
					if (!file.endsWith('.html')) continue;
					const path = isAbsolute(file) ? file : join(dest, file);
					const html = readFileSync(path, 'utf8');
					const next = withStaticPreloads(
						html,
						manifest,
						paintsFromScripts(html) ? sizeOf : undefined
					);
					if (next !== html) writeFileSync(path, next);
				}
				return files;
			};
			return adapter.adapt(wrapped);
		}
	};
}
