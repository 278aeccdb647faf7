import { indexBank, type BankIndex } from '$lib/content/bank-index';
import type { Question } from '$lib/content/schema';
import { toImportedQuestion } from '$lib/courses/import-plan';
import type { ImportResult } from '$lib/formats/portable';
import { courseQuizId } from './course-source';
import { fileQuestions } from './file-quiz';
import { FILE_COURSE_ID } from './new-quiz';
import type { QuizQuestion } from './types';

/**
 * A file of questions (GIFT, Moodle XML, Aiken) as New quiz's model takes it: one more course to
 * choose questions from, beside the teacher's courses (teacher outsider from Kahoot and Moodle,
 * session 37: she had a GIFT file of 8 questions and 7 questions in her course, and typed the 7
 * in by hand). The picker lists the file's questions, the chosen list orders and removes them,
 * and `newQuiz` makes the quiz of all of them, as of several courses (`coursesQuizIndex`). Each
 * file question is asked as the teacher's own question (`fileQuestions`: it travels in the link
 * word for word and names no course), put in its place by `withFileQuestions`.
 */

/** A question file read for New quiz. */
export interface FileCourse {
	id: typeof FILE_COURSE_ID;
	/** The title the form offers for the quiz (`quizFileTitle`); '' when the file gives none. */
	title: string;
	/** What the picker and filters call the file: its title, else its name. */
	label: string;
	/** "Moodle GIFT", "Moodle XML", "Aiken" (`formatLabel`). */
	format: string;
	/** The file's questions a quiz can ask, as a course's (one document: the file, by its name). */
	index: BankIndex;
	/** By quiz id (`courseQuizId` of the course question's id): the question a quiz asks. */
	own: ReadonlyMap<string, QuizQuestion>;
	/** What of the file is not offered, each with why ("Question 4: a flashcard: …"). */
	leftOut: string[];
	/** How the reader read the file (`ImportResult.notes`). */
	notes: string[];
}

/**
 * The file `read` as New quiz's one more course (module note), or why nothing of it can be asked
 * (a sentence, `fileQuestions`'). `name`: the file's name; `title` as `quizFileTitle` gives it;
 * `random` shuffles multiple choices as the teacher's own questions store them.
 */
export function fileCourse(
	read: ImportResult,
	file: { name: string; format: string; title: string },
	random: () => number = Math.random
): FileCourse | { error: string } {
	const made = fileQuestions(read, random);
	if ('error' in made) return made;
	const label = file.title || file.name;
	const doc = `${FILE_COURSE_ID}:file`;
	const questions: Question[] = [];
	const own = new Map<string, QuizQuestion>();
	made.questions.forEach(({ question, from }, n) => {
		const id = `${FILE_COURSE_ID}:q${n + 1}`;
		const course = toImportedQuestion(from, n);
		// A multiple-answer question is listed as multiple choice (a course has no type for it;
		// its first right choice the key): the picker and the chosen list show it as the quiz asks
		// it (`own`), and the quiz asks `question`.
		const listed =
			question.type === 'multi'
				? {
						...course,
						type: 'mcq' as const,
						prompt: question.prompt,
						answer: question.choices![question.weights!.findIndex((w) => w > 0)],
						choices: [...question.choices!]
					}
				: course;
		questions.push({ ...listed, id, fact: id, source: { doc, quote: course.source.quote } });
		own.set(courseQuizId(id), question);
	});
	const index = indexBank({
		version: 1,
		documents: [
			{ id: doc, title: file.name, outlet: file.format, date: '2000-01', dateApproximate: true }
		],
		questions
	});
	return {
		id: FILE_COURSE_ID,
		title: file.title,
		label,
		format: file.format,
		index,
		own,
		leftOut: made.leftOut,
		notes: made.notes
	};
}
