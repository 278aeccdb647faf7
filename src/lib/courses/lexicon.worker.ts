// Builds a document's lexicon (names, places, organisations) off the main thread: the tagger
// takes about a second per 10 KB of text on a slow machine, which would freeze the screen.
import { buildLexicon } from '$lib/generator/facts';
import { documentSentences } from './cloze-suggest';
import type { LexiconReply, LexiconRequest } from './lexicon-client';

self.onmessage = (event: MessageEvent<LexiconRequest>) => {
	const { doc, text } = event.data;
	try {
		const reply: LexiconReply = { ok: true, lexicon: buildLexicon(documentSentences(doc, text)) };
		self.postMessage(reply);
	} catch (error) {
		const reply: LexiconReply = {
			ok: false,
			message: error instanceof Error ? error.message : String(error)
		};
		self.postMessage(reply);
	}
};
