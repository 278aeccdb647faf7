import { describe, expect, it } from 'vitest';
import { runOnce, type OnceWorker } from './run-once';

/** A worker that answers with `reply` (or fails to load) when posted to. */
function fakeWorker(reply: { data: unknown } | 'crash') {
	const posted: unknown[] = [];
	let terminated = 0;
	const worker: OnceWorker = {
		onmessage: null,
		onerror: null,
		postMessage(message: unknown) {
			posted.push(message);
			queueMicrotask(() => {
				if (reply === 'crash') worker.onerror?.({ preventDefault() {} } as unknown as ErrorEvent);
				else worker.onmessage?.(reply as MessageEvent);
			});
		},
		terminate: () => void terminated++
	};
	return { worker, posted, terminated: () => terminated };
}

const settle = (reply: { ok: boolean; value: string }) => {
	if (!reply.ok) throw new Error(reply.value);
	return reply.value;
};
const fallback = async (request: string) => `here: ${request}`;

describe('runOnce: one request to a fresh worker', () => {
	it('posts the request, settles the reply and terminates the worker', async () => {
		const fake = fakeWorker({ data: { ok: true, value: 'read' } });
		await expect(runOnce(() => fake.worker, 'paste', settle, fallback)).resolves.toBe('read');
		expect(fake.posted).toEqual(['paste']);
		expect(fake.terminated()).toBe(1);
	});

	it('rejects with what settling the reply throws (the worker’s own error)', async () => {
		const fake = fakeWorker({ data: { ok: false, value: 'empty' } });
		await expect(runOnce(() => fake.worker, 'paste', settle, fallback)).rejects.toThrow('empty');
		expect(fake.terminated()).toBe(1);
	});

	it('does the work on this thread when no worker starts or the worker fails', async () => {
		const none = () => {
			throw new Error('no module workers');
		};
		await expect(runOnce(none, 'paste', settle, fallback)).resolves.toBe('here: paste');
		const crashed = fakeWorker('crash');
		await expect(runOnce(() => crashed.worker, 'file', settle, fallback)).resolves.toBe(
			'here: file'
		);
		expect(crashed.terminated()).toBe(1);
	});
});
