import * as v from 'valibot';

/**
 * A short list kept in this device's `localStorage` (or this tab's `sessionStorage`) under one key, parsed by a schema when read
 * (what another version or a person wrote there is outside input), newest last and cut to the
 * newest `max` when written. Shared by the half-typed answers of Study (`srs/draft-answer.ts`)
 * and the half-written questions of Review drafts and Sources (`courses/kept-question.ts`).
 * Storage that refuses (private mode, a full disk) reads as empty and says so on write.
 */

/** This tab's `sessionStorage` (it outlives a reload and Back, not the tab), or null. */
export function tabStorage(): ListStorage | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null;
	}
}

/** The part of `Storage` a list uses (a test passes a `Map` behind it). */
export type ListStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The device's `localStorage`, or null where there is none or it is refused. */
export function deviceStorage(): ListStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** The list under `key` ([] when none, unreadable or not of `schema`'s shape). */
export function readList<T>(
	storage: ListStorage | null,
	key: string,
	schema: v.GenericSchema<unknown, T[]>
): T[] {
	try {
		const raw = storage?.getItem(key);
		if (!raw) return [];
		const parsed = v.safeParse(schema, JSON.parse(raw));
		return parsed.success ? parsed.output : [];
	} catch {
		return [];
	}
}

/**
 * Writes `entries` under `key`, the newest `max` (the last ones) only; an empty list removes
 * the key. Returns false when the storage refused (nothing of it may be kept), else true.
 */
export function writeList<T>(
	storage: ListStorage | null,
	key: string,
	entries: readonly T[],
	max: number
): boolean {
	try {
		if (!storage) return false;
		if (!entries.length) storage.removeItem(key);
		else storage.setItem(key, JSON.stringify(entries.slice(-max)));
		return true;
	} catch {
		return false;
	}
}
