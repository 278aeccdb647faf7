import { describe, expect, it } from 'vitest';
import { revealInSteps } from './reveal';

/** A pause the test releases by hand, so no timing is involved. */
function manualPause() {
	const waiting: (() => void)[] = [];
	return {
		pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
		async release() {
			waiting.shift()?.();
			await Promise.resolve();
			await Promise.resolve();
		},
		get pending() {
			return waiting.length;
		}
	};
}

describe('revealInSteps', () => {
	it('grows the count by one step per pause up to the target, never past it', async () => {
		const { pause, release } = manualPause();
		const shown: number[] = [];
		revealInSteps(10, 35, 10, (n) => shown.push(n), pause);
		expect(shown).toEqual([]);
		for (let i = 0; i < 5; i++) await release();
		expect(shown).toEqual([20, 30, 35]);
	});

	it('shows nothing when the target is already reached', async () => {
		const manual = manualPause();
		const shown: number[] = [];
		revealInSteps(50, 50, 10, (n) => shown.push(n), manual.pause);
		revealInSteps(50, 20, 10, (n) => shown.push(n), manual.pause);
		await Promise.resolve();
		expect(manual.pending).toBe(0);
		expect(shown).toEqual([]);
	});

	it('stops: no count is shown after stop, even one already waiting', async () => {
		const { pause, release } = manualPause();
		const shown: number[] = [];
		const stop = revealInSteps(0, 100, 25, (n) => shown.push(n), pause);
		await release();
		stop();
		await release();
		await release();
		expect(shown).toEqual([25]);
	});

	it('takes a step of at least one item', async () => {
		const { pause, release } = manualPause();
		const shown: number[] = [];
		revealInSteps(0, 2, 0, (n) => shown.push(n), pause);
		await release();
		await release();
		expect(shown).toEqual([1, 2]);
	});

	it('yields in real tasks by default and reaches the target', async () => {
		const shown: number[] = [];
		await new Promise<void>((resolve) =>
			revealInSteps(0, 30, 10, (n) => {
				shown.push(n);
				if (n === 30) resolve();
			})
		);
		expect(shown).toEqual([10, 20, 30]);
	});
});
