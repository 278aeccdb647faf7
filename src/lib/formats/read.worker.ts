// Reads an import file off the main thread: a 20 MB deck takes seconds of parsing, which on the
// main thread would freeze the screen, its progress bar and its Cancel button. Cancel ends this
// worker (`read-client.ts`), so it needs no message of its own.
import { readImport } from './read';
import type { ReadReply, ReadRequest } from './read-client';
import { loadSqliteFrom } from './sqlite-engine';

const reply = (message: ReadReply) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
	const { source, format, sqliteWasmUrl } = event.data;
	const loadSqlite = () => loadSqliteFrom(sqliteWasmUrl);
	const outcome = await readImport(source, format, loadSqlite, (progress) =>
		reply({ type: 'progress', progress })
	);
	reply({ type: 'done', outcome });
};
