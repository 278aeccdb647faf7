import { IMPORT_FORMATS } from '$lib/formats/detect';

/**
 * Whether a course document is a question file (GIFT, Aiken, Moodle XML, an Anki deck, a
 * spreadsheet…) rather than a text to read: an import stores each file as a document whose
 * outlet is the format's label (`fileDocument` in `import.ts`), so the quiz builder listed
 * "kosovo.gift (3)" under Documents (outsider teacher). Returns the format's label ("Moodle
 * GIFT"), or null for a real document (an article's outlet is never a format's label).
 */
export function questionFileFormat(doc: { outlet?: string }): string | null {
	const format = IMPORT_FORMATS.find((f) => f.label === doc.outlet);
	return format ? format.label : null;
}

/**
 * The legend over a course's sources in the quiz builder, by what they are: "Documents",
 * "Question files", or "Documents and question files" for a course with both.
 */
export function sourcesLegend(docs: readonly { outlet?: string }[]): string {
	const files = docs.filter((d) => questionFileFormat(d)).length;
	if (files === 0) return 'Documents';
	return files === docs.length ? 'Question files' : 'Documents and question files';
}
