import { expect, test } from './page-errors';
import { TEST_CHROMIUM } from '../../scripts/test-chromium.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeResult } from '../../src/lib/quiz/result-code';
import { writeQrVideo } from './fake-camera';
import { gotoApp } from './helpers';

/**
 * The camera scanner against Chromium's fake camera playing a QR code. Chromium on Linux has
 * no native BarcodeDetector, so this exercises the ZXing polyfill and its wasm, loaded from our
 * own origin under the CSP.
 */
const video = join(tmpdir(), `flashpoint-qr-${process.pid}.y4m`);
const RESULT_FOR_UNKNOWN_QUIZ = encodeResult({
	quizId: 'notSavedQuiz1',
	attemptId: 'attempt1',
	name: 'Ana',
	answers: [0],
	seconds: 5,
	finishedAt: 0
});

test.use({
	launchOptions: {
		executablePath: TEST_CHROMIUM,
		args: [
			'--no-sandbox',
			'--use-fake-ui-for-media-stream',
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	},
	permissions: ['camera']
});

// A camera whose best is 1280×720: the scanner must get that, not the 640×480 default.
test.beforeAll(() => writeQrVideo(video, RESULT_FOR_UNKNOWN_QUIZ, 10, 1280, 720));

test(
	'the student’s scanner reads a QR code from the camera',
	{ tag: '@phone' },
	async ({ page }) => {
		const wasm: string[] = [];
		page.on('request', (r) => {
			if (r.url().endsWith('.wasm')) wasm.push(r.url());
		});
		// This fake camera has no focus control; pretend it offers continuous focus, and record
		// what the scanner asks of it.
		await page.addInitScript(() => {
			const track = MediaStreamTrack.prototype;
			const capabilities = track.getCapabilities;
			const apply = track.applyConstraints;
			const log: unknown[] = [];
			(window as unknown as { applied: unknown[] }).applied = log;
			track.getCapabilities = function () {
				return { ...capabilities.call(this), focusMode: ['manual', 'continuous'] };
			};
			track.applyConstraints = function (constraints) {
				log.push(constraints);
				return apply.call(this, constraints);
			};
			const asked: unknown[] = [];
			const sizes: string[] = [];
			Object.assign(window, { asked, sizes });
			const devices = navigator.mediaDevices;
			const getUserMedia = devices.getUserMedia.bind(devices);
			devices.getUserMedia = async (constraints) => {
				asked.push(constraints);
				const media = await getUserMedia(constraints);
				const { width, height } = media.getVideoTracks()[0].getSettings();
				sizes.push(`${width}×${height}`);
				return media;
			};
		});
		await gotoApp(page, '/quiz');
		expect(wasm, 'the scanner costs nothing until it is used').toEqual([]);
		const native = await page.evaluate(() => 'BarcodeDetector' in window);
		await page.getByRole('button', { name: 'Scan a QR code' }).click();
		// The fake camera shows a result code, which the quiz screen refuses with its reason:
		// proof that the frame was decoded.
		await expect(page.getByRole('alert')).toContainText('result code, not a quiz link', {
			timeout: 20_000
		});
		const seen = await page.evaluate(() => {
			const w = window as unknown as { applied: unknown[]; asked: unknown[]; sizes: string[] };
			return { applied: w.applied, asked: w.asked, sizes: w.sizes };
		});
		// The scanner asks for the best the camera has, and gets this camera's best, 1280×720 (a
		// request with no size gets 640×480 from a real camera; this fake one has only its file's).
		expect(seen.asked).toEqual([
			{
				video: {
					facingMode: { ideal: 'environment' },
					width: { ideal: 1920 },
					height: { ideal: 1080 }
				},
				audio: false
			}
		]);
		expect(seen.sizes).toEqual(['1280×720']);
		expect(seen.applied).toEqual([{ advanced: [{ focusMode: 'continuous' }] }]);
		if (!native) {
			expect(wasm).toHaveLength(1);
			expect(new URL(wasm[0]).origin).toBe(new URL(page.url()).origin);
		}
	}
);

test(
	'the teacher’s scanner reads result codes and refuses one for another quiz',
	{ tag: '@desktop' },
	async ({ page }) => {
		await gotoApp(page, '/classroom/new');
		await page.getByLabel('Number of questions').fill('2');
		await page.getByRole('button', { name: 'Create quiz and share' }).click();
		await page.getByRole('button', { name: 'Scan result QR codes' }).click();
		await expect(page.getByText('Ana: This result is for another quiz')).toBeVisible({
			timeout: 20_000
		});
		// Still scanning, and the same code in view is not added again and again.
		await expect(page.getByRole('button', { name: 'Stop scanning' })).toBeVisible();
		await expect(page.getByText('Ana: This result is for another quiz')).toHaveCount(1);
		await page.getByRole('button', { name: 'Stop scanning' }).click();
		await expect(page.getByRole('button', { name: 'Scan result QR codes' })).toBeVisible();
	}
);
