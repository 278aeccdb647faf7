import { describe, expect, it } from 'vitest';
import { firstLoadScripts, screenPages } from '../bench/bundle';

describe('bench/bundle', () => {
	it('names every prerendered screen, nested ones too, and one page per route with a parameter', () => {
		const screens = screenPages([
			'200.html',
			'index.html',
			'quiz.html',
			'classroom/new.html',
			'courses/review.html',
			'study/leeches.html',
			'sources.html',
			'sources/kfor-command.html',
			'sources/drone-sales.html'
		]);
		expect(Object.fromEntries(screens)).toEqual({
			home: 'index.html',
			quiz: 'quiz.html',
			'classroom.new': 'classroom/new.html',
			'courses.review': 'courses/review.html',
			'study.leeches': 'study/leeches.html',
			sources: 'sources.html',
			'sources.doc': 'sources/drone-sales.html'
		});
	});

	it("resolves a nested page's relative addresses from its folder, with their static imports", () => {
		const html =
			'<link href="../_app/immutable/entry/start.js" rel="modulepreload">' +
			'<script>import("../_app/immutable/entry/app.js")</script>';
		const scripts: Record<string, string> = {
			'_app/immutable/entry/start.js': 'import{a}from"../chunks/a.js";import("../chunks/lazy.js")',
			'_app/immutable/entry/app.js': 'export{b}from"../chunks/b.js"',
			'_app/immutable/chunks/a.js': '',
			'_app/immutable/chunks/b.js': ''
		};
		const read = (path: string) => {
			if (!(path in scripts)) throw new Error(`no ${path}`);
			return scripts[path];
		};
		expect(firstLoadScripts(html, read, 'classroom/new.html').sort()).toEqual([
			'_app/immutable/chunks/a.js',
			'_app/immutable/chunks/b.js',
			'_app/immutable/entry/app.js',
			'_app/immutable/entry/start.js'
		]);
		const top = html.replaceAll('../_app', './_app');
		expect(firstLoadScripts(top, read, 'quiz.html')).toHaveLength(4);
	});
});
