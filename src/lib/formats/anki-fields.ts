import { htmlToText } from './plain-text';

/**
 * Which field of an Anki note type holds what Flashpoint reads, for the package reader
 * (`apkg.ts`) and writer (`apkg-write.ts`) alike, so a note written back puts each text where it
 * was read from: the front (the first field), the back (the second), the explanation (a field
 * named Back Extra, Extra, Explanation or Notes after the first), the source sentence (Source),
 * and Flashpoint's own field. A cloze note's text is in the fields its template deletes from.
 */
export interface AnkiFieldRoles {
	/** Index of the explanation field, or -1. */
	explanation: number;
	/** Index of the Source field, or -1. */
	source: number;
	/** Index of the Flashpoint field (Flashpoint's own note types), or -1. */
	flashpoint: number;
	/** The fields a cloze template deletes from (`{{cloze:Text}}`), by index; empty for none named. */
	cloze: number[];
}

/** The roles of `type`'s fields (names compared without case). */
export function fieldRoles(type: {
	fields: readonly string[];
	templates: readonly { front: string }[];
}): AnkiFieldRoles {
	const after = (pattern: RegExp) => {
		const at = type.fields.findIndex((f) => pattern.test(f));
		return at > 0 ? at : -1;
	};
	const cloze = [...(type.templates[0]?.front ?? '').matchAll(/\{\{[^{}]*?cloze:([^{}]+)\}\}/g)]
		.map((m) => type.fields.indexOf(m[1].trim()))
		.filter((at) => at >= 0);
	return {
		explanation: after(/^(back extra|extra|explanation|notes?)$/i),
		source: after(/^source$/i),
		flashpoint: after(/^flashpoint$/i),
		cloze: [...new Set(cloze)]
	};
}

const MEDIA_REF = /\[sound:[^\]]*\]|<img\b[^>]*>/gi;

/** Whether an Anki field holds an image or sound reference. */
export const hasMedia = (field: string) => field.search(MEDIA_REF) >= 0;

/** An Anki field (HTML) as the text Flashpoint reads from it: media left out, tags dropped. */
export const ankiFieldText = (field: string) => htmlToText(field.replace(MEDIA_REF, ' ')).trim();
