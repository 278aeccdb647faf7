// Memory over a long study session (issue 14): the production build's Study screen, answered
// with the keyboard in Chromium, the JavaScript heap measured after a forced garbage collection
// (CDP `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`) and DOM counters
// (`Memory.getDOMCounters`) after 100 and after 500 answers in one session, without a reload.
// A flat heap prints a ratio near 1. MEMORY_ANSWERS="100 500" and MEMORY_PORT (4186) change it.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startServer } from '../scripts/lighthouse';
import { launchChromium } from './browser-harness';
import { answerOne, seedLongSession } from './study-driver';
import type { Bench } from './types';

const CHECKPOINTS = (process.env.MEMORY_ANSWERS ?? '100 500').split(/\s+/).map(Number);

const bench: Bench = {
	name: 'memory',
	async run(report) {
		const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as {
			questions: { id: string }[];
		};
		const server = await startServer(Number(process.env.MEMORY_PORT ?? 4186));
		const browser = await launchChromium();
		try {
			const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
			const cdp = await page.context().newCDPSession(page);
			await page.goto(`${server.url}/study`);
			await page.locator('body[data-hydrated="true"]').waitFor();
			await seedLongSession(
				page,
				bank.questions.map((q) => q.id),
				Date.now()
			);
			await page.reload();
			await page.locator('body[data-hydrated="true"]').waitFor();
			const heap: number[] = [];
			let answered = 0;
			for (const checkpoint of CHECKPOINTS) {
				while (answered < checkpoint) {
					if (!(await answerOne(page))) throw new Error(`the session ran out at ${answered}`);
					answered++;
				}
				await cdp.send('HeapProfiler.collectGarbage');
				await cdp.send('HeapProfiler.collectGarbage');
				const { usedSize } = await cdp.send('Runtime.getHeapUsage');
				const dom = await cdp.send('Memory.getDOMCounters');
				heap.push(usedSize);
				report(`memory.heap-after-${checkpoint}`, usedSize / 1_048_576, 'MB');
				report(`memory.dom-nodes-after-${checkpoint}`, dom.nodes, 'nodes');
				report(`memory.listeners-after-${checkpoint}`, dom.jsEventListeners, 'listeners');
			}
			report(
				`memory.heap-ratio-${CHECKPOINTS.at(-1)}-vs-${CHECKPOINTS[0]}`,
				heap.at(-1)! / heap[0],
				'x (flat: about 1)'
			);
			report('memory.machine.load-after', loadavg()[0], 'load (1 min)');
		} finally {
			await browser.close();
			server.stop();
		}
	}
};

export default bench;
