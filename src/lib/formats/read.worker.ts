// The import screen's session off the main thread: a 20 MB deck takes seconds to parse, a 5 MB
// sheet seconds to map, and 30,000 questions seconds to check against a course, each of which on
// the main thread would freeze the screen, its progress bar and its Cancel button. The file, the
// mapped questions and the plan stay here; the page gets counts and the first questions. Cancel
// while reading ends this worker (`read-client.ts`); Cancel while storing is a message, so the
// store's transaction is aborted by its own code (`store-progress.ts`) and nothing is written.
import { ImportSession } from '$lib/courses/import-session';
import { getDb } from '$lib/db/schema';
import type { SessionCall, SessionReply } from './read-client';
import { loadSqliteFrom } from './sqlite-engine';

let wasmUrl = '';
const session = new ImportSession({ loadSqlite: () => loadSqliteFrom(wasmUrl), db: getDb });
const reply = (message: SessionReply) => self.postMessage(message);

async function run(call: SessionCall): Promise<unknown> {
	switch (call.method) {
		case 'open':
			wasmUrl = call.sqliteWasmUrl;
			return session.open(call.source, call.format, (progress) =>
				reply({ id: call.id, type: 'progress', progress })
			);
		case 'preview':
			return session.preview(call.request);
		case 'more':
			return session.more(call.from, call.count);
		case 'store': {
			const cancel = new AbortController();
			stores.set(call.id, cancel);
			try {
				return await session.store(call.request, {
					signal: cancel.signal,
					onProgress: (progress) => reply({ id: call.id, type: 'progress', progress })
				});
			} finally {
				stores.delete(call.id);
			}
		}
		case 'cancel':
			return;
	}
}

/** The Cancel of each store call in progress, by call id. */
const stores = new Map<number, AbortController>();

self.onmessage = async (event: MessageEvent<SessionCall>) => {
	const call = event.data;
	// Cancel is handled at once, between the store's writes (it checks between chunks), and
	// needs no reply of its own: the store's reply says whether it stopped.
	if (call.method === 'cancel') return stores.get(call.target)?.abort();
	try {
		reply({ id: call.id, type: 'done', value: await run(call) });
	} catch (error) {
		reply({
			id: call.id,
			type: 'error',
			name: error instanceof Error ? error.name : 'Error',
			message: error instanceof Error ? error.message : String(error)
		});
	}
};
