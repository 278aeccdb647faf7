import { describe, expect, it } from 'vitest';
import { blockingByScript } from './lighthouse';

describe('what blocks the main thread, by script', () => {
	it('sums each long task’s time beyond 50 ms under its script’s file name', () => {
		expect(
			blockingByScript([
				{ url: 'http://127.0.0.1:4184/_app/immutable/chunks/a1.js', duration: 120 },
				{ url: 'http://127.0.0.1:4184/_app/immutable/chunks/a1.js', duration: 80 },
				{ url: 'http://127.0.0.1:4184/_app/immutable/nodes/2.js', duration: 50 },
				{ url: 'http://127.0.0.1:4184/study', duration: 70 },
				{ url: 'Unattributable', duration: 90 },
				{ duration: 60 }
			])
		).toEqual({ 'a1.js': 100, document: 20, unattributable: 50 });
	});
});
