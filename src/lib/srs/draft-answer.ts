import * as v from 'valibot';

/**
 * A half-typed answer kept across a reload of the tab: "Reload" on the new-version note (or any
 * reload) showed the same question again with an empty field, and what the student had typed
 * was gone (outsider from Anki). The update still reloads at once: a question merely on screen
 * holds nothing back (`studyActivity`); its typed text is kept in this tab's `sessionStorage`,
 * one answer at most, and put back when the same question shows. Submitting clears it. Storage
 * that refuses (private mode, full) only loses the draft, never the answer.
 */

const KEY = 'flashpoint-draft-answer';
/** Longer text is not a half-typed answer worth keeping (and keeps the entry small). */
const MAX_CHARS = 2000;

const DraftSchema = v.object({
	questionId: v.string(),
	text: v.pipe(v.string(), v.maxLength(MAX_CHARS))
});

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function session(): DraftStorage | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null;
	}
}

/** Keeps `text` typed for `questionId` (an empty text forgets it). */
export function saveDraftAnswer(
	questionId: string,
	text: string,
	storage: DraftStorage | null = session()
): void {
	try {
		if (!text) storage?.removeItem(KEY);
		else storage?.setItem(KEY, JSON.stringify({ questionId, text: text.slice(0, MAX_CHARS) }));
	} catch {
		// Full or refused: the draft is only a convenience.
	}
}

/** The text kept for `questionId`, or '' (none, another question's, or unreadable). */
export function readDraftAnswer(
	questionId: string,
	storage: DraftStorage | null = session()
): string {
	try {
		const raw = storage?.getItem(KEY);
		if (!raw) return '';
		const parsed = v.safeParse(DraftSchema, JSON.parse(raw));
		return parsed.success && parsed.output.questionId === questionId ? parsed.output.text : '';
	} catch {
		return '';
	}
}

/** Forgets the kept draft (the answer was submitted). */
export function clearDraftAnswer(storage: DraftStorage | null = session()): void {
	try {
		storage?.removeItem(KEY);
	} catch {
		// Nothing to do.
	}
}
