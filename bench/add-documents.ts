// Generation of a user's document in the browser, as the Add documents screen runs it: the
// app's generator client starts the Web Worker on a 45 KB and a 1 MB document in Chromium, and
// the main thread is watched meanwhile. Prints wall-clock ms per KB (worker start-up included,
// one run each after a warm-up) and the longest main-thread task (goal ≤ 50 ms; 0 means no task
// reached the 50 ms a long task is counted from) and the largest gap between 10 ms heartbeats.
// For reference, the same document's generator CPU time in Node (`node-cpu-*`).
import { buildHarness, launchChromium, openHarness } from './browser-harness';
import { generateQuestions } from '../src/lib/generator';
import { sourceOf } from '../src/lib/courses/generate';
import { readSources } from '../scripts/read-sources';
import { syntheticCorpus } from './generator';
import type { RunResult } from './add-documents-harness/main';
import type { Bench } from './types';

const ORIGIN = 'http://add-documents-bench.local';

/**
 * The same document through the same generator in Node, CPU time (ms): on a busy shared machine
 * the worker's wall-clock time mostly measures the neighbours; this is the work itself.
 */
function nodeCpuMs(text: string): number {
	const source = sourceOf(
		{
			title: 'Bench',
			outlet: 'Bench',
			date: '2025-01-01',
			text,
			format: 'text',
			notes: [],
			english: true
		},
		0,
		Date.now()
	);
	const start = process.cpuUsage();
	generateQuestions([source]);
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

/** One document's text of about `bytes`, from the course articles (perturbed copies). */
export function documentOf(bytes: number): string {
	return syntheticCorpus(readSources(), bytes)
		.flatMap((source) => source.blocks.map((b) => b.text))
		.join('\n\n');
}

const bench: Bench = {
	name: 'add-documents',
	async run(report) {
		const files = await buildHarness('bench/add-documents-harness');
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const call = await openHarness<(text: string) => Promise<RunResult>>(
				page,
				files,
				ORIGIN,
				'runGeneration'
			);
			const generate = (text: string) => call((run, t: string) => run(t), text);
			for (const [label, bytes] of [
				['45kb', 45 * 1024],
				['1mb', 1024 * 1024]
			] as const) {
				const text = documentOf(bytes);
				const kb = new TextEncoder().encode(text).length / 1024;
				if (label === '45kb') await generate(text); // warm-up: worker code cached
				page.setDefaultTimeout(10 * 60_000);
				const result = await generate(text);
				report(`add-documents.worker-${label}`, Math.round(result.ms), 'ms');
				report(`add-documents.worker-${label}-per-kb`, result.ms / kb, 'ms/KB');
				report(`add-documents.questions-${label}`, result.questions, 'questions');
				const cpu = nodeCpuMs(text);
				report(`add-documents.node-cpu-${label}-per-kb`, cpu / kb, 'ms/KB');
				report(`add-documents.longest-main-task-${label}`, Math.round(result.longestTaskMs), 'ms');
				report(`add-documents.max-heartbeat-gap-${label}`, Math.round(result.maxGapMs), 'ms');
			}
		} finally {
			await browser.close();
		}
	}
};

export default bench;
