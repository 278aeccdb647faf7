/**
 * Flashpoint's own JSON files, and where each is imported: when a person picks one of them at
 * another file's place, the refusal names what it is and where it goes, and a file from a newer
 * version says so (outsider teacher, issue 12: a progress backup chosen under Classroom got "this
 * is not a Flashpoint classroom file", and a newer classroom file "from another version").
 */

/** The kinds of Flashpoint's own files. */
export type AppFileKind = 'progress' | 'course' | 'classroom';

/** Each kind's `format` tag (the file's first field), its name in a sentence and where it is imported. */
export const APP_FILES: Record<AppFileKind, { format: string; name: string; where: string }> = {
	progress: {
		format: 'flashpoint-progress',
		name: 'a Flashpoint progress backup',
		where: 'Settings → Backup → Import progress'
	},
	course: {
		format: 'flashpoint-course',
		name: 'a Flashpoint course file',
		where: 'Courses → Open a course file'
	},
	classroom: {
		format: 'flashpoint-classroom',
		name: 'a Flashpoint classroom file',
		where: 'Classroom → Import a classroom file'
	}
};

/**
 * When `data` (a parsed file) is another of Flashpoint's files than `expected`: a sentence naming
 * what it is and where it is imported ("This is a Flashpoint progress backup, not a Flashpoint
 * classroom file: import it in Settings → Backup → Import progress."). Null otherwise.
 */
export function otherAppFile(data: unknown, expected: AppFileKind): string | null {
	const format =
		typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
	for (const [kind, file] of Object.entries(APP_FILES) as [
		AppFileKind,
		(typeof APP_FILES)[AppFileKind]
	][])
		if (kind !== expected && format === file.format)
			return `This is ${file.name}, not ${APP_FILES[expected].name}: import it in ${file.where}.`;
	return null;
}

/**
 * The refusal of a file of kind `kind` a newer Flashpoint wrote (its version, or the database
 * schema it was read from, is past this app's), in the words a quiz link from a newer version
 * gets (`quiz/envelope.ts`).
 */
export function newerFileText(kind: AppFileKind): string {
	const noun = { progress: 'backup', course: 'course file', classroom: 'classroom file' }[kind];
	return `This ${noun} was made by a newer version of Flashpoint: update this app (reload it while online), then import it again.`;
}
