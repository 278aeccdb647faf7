import type { SentenceSuggestion, SuggestDocument, SuggestionReason } from './sentence-suggest';

/**
 * Suggested sentences ranked in a Web Worker (`suggest.worker.ts`), so the review screen never
 * freezes on a big document (suggest2: ranking ran on the main thread in one long task). Light:
 * the screen loads this, never the generator, unless a module worker cannot start (an old
 * browser), when the same ranking runs on this thread, loaded on demand.
 */

/** Each reason in words, for the screen ("opens the document, a date or year and what happened"). */
export const REASON_WORDS: Record<SuggestionReason, string> = {
	lead: 'opens the document',
	topic: 'opens a paragraph',
	definition: 'defines a term',
	dated: 'a date or year and what happened',
	figure: 'a figure',
	cause: 'a cause or consequence',
	subject: 'names the subject'
};

/**
 * A request to the worker: rank `document`'s sentences, leaving out `taken`, up to `limit`, a
 * term in `asked` (the answers of its drafts and questions) last.
 */
export interface SuggestRequest {
	id: number;
	document: SuggestDocument;
	taken: string[];
	asked: string[];
	limit: number;
}

/** What the ranking leaves out or puts last: exact sentences taken, answers asked already. */
export interface SuggestAsked {
	taken: string[];
	asked: string[];
}

/**
 * Its reply: one answer, with the document's names read (a quick answer without them, shown
 * first, changed blanks under the teacher's eyes: docs40), or the failure's message.
 */
export type SuggestReply =
	| { id: number; ok: true; suggestions: SentenceSuggestion[] }
	| { id: number; ok: false; message: string };

type OnResult = (suggestions: SentenceSuggestion[]) => void;
type OnError = (message: string) => void;

/** What `suggestionRanker` gives: `rank` to ask (a newer call supersedes older ones), `stop`. */
export interface SuggestionRanker {
	/**
	 * Ranks `document` (`taken`: exact sentences with a draft or question already, left out;
	 * `asked`: their answers, whose terms come last; `limit`: how many, at most) and calls `onResult` once with the answer, or `onError` with a message.
	 * The answer to a superseded request is dropped.
	 */
	rank(
		document: SuggestDocument,
		already: SuggestAsked,
		limit: number,
		onResult: OnResult,
		onError: OnError
	): void;
	/** Ends the worker (the component is gone). */
	stop(): void;
}

/** One worker for one screen section; on this thread where a module worker cannot start. */
export function suggestionRanker(): SuggestionRanker {
	let latest = 0;
	let worker: Worker | undefined;
	let current: { id: number; onResult: OnResult; onError: OnError } | undefined;
	try {
		worker = new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<SuggestReply>) => {
			const reply = event.data;
			if (!current || reply.id !== current.id) return;
			if (reply.ok) current.onResult(reply.suggestions);
			else current.onError(reply.message);
		};
	} catch {
		worker = undefined;
	}
	return {
		rank(document, { taken, asked }, limit, onResult, onError) {
			const id = ++latest;
			current = { id, onResult, onError };
			const request: SuggestRequest = {
				id,
				document: { id: document.id, title: document.title, text: document.text },
				taken,
				asked,
				limit
			};
			if (worker) {
				worker.onerror = (event) => {
					// The worker failed to load (a blocked module worker): rank here from now on.
					event.preventDefault();
					worker?.terminate();
					worker = undefined;
					if (current?.id === id) void onThisThread(request, onResult, onError);
				};
				worker.postMessage(request);
			} else void onThisThread(request, onResult, onError);
		},
		stop() {
			worker?.terminate();
			worker = undefined;
			current = undefined;
		}
	};

	async function onThisThread(
		{ id, document, taken, asked, limit }: SuggestRequest,
		onResult: OnResult,
		onError: OnError
	) {
		try {
			const [{ suggestSentences }, { documentLexicon }] = await Promise.all([
				import('./sentence-suggest'),
				import('./lexicon-client')
			]);
			const lexicon = await documentLexicon(document.id, document.text ?? '');
			if (current?.id !== id) return;
			onResult(suggestSentences(document, lexicon, { taken: new Set(taken), asked, limit }));
		} catch (error) {
			onError(error instanceof Error ? error.message : String(error));
		}
	}
}
