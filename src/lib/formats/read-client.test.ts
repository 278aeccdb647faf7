import { describe, expect, it } from 'vitest';
import { readInWorker } from './read-client';
import type { ReadProgress } from './read';

const GIFT =
	'::q1:: Capital of Kosovo? {=Pristina ~Prizren}\n\n::q2:: Kosovo is in Europe.{TRUE}\n';
const source = { name: 'balkans.gift', bytes: new TextEncoder().encode(GIFT) };

describe('readInWorker', () => {
	it('reads on this thread where no worker can start, reporting progress', async () => {
		// Node has no Worker: the same reader runs here.
		const progress: ReadProgress[] = [];
		const outcome = await readInWorker(source, 'gift', { onProgress: (p) => progress.push(p) });
		expect(outcome.kind === 'questions' && outcome.result.questions.length).toBe(2);
		expect(progress.map((p) => p.stage)).toEqual(['loading', 'reading']);
	});

	it('rejects with an AbortError when cancelled before it starts', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(readInWorker(source, 'gift', { signal: controller.signal })).rejects.toMatchObject(
			{
				name: 'AbortError'
			}
		);
	});
});
