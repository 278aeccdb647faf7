import { namesakeColumn, versionColumn, type Cell, type GradebookOptions } from './csv';
import type { ClassReport, StudentRow } from './report';
import { answerText, correctAnswerText } from './scoring';
import { QUIZ_TYPE_LABELS, type Answer, type Quiz } from './types';
import { beforeEdits } from './versions';

/**
 * The report's tables of one column a question (the workbook's Marks, Answers and Questions
 * sheets, the Answers CSV), beside the gradebook's own (`csv.ts`).
 */

/**
 * The one way every export names a question's column (outsider teacher from Moodle: "Q1" in the
 * Marks sheet, "Q1 mark: <prompt>" in the Answers CSV): "Q<n>" as the report names the question,
 * what the column holds, and the prompt on one line, e.g. "Q3 mark: Who chairs the council?";
 * for a question of an earlier version, when it was asked: "Q3 answer before your latest edit:
 * <its prompt then>". `index`: 0-based; `edits`: the edits since that version (none: current).
 */
export function questionColumn(
	index: number,
	holds: 'answer' | 'mark',
	prompt: string,
	edits = 0
): string {
	const when = edits ? ` ${beforeEdits(edits)}` : '';
	return `Q${index + 1} ${holds}${when}: ${oneLine(prompt)}`;
}

/**
 * The questions of earlier versions that results answered and the current quiz no longer asks
 * (reworded or swapped out since), one column each (`questionColumn`), oldest version first.
 */
function earlierColumns(
	report: ClassReport
): { number: number; index: number; edits: number; prompt: string }[] {
	const columns = new Map<
		string,
		{ number: number; index: number; edits: number; prompt: string }
	>();
	for (const s of report.students)
		s.earlier?.beyond.forEach((beyond, index) => {
			const { number, edits, questions } = s.earlier!;
			if (beyond)
				columns.set(`${number}:${index}`, {
					number,
					index,
					edits,
					prompt: questions[index]?.prompt ?? ''
				});
		});
	return [...columns.values()].sort((a, b) => a.number - b.number || a.index - b.index);
}

/**
 * One row a student, one column a question: the gradebook's shape shared by `markRows` and
 * `answerRows`, every column named by `questionColumn` as holding `holds`. `cell(student, i)`
 * gives question i's cell; `earlierCell(student, j)` the cell of question j of the earlier
 * version the student answered, under a column of its own ("Q3 answer before your latest
 * edit: …"), blank for everyone else. A result of an earlier version read blank on the questions
 * edited since (outsider teacher, issue 14): its answers are in those columns, and "Version
 * answered" says which version each row answered. With `marks`, one mark column for each answer
 * column follows them all, so the answer columns keep their place, and the same-name note still
 * ends the row.
 */
function perQuestionRows(
	quiz: Quiz,
	report: ClassReport,
	options: GradebookOptions,
	holds: 'answer' | 'mark',
	cell: (student: StudentRow, index: number) => Cell,
	earlierCell: (student: StudentRow, index: number) => Cell,
	marks = false
): Cell[][] {
	const id = options.studentId;
	const namesakes = namesakeColumn(report);
	const versions = versionColumn(report);
	const earlier = earlierColumns(report);
	return [
		[
			...(id ? ['ID number'] : []),
			'Student',
			...quiz.questions.map((q, i) => questionColumn(i, holds, q.prompt)),
			...earlier.map((c) => questionColumn(c.index, holds, c.prompt, c.edits)),
			...(marks
				? [
						...quiz.questions.map((q, i) => questionColumn(i, 'mark', q.prompt)),
						...earlier.map((c) => questionColumn(c.index, 'mark', c.prompt, c.edits))
					]
				: []),
			...versions.header,
			...namesakes.header
		],
		...report.students.map((s) => [
			...(id ? [id(s)] : []),
			s.name,
			...quiz.questions.map((_, i) => cell(s, i)),
			...earlier.map((c) => (s.earlier?.number === c.number ? earlierCell(s, c.index) : null)),
			...(marks
				? [
						...quiz.questions.map((_, i) => markCell(s, i)),
						...earlier.map((c) => (s.earlier?.number === c.number ? earlierMark(s, c.index) : null))
					]
				: []),
			...versions.cell(s),
			...namesakes.cell(s)
		])
	];
}

/**
 * Per student × per question: the question's mark, 0–1 (`markCell`), one column a question
 * (blank for a question the student's version did not ask).
 */
export function markRows(
	quiz: Quiz,
	report: ClassReport,
	options: GradebookOptions = {}
): Cell[][] {
	return perQuestionRows(quiz, report, options, 'mark', markCell, earlierMark);
}

/**
 * A question's mark, 0–1 to 0.01: the share of it the report counts (`creditOf`: 1 right, 0
 * wrong or blank, a partly right multiple-answer or weighted answer its share, 0.8), so a row's
 * marks add up to its Points. It said 0 for a partly right answer while Points counted 0.8
 * (outsider teacher, session 38). Blank for a question the student's version did not ask.
 */
function markCell(s: StudentRow, i: number): Cell {
	return s.asked[i] ? mark(s.credit[i] ?? 0) : null;
}

/** The mark of question `j` of the earlier version the student answered (`markCell`). */
function earlierMark(s: StudentRow, j: number): Cell {
	return mark(s.earlier!.credit[j] ?? 0);
}

/** A share of the mark, 0–1, to 0.01 as Points gives it (`scoreAnswers`). */
function mark(credit: number): number {
	return Math.round(credit * 100) / 100;
}

/** A prompt as one line of a header cell. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** A cell of what was answered: the choice, True/False or typed text; blank for no answer. */
function answerCell(question: Quiz['questions'][number], answer: Answer | undefined): Cell {
	return answer === null || answer === undefined || answer === ''
		? null
		: answerText(question, answer);
}

/**
 * Per student × per question: what each student answered (choice, True/False or typed text),
 * one column a question ("Q1 answer: <prompt>"), then, after the answer columns, the marks as
 * the Marks sheet names and counts them ("Q1 mark: <prompt>": 1 right, 0 wrong or blank, a
 * share for a partly right one); as
 * Moodle's Responses report pairs "Response 1" with its mark (outsider teacher: headers were
 * only "Q1…Q6", with no question and no right or wrong).
 */
export function answerRows(
	quiz: Quiz,
	report: ClassReport,
	options: GradebookOptions = {}
): Cell[][] {
	return perQuestionRows(
		quiz,
		report,
		options,
		'answer',
		(s, i) => answerCell(quiz.questions[i]!, s.answers[i]),
		(s, j) => answerCell(s.earlier!.questions[j]!, s.earlier!.answers[j]),
		true
	);
}

/**
 * One row per question: its type as a teacher reads it ("Multiple choice", not `mcq`), its wording,
 * the right answer and the share of the class that got it.
 */
export function questionRows(quiz: Quiz, report: ClassReport): Cell[][] {
	return [
		['Question', 'Type', 'Prompt', 'Right answer', 'Right (%)', 'Right (students)', 'Answered'],
		...report.questions.map((row) => [
			`Q${row.index + 1}`,
			QUIZ_TYPE_LABELS[row.question.type],
			row.question.prompt,
			correctAnswerText(row.question),
			row.percent,
			row.correct,
			row.answered
		])
	];
}
