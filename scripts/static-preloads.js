// Every file a prerendered page's scripts import statically, preloaded (issue 14, perf51).
// SvelteKit 2.70's `find_deps` walks a page's imports depth first with one `seen` set for static
// and dynamic imports, so a chunk reached first through a dynamic import (the root layout's lazy
// screens and helpers reach the database chunk) is never listed as the page's own: Study's page
// statically imports the database chunk (Dexie, 51 KB gzip) and three more, and none had a
// `<link rel="modulepreload">`; the browser found them only once the page's own chunk had come
// and been parsed, a second wave of requests before the first question (bench/README.md).
// The links are added to the prerendered pages before the adapter compresses them, so the
// .br/.gz copies that scripts/serve.js sends carry them too.
import { readFileSync, writeFileSync } from 'node:fs';
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
 * Page `html` with a modulepreload link, after its last one and written as SvelteKit writes
 * them, for each file its preloaded scripts import statically that it does not preload yet
 * (`staticClosure`); the page unchanged when none is missing or it preloads nothing.
 * @param {string} html
 * @param {ClientManifest} manifest
 * @returns {string}
 */
export function withStaticPreloads(html, manifest) {
	const links = [...html.matchAll(PRELOAD)];
	const last = links.at(-1);
	if (!last || last.index === undefined) return html;
	const prefix = last[1];
	const preloaded = links.map((link) => link[2]);
	const missing = staticClosure(manifest, preloaded).slice(preloaded.length);
	if (!missing.length) return html;
	const end = last.index + last[0].length;
	const added = missing.map((file) => `\n\t\t<link href="${prefix}${file}" rel="modulepreload">`);
	return html.slice(0, end) + added.join('') + html.slice(end);
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
				for (const file of files) {
					if (!file.endsWith('.html')) continue;
					const path = isAbsolute(file) ? file : join(dest, file);
					const html = readFileSync(path, 'utf8');
					const next = withStaticPreloads(html, manifest);
					if (next !== html) writeFileSync(path, next);
				}
				return files;
			};
			return adapter.adapt(wrapped);
		}
	};
}
