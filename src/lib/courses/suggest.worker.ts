// Ranks a document's sentences to ask about ("More sentences to ask about") off the main thread:
// the marks, facts and blanks of every sentence took one long task on a big document (suggest2).
// The document's lexicon is read here once per document and kept while the page lives. One
// answer, with the names read: a quick one without them first showed other blanks, then moved
// and changed them under the teacher's eyes (docs40, issue 12).
import { buildLexicon, type Lexicon } from '$lib/generator/facts';
import { documentSentences } from './cloze-suggest';
import { suggestSentences } from './sentence-suggest';
import type { SuggestReply, SuggestRequest } from './suggest-client';

const lexicons = new Map<string, Lexicon>();

self.onmessage = (event: MessageEvent<SuggestRequest>) => {
	const { id, document, taken, asked, limit } = event.data;
	const rank = (lexicon: Lexicon) =>
		suggestSentences(document, lexicon, { taken: new Set(taken), asked, limit });
	try {
		const key = `${document.id}|${document.text?.length ?? 0}`;
		let lexicon = lexicons.get(key);
		if (!lexicon) {
			lexicon = buildLexicon(documentSentences(document.id, document.text ?? ''));
			lexicons.set(key, lexicon);
		}
		const reply: SuggestReply = { id, ok: true, suggestions: rank(lexicon) };
		self.postMessage(reply);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		self.postMessage({ id, ok: false, message } satisfies SuggestReply);
	}
};
