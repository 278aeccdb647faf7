import { describe, expect, it } from 'vitest';
import { paintsFromScripts, staticClosure, withStaticPreloads } from './static-preloads.js';

/** A page entry importing `a` and `b`; `a` imports `c` and `b`; `d` is only imported lazily. */
const manifest = {
	'nodes/1.js': { file: '_app/immutable/nodes/1.X.js', imports: ['_a.js', '_b.js'] },
	'_a.js': { file: '_app/immutable/chunks/a.js', imports: ['_c.js', '_b.js'] },
	'_b.js': { file: '_app/immutable/chunks/b.js' },
	'_c.js': { file: '_app/immutable/chunks/c.js' },
	'_d.js': { file: '_app/immutable/chunks/d.js', imports: ['_c.js'] }
};

const link = (prefix: string, file: string) =>
	`<link href="${prefix}_app/immutable/${file}" rel="modulepreload">`;

describe('staticClosure', () => {
	it('gives the files and what they import statically, each once, nothing lazy', () => {
		expect(staticClosure(manifest, ['_app/immutable/nodes/1.X.js'])).toEqual([
			'_app/immutable/nodes/1.X.js',
			'_app/immutable/chunks/a.js',
			'_app/immutable/chunks/b.js',
			'_app/immutable/chunks/c.js'
		]);
	});
});

describe('withStaticPreloads', () => {
	it('adds the missing static imports after the last link, with its prefix', () => {
		const page = `<head>\n\t\t${link('../', 'nodes/1.X.js')}\n\t\t${link('../', 'chunks/a.js')}\n</head>`;
		const out = withStaticPreloads(page, manifest);
		expect([...out.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'../_app/immutable/nodes/1.X.js',
			'../_app/immutable/chunks/a.js',
			'../_app/immutable/chunks/b.js',
			'../_app/immutable/chunks/c.js'
		]);
		expect(out.endsWith('rel="modulepreload">\n</head>')).toBe(true);
	});

	it('leaves a page alone when nothing is missing or nothing is preloaded', () => {
		const whole = ['nodes/1.X.js', 'chunks/a.js', 'chunks/b.js', 'chunks/c.js']
			.map((file) => link('./', file))
			.join('\n');
		expect(withStaticPreloads(whole, manifest)).toBe(whole);
		expect(withStaticPreloads('<head></head>', manifest)).toBe('<head></head>');
	});

	it('lists every preload largest first, in place of the first link, other tags kept', () => {
		const page =
			`<head>\n\t\t${link('./', 'nodes/1.X.js')}\n\t\t<meta name="x">` +
			`\n\t\t${link('./', 'chunks/b.js')}\n</head>`;
		const sizes: Record<string, number> = { 'chunks/a.js': 300, 'chunks/c.js': 500 };
		const out = withStaticPreloads(page, manifest, (file) => sizes[file.slice(15)] ?? 10);
		expect(out).toBe(
			'<head>\n\t\t' +
				['chunks/c.js', 'chunks/a.js', 'nodes/1.X.js', 'chunks/b.js']
					.map((file) => link('./', file))
					.join('\n\t\t') +
				'\n\t\t<meta name="x">\n</head>'
		);
	});

	it('keeps the links in place when no sizes are given (pages whose text is prerendered)', () => {
		const page = `<head>\n\t\t${link('./', 'nodes/1.X.js')}\n\t\t<meta name="x">\n</head>`;
		expect(withStaticPreloads(page, manifest)).toBe(
			`<head>\n\t\t${link('./', 'nodes/1.X.js')}` +
				['chunks/a.js', 'chunks/b.js', 'chunks/c.js']
					.map((file) => `\n\t\t${link('./', file)}`)
					.join('') +
				'\n\t\t<meta name="x">\n</head>'
		);
	});
});

describe('paintsFromScripts', () => {
	const header = '<header><div><h1><!--[-1-->Study<!--]--></h1></div></header>';
	const loading =
		'<p class="loading" role="status"><span aria-hidden="true"></span> Loading your cards…</p>';

	it("finds a page whose main is its heading and a loading status (Study's prerendered page)", () => {
		expect(
			paintsFromScripts(
				`<body><main id="main">${header} <div aria-busy="true">${loading}</div></main>`
			)
		).toBe(true);
	});

	it('leaves out a page with text of its own (Stats: a lead beside its loading status) or no main', () => {
		const lead = '<p class="lead muted">How your memory is doing.</p>';
		expect(paintsFromScripts(`<main>${header}${lead}${loading}</main>`)).toBe(false);
		expect(
			paintsFromScripts(`<main>${header}<a href="../classroom">Back to Classroom</a></main>`)
		).toBe(false);
		expect(paintsFromScripts('<body><div id="svelte"></div></body>')).toBe(false);
	});
});
