// The import screen's session off the main thread: a 20 MB deck takes seconds to parse, a 5 MB
// sheet seconds to map, and 30,000 questions seconds to check against a course, each of which on
// the main thread would freeze the screen, its progress bar and its Cancel button. The file, the
// mapped questions and the plan stay here; the page gets counts and the first questions. Cancel
// ends this worker (`read-client.ts`), so it needs no message of its own.
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
		case 'store':
			return session.store(call.request);
	}
}

self.onmessage = async (event: MessageEvent<SessionCall>) => {
	const call = event.data;
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
