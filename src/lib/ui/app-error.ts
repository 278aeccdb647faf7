/**
 * What the error page says, in words a student or teacher can act on. A first visit on a bad
 * network fails in two ways: a script (a route's code chunk) does not download, which SvelteKit
 * reports as a 500 with "Failed to fetch dynamically imported module" or "Importing a module
 * script failed" (Safari), or the page itself does not load. Neither is an app version problem
 * or a bug: the person should retry, and nothing they stored is at risk.
 */

export interface AppErrorText {
	title: string;
	lead: string;
	/** Whether trying again may help (then the page offers Retry). */
	retry: boolean;
}

/** Messages browsers give when a download fails (Chromium, Firefox, Safari). */
const DOWNLOAD_FAILED =
	/failed to fetch|dynamically imported module|importing a module script failed|error loading|networkerror|load failed|network ?error|chunk/i;

/**
 * Whether `error` is a download that failed: a lazily loaded module (a file reader, the question
 * maker, an importer), a worker's script or an engine (wasm) the browser could not fetch, as on
 * a first visit gone offline before the app was all saved. Read from its name and message, the
 * only thing browsers give (Chromium: "Failed to fetch dynamically imported module: …").
 */
export function isDownloadFailure(error: unknown): boolean {
	const said = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return DOWNLOAD_FAILED.test(said);
}

/**
 * The words for work that needs a part of the app not downloaded yet: `task` is what needs it
 * ("Reading PDF files"), `then` what to do once connected ("add “Cells.pdf” again, or paste its
 * text"). An outsider student offline at 37% saved picked a PDF and got no message at all, then
 * "Add a document first" (session 34).
 */
export function notDownloadedText(task: string, then: string): string {
	return `${task} needs the part of the app that is still downloading: connect to the internet once, then ${then}.`;
}

/** `status`: the HTTP-like status SvelteKit reports; `message`: its error message; `online`: navigator.onLine. */
export function describeAppError(status: number, message: string, online: boolean): AppErrorText {
	if (status === 404)
		return { title: 'Page not found', lead: 'There is no screen at this address.', retry: false };
	if (!online || DOWNLOAD_FAILED.test(message))
		return {
			title: 'Part of Flashpoint did not download',
			lead: online
				? 'The connection dropped while this screen was loading. Try again; once a screen has loaded, it works offline.'
				: 'This device is offline and this screen has not been saved on it yet. Connect and try again.',
			retry: true
		};
	return {
		title: 'Something went wrong',
		lead: 'This screen hit an error. Your progress is stored on this device and is safe. Try again, or go to Home.',
		retry: true
	};
}

/**
 * Home's words when the progress could not be read. A code chunk that did not download (the
 * first visit going offline before "ready") is no problem with the progress: Home said "Your
 * progress could not be read: Failed to fetch dynamically imported module: …", which reads as
 * lost data beside the Offline badge's "everything keeps working" (outsider, session 21). It
 * gets the error page's words and Retry; any other failure keeps its own message.
 */
export function describeReadProblem(
	message: string,
	online: boolean
): { text: string; retry: boolean } {
	if (!DOWNLOAD_FAILED.test(message))
		return { text: `Your progress could not be read: ${message}`, retry: false };
	const { title, lead } = describeAppError(500, message, online);
	return { text: `${title}. ${lead} Your progress on this device is safe.`, retry: true };
}
