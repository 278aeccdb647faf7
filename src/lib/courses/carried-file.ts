/**
 * A question file chosen in Add documents, carried to Import questions: a teacher who picked
 * her GIFT file there was sent on to Import questions and had to choose it again, her course
 * title lost too (outsider teacher, issue 12). The file is held in this page's memory only (a
 * deck may be 300 MB, too much for any web storage), so a reload or a new tab loses it: the
 * import link names the file in its address (`CARRIED_PARAM`) and the import screen says
 * plainly that it was not carried (`notCarriedMessage`) rather than opening empty.
 */

/** What travels: the file as chosen, and the course title typed beside it (`''` for none). */
export interface CarriedFile {
	file: File;
	title: string;
}

/** The import screen's address parameter naming the carried file. */
export const CARRIED_PARAM = 'file';

let carried: CarriedFile | null = null;

/** Holds `next` for the import screen (the last one carried wins); returns the link's search. */
export function carryFile(next: CarriedFile): string {
	carried = next;
	return carriedSearch(next.file.name);
}

/** `?file=<name>`: the import link's search for a file named `name`. */
export function carriedSearch(name: string): string {
	return `?${new URLSearchParams({ [CARRIED_PARAM]: name })}`;
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

/** What the import screen says when the file its address names was not carried. */
export function notCarriedMessage(name: string): string {
	return `“${name}”, chosen in Add documents, could not be brought here: a chosen file stays only in the page that opened it, and this page was reloaded or opened anew. Choose it again with Open a question file; nothing was imported.`;
}
