import type * as v from 'valibot';
import { formatLabel, questionFileFormat, type ImportFormatId } from '$lib/formats/detect';

/*
 * What a teacher reads when a file picked as a classroom file is one of questions, or damaged:
 * where it goes, or the item that cannot be read, never a schema path. Moved unchanged from
 * `classroom-backup.ts`, which checks and merges the file.
 */

/** Question files a teacher from Moodle or Anki may pick here (`detectFormat` finds them by content). */
const QUESTION_FORMATS: readonly ImportFormatId[] = ['gift', 'moodle-xml', 'aiken', 'anki-text'];

/**
 * When `textContent` is a file of questions (GIFT, Moodle XML, Aiken, Anki text), not a classroom
 * file: where it is imported, in words (outsider teacher from Moodle, issue 12: her GIFT file was
 * refused as "text, but not JSON"). `name` is the file's name; null otherwise.
 */
export function questionFileAdvice(textContent: string, name = ''): string | null {
	const bytes = new TextEncoder().encode(textContent.slice(0, 65_536));
	const format = questionFileFormat(name, bytes, QUESTION_FORMATS);
	if (!format) return null;
	return `This is a file of questions (${formatLabel(format)}), not a Flashpoint classroom file of quizzes and results. Pick it under Import a quiz file at the top of Classroom to make a class quiz of it, or import it under Courses → Import questions, then choose that course in New quiz.`;
}

/** What a table of the file is called in a sentence, per item. */
const ITEM_NAMES: Record<string, string> = {
	quizzes: 'quiz',
	results: 'result',
	pending: 'result waiting for a choice',
	decided: 'set-aside result',
	deletedQuizzes: 'deleted quiz'
};

/**
 * A damaged file's refusal in words, never a schema path: the item it is in ("result 4"), or
 * the rule broken ("a quiz appears twice").
 */
export function damagedText(issue: v.BaseIssue<unknown>): string {
	const keys = (issue.path ?? []).map((item) => item.key);
	const [table, index] = keys;
	const item =
		typeof table === 'string' && ITEM_NAMES[table] && typeof index === 'number'
			? `${ITEM_NAMES[table]} ${index + 1}`
			: '';
	// A key a strict object does not list (a missing one is `expected` as its name instead).
	if (issue.type === 'strict_object' && issue.expected === 'never')
		return unknownFieldText(String(keys.at(-1)), item);
	const what = item
		? `${item} cannot be read`
		: keys.length
			? keys[0] === 'version'
				? 'it has a version Flashpoint never wrote'
				: 'a field of the file cannot be read'
			: issue.message;
	return `This classroom file is damaged (${what}), so nothing in it can be imported. Export it again on the device it came from.`;
}

/**
 * The refusal of a file with a field this version does not list (`field`, in `item` such as
 * "quiz 2", or '' at the top): importing it would drop that field silently, as partial credit
 * and numerical tolerances once were (session 38), so nothing is imported.
 */
export function unknownFieldText(field: string, item: string): string {
	const where = item ? ` in ${item}` : '';
	return `This classroom file has a field this version of Flashpoint does not know (“${field.slice(0, 40)}”${where}), so nothing in it was imported rather than lose it. Update Flashpoint, then import it again.`;
}
