import * as v from 'valibot';
import {
	addQuizPart,
	PartSetsSchema,
	type PartOutcome,
	type PartSet,
	type QuizPart
} from './quiz-parts';

/**
 * Where a student's device keeps the parts of a quiz's QR code series it has scanned so far
 * (`quiz-parts.ts`), and the quizzes they made whole. `localStorage`, as the attempts are (`attempt-store.ts`): a phone's camera
 * opens each scanned link in a new tab, which `sessionStorage` would not share, and a part
 * must be there when the next one comes, offline.
 */
const KEY = 'flashpoint-quiz-parts';
/** What this tab gathered when storage refused it (full or blocked), so one tab still joins. */
let unsaved: PartSet[] | null = null;

function storage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/** The stored sets, parsed by their schema; anything else stored there counts as none. */
export function loadPartSets(): PartSet[] {
	if (unsaved) return unsaved;
	try {
		const raw = storage()?.getItem(KEY);
		if (!raw) return [];
		const parsed = v.safeParse(PartSetsSchema, JSON.parse(raw));
		return parsed.success ? parsed.output : [];
	} catch {
		return [];
	}
}

/**
 * Adds a scanned part and stores what is still gathering (`addQuizPart`), at `now` (ms since
 * the epoch). A full or blocked storage keeps them in this tab only: the parts then have to
 * come in one tab, which the in-app scanner (Scan a QR code) does.
 */
export function storeQuizPart(part: QuizPart, now = Date.now()): PartOutcome {
	const { sets, outcome } = addQuizPart(loadPartSets(), part, now);
	try {
		const store = storage();
		if (sets.length) store?.setItem(KEY, JSON.stringify(sets));
		else store?.removeItem(KEY);
		unsaved = null;
	} catch {
		unsaved = sets;
	}
	return outcome;
}
