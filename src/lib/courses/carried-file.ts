/**
 * A question file chosen on another screen (Add documents, Classroom's Move or back up,
 * Settings' Backup), carried to Import questions: a teacher who picked her GIFT file there was
 * sent on to Import questions and had to choose it again, her course title lost too (outsider
 * teacher, issue 12). The file is held in this page's memory only (a deck may be 300 MB, too
 * much for any web storage), so a reload or a new tab loses it: the import link names the file
 * and the screen it was chosen on in its address (`CARRIED_PARAM`, `FROM_PARAM`) and the import
 * screen says plainly that it was not carried (`notCarriedMessage`) rather than opening empty.
 */

/** The screens a question file is carried from, as the import link's `from` names them. */
export const CARRIED_FROM = {
	documents: 'Add documents',
	classroom: 'Classroom → Move or back up',
	settings: 'Settings → Backup'
} as const;

export type CarriedFrom = keyof typeof CARRIED_FROM;

/**
 * What travels: the file as chosen, the course title typed beside it (`''` for none) and the
 * screen it was chosen on.
 */
export interface CarriedFile {
	file: File;
	title: string;
	from: CarriedFrom;
}

/** The import screen's address parameter naming the carried file. */
export const CARRIED_PARAM = 'file';

/** The import screen's address parameter naming the screen the file was chosen on. */
export const FROM_PARAM = 'from';

let carried: CarriedFile | null = null;

/** Holds `next` for the import screen (the last one carried wins); returns the link's search. */
export function carryFile(next: CarriedFile): string {
	carried = next;
	return carriedSearch(next.file.name, next.from);
}

/** `?file=<name>&from=<screen>`: the import link's search for a file named `name`. */
export function carriedSearch(name: string, from: CarriedFrom): string {
	return `?${new URLSearchParams({ [CARRIED_PARAM]: name, [FROM_PARAM]: from })}`;
}

/**
 * The file the import screen's address names, taken once (a second call gives null), or null
 * when nothing named `name` is held: the page was reloaded, or the link opened in a new tab.
 */
export function takeCarriedFile(name: string): CarriedFile | null {
	const found = carried?.file.name === name ? carried : null;
	carried = null;
	return found;
}

/**
 * What the import screen says when the file its address names was not carried: where it was
 * chosen, when the address names a screen it knows (`from`), else no screen at all. It said
 * "chosen in Add documents" of a file chosen in Classroom or Settings (outsider teacher).
 */
export function notCarriedMessage(name: string, from: string | null): string {
	const where =
		from !== null && Object.hasOwn(CARRIED_FROM, from) ? CARRIED_FROM[from as CarriedFrom] : '';
	const chosen = where ? `, chosen in ${where},` : '';
	return `“${name}”${chosen} could not be brought here: a chosen file stays only in the page that opened it, and this page was reloaded or opened anew. Choose it again with Open a question file; nothing was imported.`;
}
