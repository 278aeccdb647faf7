import type { Lexicon } from '$lib/generator/facts';
import { runOnce } from '$lib/workers/run-once';

/** The request to `lexicon.worker.ts`: one document's id and text. */
export interface LexiconRequest {
	doc: string;
	text: string;
}

/** Its reply: the lexicon (Maps and Sets survive structured cloning), or the failure's message. */
export type LexiconReply = { ok: true; lexicon: Lexicon } | { ok: false; message: string };

/** One lexicon per document and text, for as long as the page lives. */
const cache = new Map<string, Promise<Lexicon>>();

/**
 * The lexicon of document `doc` (its people, places, organisations, acronyms, figures), built
 * once per page in a Web Worker (`lexicon.worker.ts`); where a module worker cannot start, on
 * this thread, loaded on demand. Rejects with the generator's error if building fails (the
 * cache then forgets it, so a later call tries again).
 */
export function documentLexicon(doc: string, text: string): Promise<Lexicon> {
	const key = `${doc}|${text.length}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const made = inWorker({ doc, text });
	cache.set(key, made);
	made.catch(() => cache.delete(key));
	return made;
}

function inWorker(request: LexiconRequest): Promise<Lexicon> {
	return runOnce(
		() => new Worker(new URL('./lexicon.worker.ts', import.meta.url), { type: 'module' }),
		request,
		(reply: LexiconReply) => {
			if (reply.ok) return reply.lexicon;
			throw new Error(reply.message);
		},
		onThisThread
	);
}

async function onThisThread({ doc, text }: LexiconRequest): Promise<Lexicon> {
	const [{ buildLexicon }, { documentSentences }] = await Promise.all([
		import('$lib/generator/facts'),
		import('./cloze-suggest')
	]);
	return buildLexicon(documentSentences(doc, text));
}
