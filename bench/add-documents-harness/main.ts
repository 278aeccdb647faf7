// Runs the app's own generator client (the Web Worker) on a text and watches the main thread
// meanwhile: long tasks (PerformanceObserver 'longtask', tasks over 50 ms) and the largest gap
// between 10 ms heartbeats, which also catches shorter stalls.
import { generateInWorker } from '$lib/courses/generate-client';
import type { DocumentDraft } from '$lib/documents/draft';

export interface RunResult {
	ms: number;
	questions: number;
	longestTaskMs: number;
	longTasks: number;
	maxGapMs: number;
}

async function run(text: string): Promise<RunResult> {
	const draft: DocumentDraft = {
		title: 'Bench',
		outlet: 'Bench',
		date: '2025-01-01',
		text,
		format: 'text',
		notes: [],
		english: true
	};
	const tasks: number[] = [];
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) tasks.push(entry.duration);
	});
	observer.observe({ type: 'longtask' });
	let last = performance.now();
	let maxGap = 0;
	const beat = setInterval(() => {
		const now = performance.now();
		maxGap = Math.max(maxGap, now - last);
		last = now;
	}, 10);
	const start = performance.now();
	const documents = await generateInWorker([draft]);
	const ms = performance.now() - start;
	clearInterval(beat);
	observer.disconnect();
	return {
		ms,
		questions: documents[0].questions.length,
		longestTaskMs: Math.max(0, ...tasks),
		longTasks: tasks.length,
		maxGapMs: maxGap
	};
}

(window as unknown as { runGeneration: typeof run }).runGeneration = run;
document.body.dataset.ready = 'true';
