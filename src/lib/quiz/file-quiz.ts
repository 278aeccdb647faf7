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
import { draftToQuestion, OWN_DOC, questionToDraft } from './edit';
import { randomId } from './random';
import { unusedTitle } from './titles';
import { DEFAULT_SETTINGS, isQuizType, LIMITS, type Quiz, type QuizQuestion } from './types';

/**
 * A class quiz made straight from a file of questions (GIFT, Moodle XML, Aiken: what the formats'
 * readers make of it, `ImportResult`), for a teacher from Moodle who picks "Import a quiz file"
 * on Classroom (outsider teacher, issue 14: only a detour through Courses → Import questions and
 * New quiz made one). Each question becomes the teacher's own question (as if typed in Add your
 * own question: it travels in the link word for word, its multiple choices shuffled as stored),
 * so the students' devices need nothing of the file.
 */

/** What a file makes: the quiz, and what of the file it leaves out, in words. */
export type FileQuiz =
	| {
			ok: true;
			quiz: Quiz;
			/** Questions of the file not in the quiz, each with why ("Question 4: …"). */
			leftOut: string[];
			/**
			 * What the reader says of how it read the file (`ImportResult.notes`): answers left
			 * out of a question ("Line 9, “SA1”: 1 answer left out: “C” with 50% credit …"), a
			 * matching question asked as multiple-choice ones. Dropped here before, so a partly
			 * right answer vanished with no word (teacher outsider of session 36).
			 */
			notes: string[];
	  }
	| { ok: false; error: string };

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
 * The class quiz `read` makes: its questions in the file's order (at most `LIMITS.maxQuestions`),
 * default settings, titled by the file's category or name (`title`), made unique among `titles`
 * (`unusedTitle`), with an id not in `taken`; `random` shuffles multiple choices. `leftOut` lists the reader's problems and each
 * question not taken, with why. Refused (`ok: false`, a sentence) when no question is left.
 */
export function quizFromFile(
	read: ImportResult,
	details: {
		title: string;
		createdAt: number;
		titles: Iterable<string>;
		taken: ReadonlySet<string>;
	},
	random: () => number = Math.random
): FileQuiz {
	const leftOut = read.problems.map(problemLine);
	const questions: QuizQuestion[] = [];
	read.questions.forEach((q, index) => {
		const made = quizQuestionOf(q, index, random);
		if (typeof made === 'string') leftOut.push(`Question ${index + 1}: ${made}`);
		else if (questions.length >= LIMITS.maxQuestions)
			leftOut.push(
				`Question ${index + 1}: a class quiz has at most ${LIMITS.maxQuestions} questions.`
			);
		else questions.push(made);
	});
	if (!questions.length)
		return {
			ok: false,
			error: `Nothing was made: this file has no question a class quiz can ask (${plural(read.questions.length, 'question')} read${read.problems.length ? `, ${plural(read.problems.length, 'problem')}` : ''}).`
		};
	let id = randomId(10);
	while (details.taken.has(id)) id = randomId(10);
	const title = unusedTitle(details.title.slice(0, LIMITS.titleChars).trim(), details.titles);
	return {
		ok: true,
		quiz: {
			id,
			title,
			createdAt: details.createdAt,
			settings: { ...DEFAULT_SETTINGS },
			questions
		},
		leftOut,
		notes: [...read.notes]
	};
}

/** The question files Classroom's "Import a quiz file" makes a quiz of, each with its reader. */
const QUIZ_FILE_READERS: Partial<Record<ImportFormatId, (text: string) => ImportResult>> = {
	gift: readGift,
	'moodle-xml': readMoodleXml,
	aiken: readAiken
};

/**
 * Reads a file picked under "Import a quiz file" as a question file, with the one reader each
 * format has (the same as Import questions, so the same problems in the same words): `format`
 * when it is GIFT, Moodle XML or Aiken (found by content, `questionFileFormat`), else null (a
 * classroom file, or another kind of file: the caller says so). `name`: the file's name.
 */
export function readQuizFile(
	name: string,
	text: string
): { format: string; read: ImportResult } | null {
	const bytes = new TextEncoder().encode(text.slice(0, 65_536));
	const formats = Object.keys(QUIZ_FILE_READERS) as ImportFormatId[];
	const format = questionFileFormat(name, bytes, formats);
	const reader = format && QUIZ_FILE_READERS[format];
	return reader ? { format: formatLabel(format!), read: reader(text) } : null;
}
