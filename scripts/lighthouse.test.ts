import { describe, expect, it } from 'vitest';
import { blockingByScript, cpuBlocking, lcpOf, lcpOfTrace } from './lighthouse';

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

describe('blocking time from CPU time', () => {
	it('counts each task after first paint, and a script’s before it, by script', () => {
		const chunk = 'http://127.0.0.1:4184/_app/immutable/chunks/a1.js';
		expect(
			cpuBlocking(
				[
					{ startMs: 50, cpuMs: 40, url: 'http://127.0.0.1:4184/' }, // parsing before paint: no
					{ startMs: 100, cpuMs: 40, url: chunk }, // a script before paint: 110
					{ startMs: 900, cpuMs: 20, url: chunk }, // 80 ms: 30
					{ startMs: 950, cpuMs: 12, url: chunk }, // 48 ms: none
					{ startMs: 1000, cpuMs: 15, url: '' } // 60 ms: 10
				],
				500,
				4
			)
		).toEqual({ tbtMs: 150, blocking: { 'a1.js': 140, unattributable: 10 } });
	});
});

describe('the largest contentful paint’s element', () => {
	it('reads the element and its phases from the audit’s list of tables', () => {
		expect(
			lcpOf({
				type: 'list',
				items: [
					{
						type: 'table',
						items: [{ node: { selector: 'main > p.lead', snippet: '<p class="lead">' } }]
					},
					{
						type: 'table',
						items: [
							{ phase: 'TTFB', timing: 600.4 },
							{ phase: 'Render Delay', timing: 1200.6 }
						]
					}
				]
			})
		).toEqual({
			element: 'main > p.lead <p class="lead">',
			phases: { TTFB: 600, 'Render Delay': 1201 }
		});
	});

	it('is empty when the audit failed (Lighthouse 12.2 with a newer Chromium) or is missing', () => {
		expect(lcpOf(undefined)).toEqual({ element: '', phases: {} });
	});
});

describe('the largest contentful paint’s element from the trace', () => {
	const candidate = (name: string, ts: number, data: Record<string, unknown>) => ({
		name,
		ts,
		args: { data: { isOutermostMainFrame: true, ...data } }
	});

	it('names the last candidate of the navigation: tag, box, kind and when it was seen', () => {
		const events = [
			candidate('largestContentfulPaint::Candidate', 500, { candidateIndex: 1, nodeName: 'SPAN' }),
			candidate('largestContentfulPaint::Candidate', 1_000_000, {
				candidateIndex: 1,
				nodeName: 'H1',
				type: 'text'
			}),
			candidate('LargestTextPaint::Candidate', 1_000_000, {
				candidateIndex: 1,
				frame_width: 197,
				frame_height: 30,
				frame_x: 16,
				frame_y: 20
			}),
			candidate('largestContentfulPaint::Candidate', 2_416_000, {
				candidateIndex: 2,
				nodeName: 'P',
				type: 'text'
			}),
			candidate('LargestTextPaint::Candidate', 2_416_000, {
				candidateIndex: 2,
				frame_width: 322,
				frame_height: 43,
				frame_x: 35,
				frame_y: 142
			})
		];
		expect(lcpOfTrace(events, 1_000)).toBe('P 322×43 at 35,142 (text), seen at 2,415 ms');
	});

	it('is empty when the trace has no candidate of the main frame', () => {
		const events = [
			candidate('largestContentfulPaint::Candidate', 5_000, { isOutermostMainFrame: false })
		];
		expect(lcpOfTrace(events, 1_000)).toBe('');
	});
});
