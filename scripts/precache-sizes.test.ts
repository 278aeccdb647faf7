import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precachePaths, sizeMap } from './precache-sizes.js';

describe('precachePaths', () => {
	it('names a file by its path, and a prerendered page also as the worker stores it', () => {
		expect(precachePaths('_app/immutable/chunks/a.js')).toEqual(['/_app/immutable/chunks/a.js']);
		expect(precachePaths('200.html')).toEqual(['/200.html']);
		expect(precachePaths('index.html')).toEqual(['/index.html', '/']);
		expect(precachePaths('quiz.html')).toEqual(['/quiz.html', '/quiz']);
		expect(precachePaths(join('courses', 'review.html'))).toEqual([
			'/courses/review.html',
			'/courses/review'
		]);
		expect(precachePaths(join('sources', 'index.html'))).toEqual([
			'/sources/index.html',
			'/sources'
		]);
	});
});

describe('sizeMap', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('gives each file the bytes sent: the .br copy where there is one', () => {
		dir = mkdtempSync(join(tmpdir(), 'site-'));
		mkdirSync(join(dir, '_app/immutable/assets'), { recursive: true });
		writeFileSync(join(dir, '_app/immutable/assets/z.wasm'), Buffer.alloc(3000));
		writeFileSync(join(dir, '_app/immutable/assets/z.wasm.br'), Buffer.alloc(1000));
		writeFileSync(join(dir, '_app/immutable/assets/z.wasm.gz'), Buffer.alloc(1200));
		writeFileSync(join(dir, 'icon.png'), Buffer.alloc(700));
		writeFileSync(join(dir, 'quiz.html'), Buffer.alloc(900));
		writeFileSync(join(dir, 'quiz.html.br'), Buffer.alloc(300));
		writeFileSync(join(dir, '_app/precache-sizes.json'), '{}');
		expect(sizeMap(dir, 'v1')).toEqual({
			version: 'v1',
			sizes: {
				'/_app/immutable/assets/z.wasm': 1000,
				'/icon.png': 700,
				'/quiz.html': 300,
				'/quiz': 300
			}
		});
	});
});
