// Ranks a document's sentences to ask about ("More sentences to ask about") off the main thread:
// the marks, facts and blanks of every sentence took one long task on a big document (suggest2).
// The document's lexicon is read here once per document and kept while the page lives.
import { buildLexicon, type Lexicon } from '$lib/generator/facts';
import { documentSentences, emptyLexicon } from './cloze-suggest';
import { suggestSentences } from './sentence-suggest';
import type { SuggestReply, SuggestRequest } from './suggest-client';

const lexicons = new Map<string, Lexicon>();

self.onmessage = (event: MessageEvent<SuggestRequest>) => {
	const { id, document, taken, limit } = event.data;
	const rank = (lexicon: Lexicon) =>
		suggestSentences(document, lexicon, { taken: new Set(taken), limit });
	try {
		const key = `${document.id}|${document.text?.length ?? 0}`;
		let lexicon = lexicons.get(key);
		if (!lexicon) {
			// Years, dates and figures first, while the names are read (the tagger takes a while).
			self.postMessage({ id, ok: true, final: false, suggestions: rank(emptyLexicon()) });
			lexicon = buildLexicon(documentSentences(document.id, document.text ?? ''));
			lexicons.set(key, lexicon);
		}
		const reply: SuggestReply = { id, ok: true, final: true, suggestions: rank(lexicon) };
		self.postMessage(reply);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		self.postMessage({ id, ok: false, message } satisfies SuggestReply);
	}
};
