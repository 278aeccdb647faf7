import * as v from 'valibot';
import { QUESTION_TYPES } from '$lib/content/schema';
import type { QuestionFields } from '$lib/content/question-fields';
import type { QuestionRecord } from '$lib/db/records';
import {
	deviceStorage,
	readList,
	tabStorage,
	writeList,
	type ListStorage
} from '$lib/db/local-list';

/**
 * Half-written questions kept until they are saved or cancelled: a question written from a
 * sentence (Review drafts, Sources) and a draft's open edit were lost on reload or Back with no
 * warning (outsider teacher, 2026-12-03). They are kept in this tab's `sessionStorage`, as the
 * quiz's answers in progress are (`quiz/tab-attempt.ts`): they outlive a reload and Back and
 * come back with a notice, and another tab open on the same draft never gets this tab's edit
 * (two tabs of one draft are what `updateDraft`'s check is about). A form the person has not
 * changed is not kept. Closing the tab (or reloading, which a page cannot tell apart) with a
 * changed form on screen asks first (`hasUnsaved`); moving inside the app asks only when the
 * form could not be kept (`hasUnkept`), as Add documents asks only about work it could not keep.
 * A question written from a sentence is kept on the device instead (`storageFor`): it also
 * outlives a closed browser, and closing asks nothing once it is kept (docs30, outsider teacher).
 */

const KEY = 'flashpoint-question-forms';
/** Forms kept at most (the most recently changed); older ones are dropped. */
export const MAX_KEPT = 20;

const FieldsSchema = v.object({
	type: v.picklist(QUESTION_TYPES),
	prompt: v.string(),
	answer: v.string(),
	wrong: v.array(v.string()),
	accept: v.string(),
	explanation: v.string()
});

const KeptSchema = v.array(
	v.object({
		/** `writerKey` or `editKey`. */
		key: v.string(),
		fields: FieldsSchema,
		/** The sentence a question is written from (the writer's). */
		quote: v.optional(v.string()),
		/** The words hidden by tapping (the writer's): token indexes, inclusive. */
		selection: v.optional(v.nullable(v.object({ from: v.number(), to: v.number() }))),
		/** The question as the edit form read it (an edit's): its save is checked against it. */
		base: v.optional(v.looseObject({ id: v.string(), prompt: v.string(), answer: v.string() })),
		/** When it was kept (ms since the epoch). */
		savedAt: v.number()
	})
);

/** A kept form, as `keptQuestion` gives it back. */
export interface KeptQuestion {
	key: string;
	fields: QuestionFields;
	quote?: string;
	selection?: { from: number; to: number } | null;
	base?: QuestionRecord;
	savedAt: number;
}

/** The key of the question being written from a sentence of document `docId`. */
export const writerKey = (docId: string) => `write:${docId}`;
/** The key of the open edit of question `questionId`. */
export const editKey = (questionId: string) => `edit:${questionId}`;

/**
 * Where the form under `key` is kept: a question written from a sentence (`writerKey`, tied to
 * its document and so its course) in the device's `localStorage`, so closing the browser loses
 * it no more than a reload; a draft's open edit (`editKey`) in this tab's `sessionStorage`, as
 * another tab open on the same draft must not get this tab's edit.
 */
export function storageFor(key: string): ListStorage | null {
	return key.startsWith('write:') ? deviceStorage() : tabStorage();
}

/** Keys whose last keeping was refused by the storage: their text is on screen only. */
const unkept = new Set<string>();
/** Keys of changed forms on screen now (kept or not). */
const shown = new Set<string>();

function readAll(storage: ListStorage | null): KeptQuestion[] {
	return readList(storage, KEY, KeptSchema) as KeptQuestion[];
}

/**
 * Keeps a form (replacing what `entry.key` held), the newest `MAX_KEPT` in all. Returns false
 * when the storage refused it: then `hasUnkept` is true until it is kept or forgotten.
 */
export function keepQuestion(
	entry: Omit<KeptQuestion, 'savedAt'>,
	now = Date.now(),
	storage: ListStorage | null = storageFor(entry.key)
): boolean {
	const others = readAll(storage).filter((kept) => kept.key !== entry.key);
	const kept = writeList(storage, KEY, [...others, { ...entry, savedAt: now }], MAX_KEPT);
	if (kept) unkept.delete(entry.key);
	else unkept.add(entry.key);
	// Kept on the device, closing the tab loses nothing: nothing to ask.
	if (kept && storage === deviceStorage() && storage !== null) shown.delete(entry.key);
	else shown.add(entry.key);
	return kept;
}

/** The form kept under `key`, or undefined (none, or unreadable). */
export function keptQuestion(
	key: string,
	storage: ListStorage | null = storageFor(key)
): KeptQuestion | undefined {
	return readAll(storage).find((kept) => kept.key === key);
}

/** Forgets the form under `key` (saved, cancelled, or back to what it was). */
export function forgetQuestion(key: string, storage: ListStorage | null = storageFor(key)): void {
	unkept.delete(key);
	shown.delete(key);
	const all = readAll(storage);
	if (all.some((kept) => kept.key === key))
		writeList(
			storage,
			KEY,
			all.filter((kept) => kept.key !== key),
			MAX_KEPT
		);
}

/** The form under `key` left the screen (its page closed), still kept for coming back. */
export function leaveQuestion(key: string): void {
	shown.delete(key);
	unkept.delete(key);
}

/** Whether a form on screen could not be kept: leaving the page now would lose its text. */
export function hasUnkept(): boolean {
	return unkept.size > 0;
}

/** Whether a changed form is on screen: closing the tab would lose it. */
export function hasUnsaved(): boolean {
	return shown.size > 0;
}

/** What leaving asks when `hasUnkept`. */
export const LEAVE_UNKEPT =
	'Your question is not saved, and it could not be kept (this browser’s storage is full or blocked). Leave and lose it?';

/** What a form kept from before says when it comes back. */
export const KEPT_NOTICE = 'Not saved yet, kept in this tab: save it, or Cancel to discard it.';

/** What a question written from a sentence, kept on the device (`storageFor`), says when it comes back. */
export const KEPT_ON_DEVICE_NOTICE =
	'Not saved yet, kept on this device: save it, or Cancel to discard it.';
