import { describe, expect, it } from 'vitest';
import { UpdateGuard } from './update-guard';

/** Whether a promise has settled by the time queued microtasks have run. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
	let settled = false;
	void promise.then(() => (settled = true));
	await new Promise((resolve) => setTimeout(resolve, 0));
	return settled;
}

describe('UpdateGuard', () => {
	it('lets an update through at once when nothing is held', async () => {
		const guard = new UpdateGuard();
		expect(guard.held).toBe(false);
		expect(await isSettled(guard.whenClear())).toBe(true);
	});

	it('waits until every hold is released', async () => {
		const guard = new UpdateGuard();
		const releaseAnswer = guard.hold('saving an answer');
		const releaseReview = guard.hold('showing feedback');
		expect(guard.reasons).toEqual(['saving an answer', 'showing feedback']);

		const clear = guard.whenClear();
		releaseAnswer();
		expect(await isSettled(clear)).toBe(false);
		releaseReview();
		expect(await isSettled(clear)).toBe(true);
		expect(guard.held).toBe(false);
	});

	it('ignores a second release of the same hold', async () => {
		const guard = new UpdateGuard();
		const first = guard.hold('saving an answer');
		guard.hold('saving another answer');
		first();
		first();
		expect(guard.reasons).toEqual(['saving another answer']);
		expect(await isSettled(guard.whenClear())).toBe(false);
	});

	it('keeps separate holds with the same reason apart', () => {
		const guard = new UpdateGuard();
		const a = guard.hold('answer');
		guard.hold('answer');
		a();
		expect(guard.held).toBe(true);
	});

	it('reports every change so the interface can follow', () => {
		let changes = 0;
		const guard = new UpdateGuard(() => changes++);
		const release = guard.hold('answer');
		release();
		release();
		expect(changes).toBe(2);
	});
});
