/** The part of the Barcode Detection API the scanner uses (native or polyfilled). */
export interface QrDetector {
	detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

interface DetectorConstructor {
	new (options: { formats: string[] }): QrDetector;
	getSupportedFormats?(): Promise<string[]>;
}

/**
 * The browser's own BarcodeDetector when it reads QR codes, else the ZXing polyfill, loaded on
 * demand (it is a separate chunk plus a wasm file, so it costs nothing until someone scans).
 * The wasm is served from our own origin: the polyfill's default is a CDN, which the CSP
 * forbids and which would not work offline anyway. (`zxing-wasm` is barcode-detector's own
 * dependency, pinned exactly by it, so the wasm always matches the polyfill's glue code.)
 */
export async function createQrDetector(): Promise<QrDetector> {
	const native = (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
	if (native) {
		try {
			const formats = (await native.getSupportedFormats?.()) ?? [];
			if (formats.includes('qr_code')) return new native({ formats: ['qr_code'] });
		} catch {
			// Fall through to the polyfill.
		}
	}
	const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([
		import('barcode-detector/ponyfill'),
		import('zxing-wasm/reader/zxing_reader.wasm?url')
	]);
	prepareZXingModule({
		overrides: {
			locateFile: (path: string, prefix: string) =>
				path.endsWith('.wasm') ? wasmUrl : prefix + path
		}
	});
	return new BarcodeDetector({ formats: ['qr_code'] }) as unknown as QrDetector;
}

/**
 * The camera we ask for: the back camera at the best resolution it has. Browsers default to
 * 640×480, at which a projected or phone-screen QR code reads from about 1.6 m; at 1920×1080 the
 * same code reads from several metres. `ideal` values never fail: a camera without them gives
 * its best.
 */
export const CAMERA_CONSTRAINTS: MediaStreamConstraints = {
	video: {
		facingMode: { ideal: 'environment' },
		width: { ideal: 1920 },
		height: { ideal: 1080 }
	},
	audio: false
};

/**
 * Asks a running camera to keep refocusing (a student holds the phone at changing distances),
 * where the camera says it can. `focusMode` is not in TypeScript's DOM types yet (it is in the
 * W3C Image Capture spec). Never throws: a camera without it keeps its default.
 */
export async function focusContinuously(track: MediaStreamTrack | undefined): Promise<void> {
	try {
		const capabilities = (track?.getCapabilities?.() ?? {}) as { focusMode?: string[] };
		if (!track || !capabilities.focusMode?.includes('continuous')) return;
		await track.applyConstraints({
			advanced: [{ focusMode: 'continuous' } as MediaTrackConstraintSet]
		});
	} catch {
		// The camera refused; its default focus still works.
	}
}

/** A camera failure in words a student or teacher can act on. */
export function cameraErrorMessage(error: unknown): string {
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	switch (name) {
		case 'NotAllowedError':
		case 'SecurityError':
			return 'Camera access was denied. Allow the camera for this site in your browser’s settings, or paste the code instead.';
		case 'NotFoundError':
		case 'OverconstrainedError':
			return 'No camera was found on this device. Paste the code instead.';
		case 'NotReadableError':
			return 'The camera is busy in another app. Close it and try again, or paste the code instead.';
		case 'Unsupported':
			return 'This browser cannot use the camera here. Paste the code instead.';
		default:
			return 'The camera could not be started. Paste the code instead.';
	}
}
