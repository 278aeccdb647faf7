/**
 * A question file picked under Classroom's "Import a quiz file", handed to New quiz, which makes
 * the quiz of it (one path: the teacher checks the title and questions, adds a course's, then
 * Create; teacher outsider of session 37). Held in memory for the next screen only: a reload
 * drops it, and New quiz takes it once (`takeQuizFile`).
 */

/** A file's name and text. */
export interface HandedFile {
	name: string;
	text: string;
}

let handed: HandedFile | null = null;

/** Holds `file` for New quiz. */
export function handQuizFile(file: HandedFile): void {
	handed = file;
}

/** The file handed over, once; null when there is none. */
export function takeQuizFile(): HandedFile | null {
	const file = handed;
	handed = null;
	return file;
}
