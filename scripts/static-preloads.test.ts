import { describe, expect, it } from 'vitest';
import { staticClosure, withStaticPreloads } from './static-preloads.js';

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
});
