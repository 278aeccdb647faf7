// Runs the question generator off the main thread: a long article takes seconds of CPU, which
// on the main thread would freeze the screen, its progress bar and its Cancel button.
import type { DocumentDraft } from '$lib/documents/draft';
import { generateDrafts, warmGenerator } from './generate';
import type { WorkerReply, WorkerRequest } from './generate-client';

let controller: AbortController | undefined;

const reply = (message: WorkerReply) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const message = event.data;
	if (message.type === 'cancel') {
		controller?.abort();
		return;
	}
	if (message.type === 'warm') return warmGenerator();
	controller = new AbortController();
	try {
		const documents = await generateDrafts(message.drafts as DocumentDraft[], {
			now: message.now,
			signal: controller.signal,
			onProgress: (progress) => reply({ type: 'progress', progress })
		});
		reply({ type: 'done', documents });
	} catch (error) {
		if (error instanceof DOMException && error.name === 'AbortError') reply({ type: 'cancelled' });
		else reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
