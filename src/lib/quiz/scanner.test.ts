import { describe, expect, it, vi } from 'vitest';
import { CAMERA_CONSTRAINTS, focusContinuously } from './scanner';

describe('camera request', () => {
	it('asks for the back camera at 1920×1080 or the best it has', () => {
		expect(CAMERA_CONSTRAINTS.video).toMatchObject({
			facingMode: { ideal: 'environment' },
			width: { ideal: 1920 },
			height: { ideal: 1080 }
		});
	});

	it('turns on continuous focus only where the camera offers it, and never throws', async () => {
		const track = (modes?: string[]) =>
			({
				getCapabilities: () => (modes ? { focusMode: modes } : {}),
				applyConstraints: vi.fn(async () => {
					throw new Error('refused');
				})
			}) as unknown as MediaStreamTrack & { applyConstraints: ReturnType<typeof vi.fn> };
		const able = track(['manual', 'continuous']);
		await focusContinuously(able);
		expect(able.applyConstraints).toHaveBeenCalledWith({
			advanced: [{ focusMode: 'continuous' }]
		});
		const fixed = track();
		await focusContinuously(fixed);
		expect(fixed.applyConstraints).not.toHaveBeenCalled();
		await expect(focusContinuously(undefined)).resolves.toBeUndefined();
	});
});
