import * as v from 'valibot';
import { deviceStorage, readList, writeList, type ListStorage } from '$lib/db/local-list';

/**
 * Half-typed answers kept until they are submitted: "Reload" on the new-version note (or any
 * reload) showed the same question again with an empty field (outsider from Anki), and closing
 * the tab mid-question lost the text too, since it was kept in the tab's `sessionStorage`
 * (outsider student, 2 December). The update still reloads at once: a question merely on screen
 * holds nothing back (`studyActivity`). Each question's text is kept in this device's
 * `localStorage` (so it outlives the tab and the browser), the last `MAX_DRAFTS` questions at
 * most, and put back whenever that question shows again, in any tab. Submitting clears that
 * question's. Storage that refuses (private mode, full) only loses the draft, never the answer.
 */

const KEY = 'flashpoint-draft-answers';
/** Longer text is not a half-typed answer worth keeping (and keeps the entry small). */
const MAX_CHARS = 2000;
/** Questions whose drafts are kept (the most recently typed in); older ones are dropped. */
export const MAX_DRAFTS = 20;

const DraftsSchema = v.array(
	v.object({
		questionId: v.string(),
		text: v.pipe(v.string(), v.maxLength(MAX_CHARS))
	})
);

type Draft = v.InferOutput<typeof DraftsSchema>[number];
type DraftStorage = ListStorage;

/** The kept drafts, newest last ([] when none or unreadable). */
function readAll(storage: DraftStorage | null): Draft[] {
	return readList(storage, KEY, DraftsSchema);
}

function writeAll(drafts: Draft[], storage: DraftStorage | null): void {
	// Full or refused: the draft is only a convenience.
	writeList(storage, KEY, drafts, MAX_DRAFTS);
}

/** Keeps `text` typed for `questionId` (an empty text forgets that question's draft). */
export function saveDraftAnswer(
	questionId: string,
	text: string,
	storage: DraftStorage | null = deviceStorage()
): void {
	const others = readAll(storage).filter((draft) => draft.questionId !== questionId);
	writeAll(text ? [...others, { questionId, text: text.slice(0, MAX_CHARS) }] : others, storage);
}

/** The text kept for `questionId`, or '' (none, or unreadable). */
export function readDraftAnswer(
	questionId: string,
	storage: DraftStorage | null = deviceStorage()
): string {
	return readAll(storage).find((draft) => draft.questionId === questionId)?.text ?? '';
}

/** Forgets `questionId`'s draft (its answer was submitted). */
export function clearDraftAnswer(
	questionId: string,
	storage: DraftStorage | null = deviceStorage()
): void {
	saveDraftAnswer(questionId, '', storage);
}

/** How long typing pauses before its draft is written (ms). */
export const DRAFT_QUIET_MS = 300;

/** Where leaving the page is heard: `window`'s `pagehide`, `document`'s `visibilitychange`. */
export interface LeaveTargets {
	window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
	document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
		visibilityState: DocumentVisibilityState;
	};
}

function pageTargets(): LeaveTargets | null {
	return typeof window === 'undefined' ? null : { window, document };
}

/**
 * Keeps what is typed in the answer field, one write per pause in typing rather than one per
 * keystroke (fca6bff parsed and rewrote the whole list on every key), and at once when the page
 * is left or hidden (`pagehide`: a reload, a closed tab; `visibilitychange` to hidden: a phone
 * that kills the app in the background fires nothing after it), so a draft still survives them.
 * `stop` writes what waits and stops listening (the Study screen closed).
 */
export function draftKeeper(
	storage: DraftStorage | null = deviceStorage(),
	targets: LeaveTargets | null = pageTargets()
) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let waiting: Draft | null = null;

	function flush(): void {
		clearTimeout(timer);
		timer = undefined;
		if (waiting) saveDraftAnswer(waiting.questionId, waiting.text, storage);
		waiting = null;
	}
	const onHidden = () => {
		if (targets?.document.visibilityState === 'hidden') flush();
	};
	targets?.window.addEventListener('pagehide', flush);
	targets?.document.addEventListener('visibilitychange', onHidden);

	return {
		/** `text` is now in `questionId`'s field: written after the next pause. */
		type(questionId: string, text: string): void {
			if (waiting && waiting.questionId !== questionId) flush();
			waiting = { questionId, text };
			clearTimeout(timer);
			timer = setTimeout(flush, DRAFT_QUIET_MS);
		},
		/** The text kept for `questionId`, including what still waits for its pause. */
		read(questionId: string): string {
			flush();
			return readDraftAnswer(questionId, storage);
		},
		/** Forgets `questionId`'s draft, written or waiting (its answer was submitted). */
		forget(questionId: string): void {
			if (waiting?.questionId === questionId) waiting = null;
			flush();
			clearDraftAnswer(questionId, storage);
		},
		/** Writes what waits now. */
		flush,
		stop(): void {
			flush();
			targets?.window.removeEventListener('pagehide', flush);
			targets?.document.removeEventListener('visibilitychange', onHidden);
		}
	};
}
