import { readableFileName } from '$lib/formats/read';
import type { ImportResult } from '$lib/formats/portable';

/**
 * The title a quiz made of a question file is offered on New quiz, which the teacher edits
 * before Create checks it (`checkQuizTitle`: not empty, not only invisible characters).
 */

/** GIFT's comment line, and Moodle's own export comment ("// question: 12  name: Q1"). */
const COMMENT = /^\s*\/\/(.*)$/;
const MOODLE_EXPORT_COMMENT = /^\s*question:\s*\d+\s+name:/i;

/**
 * The title a teacher wrote at the top of a GIFT file, as a comment line before its first
 * question ("// Rivers of Europe, week 3"), where many teachers name a file Moodle has no place
 * for: the first comment with words, at most 80 characters, never Moodle's own export comments
 * ("// question: 0  name: …") nor a line of dashes or equals signs. '' when there is none.
 */
export function giftLeadingComment(text: string): string {
	for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
		if (!line.trim()) continue;
		const comment = COMMENT.exec(line)?.[1].trim();
		if (comment === undefined) return '';
		if (MOODLE_EXPORT_COMMENT.test(comment)) return '';
		const words = comment.replace(/^[-=*#/\s]+|[-=*#/\s]+$/g, '').trim();
		if (/\p{L}/u.test(words) && words.length <= 80) return words;
	}
	return '';
}

/**
 * The title a quiz made of file `name` is offered (the teacher edits it before Create, which
 * checks it: `checkQuizTitle`): the file's own name for its questions (`read.title`: a GIFT
 * `$CATEGORY`, a Moodle XML category), else for GIFT the comment at its top
 * (`giftLeadingComment`), else the file name made readable (`readableFileName`) when it says more
 * than its format: "gift.txt" gave the quiz "Gift" (teacher outsider, session 37), now nothing,
 * and the field asks.
 */
export function quizFileTitle(
	name: string,
	read: ImportResult,
	text: string,
	gift: boolean
): string {
	const own = read.title?.trim();
	if (own) return own;
	const comment = gift ? giftLeadingComment(text) : '';
	if (comment) return comment;
	const readable = readableFileName(name);
	return FORMAT_ONLY.test(readable) ? '' : readable;
}

/** A file name that is only its format's words ("gift.txt", "questions.xml", "moodle quiz"). */
const FORMAT_ONLY =
	/^(?:(?:aiken|gift|moodle|xml|txt|questions?|quiz(?:zes)?|export|file|import)(?:\s+|$))*$/i;
