import {
	problemPlace,
	type ImportProblem,
	type ImportResult,
	type PortableQuestion
} from '$lib/formats/portable';
import { toImportedQuestion } from '$lib/courses/import-plan';
import { formatLabel, questionFileFormat, type ImportFormatId } from '$lib/formats/detect';
import { readAiken } from '$lib/formats/aiken';
import { readGift } from '$lib/formats/gift';
import { readMoodleXml } from '$lib/formats/moodle-xml';
import { plural } from '$lib/text/plural';
import { toQuizQuestion } from './build';
import { draftToQuestion, OWN_DOC, ownId, questionToDraft } from './edit';
import { fileItems } from './multi-answer';
import { quizFileTitle } from './file-title';
import { isQuizType, type QuizQuestion } from './types';

/**
 * A class quiz's questions straight from a file of questions (GIFT, Moodle XML, Aiken: what the
 * formats' readers make of it, `ImportResult`), for a teacher from Moodle who picks "Import a quiz
 * file" on Classroom or "Add questions from a file" on New quiz (outsider teacher, issue 14: only
 * a detour through Courses → Import questions made one; session 37: New quiz makes the quiz, with
 * a course's questions too, `file-course.ts`). Each question becomes the teacher's own question (as if typed in Add your
 * own question: it travels in the link word for word, its multiple choices shuffled as stored),
 * so the students' devices need nothing of the file.
 */

/** A file question as a quiz question, or why it cannot be one. */
function quizQuestionOf(
	q: PortableQuestion,
	index: number,
	random: () => number
): QuizQuestion | string {
	if (!isQuizType(q.type))
		return 'a flashcard: a class quiz asks multiple choice, true or false, fill the blank or short answer.';
	const imported = toQuizQuestion(toImportedQuestion(q, index));
	const made = draftToQuestion(questionToDraft(imported), undefined, random);
	if (!made.ok) return made.error;
	// The file's explanation or none ("Written by your teacher" would not be true), and no
	// source passage unless the file gives one.
	return {
		...made.question,
		// The form has no place for a number's tolerance: kept from the file (Moodle's numerical).
		...(imported.numeric && made.question.answer === imported.answer
			? { numeric: imported.numeric, accept: imported.accept }
			: {}),
		...(q.credit ? { credit: { ...q.credit } } : {}),
		explanation: imported.explanation,
		source: { doc: OWN_DOC, quote: q.quote ?? '' }
	};
}

/** "Line 4, “Q4”: …" as Import questions lists a reader's problem (`problemPlace`). */
function problemLine(problem: ImportProblem): string {
	const place = problemPlace(problem);
	return place ? `${place}: ${problem.message}` : problem.message;
}

/**
 * The first reasons of `leftOut` as sentences after a refusal (" Line 5: broken XML: …."), and
 * how many more: a damaged Moodle XML file said only "0 questions read, 1 problem", with no
 * reason, while the reader had one with its line (outsider teacher, session 38). '' for none.
 */
function whyList(leftOut: readonly string[], shown = 3): string {
	const first = leftOut.slice(0, shown).map((line) => ` ${line.replace(/\.$/, '')}.`);
	const more = leftOut.length - shown;
	return first.join('') + (more > 0 ? ` And ${plural(more, 'more problem')}.` : '');
}

/** A file's questions a quiz can ask, each with the file question it was made of. */
export interface FileQuestions {
	questions: { question: QuizQuestion; from: PortableQuestion }[];
	/** The reader's problems and each question not taken, with why ("Question 4, “Its name”: …"). */
	leftOut: string[];
	/** `ImportResult.notes`. */
	notes: string[];
}

/**
 * The questions of `read` a class quiz can ask, in the file's order, each as the teacher's own
 * (`quizQuestionOf`; `random` shuffles multiple choices), and what is left out, with why. Refused
 * (`error`, a sentence) when no question is left. New quiz offers them beside a course's
 * (`file-course.ts`).
 */
export function fileQuestions(
	read: ImportResult,
	random: () => number = Math.random
): FileQuestions | { error: string } {
	const leftOut = read.problems.map(problemLine);
	const questions: FileQuestions['questions'] = [];
	// A multiple-answer question's parts are one question (`multi-answer.ts`).
	for (const item of fileItems(read.questions, ownId)) {
		const made =
			item.kind === 'one' ? quizQuestionOf(item.question, item.index, random) : item.question;
		if (typeof made === 'string') {
			// Named as the file names it ("Question 3, “Bad fractions”: …"), so the teacher finds it.
			const name = (item.kind === 'one' ? item.question : item.from[0])?.name;
			leftOut.push(`Question ${item.index + 1}${name ? `, “${name}”` : ''}: ${made}`);
		} else
			questions.push({ question: made, from: item.kind === 'one' ? item.question : item.from[0] });
	}
	if (!questions.length)
		return {
			error: `Nothing was made: this file has no question a class quiz can ask (${plural(read.questions.length, 'question')} read${read.problems.length ? `, ${plural(read.problems.length, 'problem')}` : ''}).${whyList(leftOut)}`
		};
	return { questions, leftOut, notes: [...read.notes] };
}

/**
 * How a class quiz reads a file: partly right answers kept with their weight (`creditOf` marks
 * them); a multiple-answer question comes as its parts, which `fileItems` makes one again; a
 * question's own weight (Moodle XML `<defaultgrade>`) is not kept, said in a note.
 */
const QUIZ_READ = { credit: true, multiAnswerWhole: true, weightsNote: true } as const;

/** The question files Classroom's "Import a quiz file" makes a quiz of, each with its reader. */
const QUIZ_FILE_READERS: Partial<Record<ImportFormatId, (text: string) => ImportResult>> = {
	// Partly right answers kept with their weight: a class quiz marks them (`creditOf`).
	gift: (text: string) => readGift(text, QUIZ_READ),
	['moodle-xml']: (text: string) => readMoodleXml(text, QUIZ_READ),
	aiken: readAiken
};

/**
 * Reads a file picked under "Import a quiz file" or New quiz's "Add questions from a file" as a
 * question file, with the one reader each format has (the same as Import questions, so the same
 * problems in the same words): `format` when it is GIFT, Moodle XML or Aiken (found by content,
 * `questionFileFormat`), and the title a quiz of it is offered (`quizFileTitle`: '' when the
 * file gives none); else null (a classroom file, or another kind of file: the caller says so).
 * `name`: the file's name.
 */
export function readQuizFile(
	name: string,
	text: string
): { format: string; read: ImportResult; title: string } | null {
	const bytes = new TextEncoder().encode(text.slice(0, 65_536));
	const formats = Object.keys(QUIZ_FILE_READERS) as ImportFormatId[];
	const format = questionFileFormat(name, bytes, formats);
	const reader = format && QUIZ_FILE_READERS[format];
	if (!reader) return null;
	const read = reader(text);
	return {
		format: formatLabel(format!),
		read,
		title: quizFileTitle(name, read, text, format === 'gift')
	};
}
