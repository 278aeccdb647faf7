// Installs the built-in course off the main thread: parsing and validating the 600 KB bank
// takes long tasks of 100+ ms on a phone, which would block the first screen a new user sees.
import { getDb } from '$lib/db/schema';
import { installBuiltinCourse } from './install';

/** Message in: `{ url, hash }` of the shipped bank. Out: `{ ok: true }` or `{ ok: false, error }`. */
self.onmessage = async (event: MessageEvent<{ url: string; hash: string }>) => {
	try {
		await installBuiltinCourse(getDb(), event.data.url, event.data.hash);
		self.postMessage({ ok: true });
	} catch (error) {
		self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
	}
};
