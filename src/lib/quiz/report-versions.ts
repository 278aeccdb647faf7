import { plural } from '$lib/text/plural';
import type { ClassReport, QuestionRow, StudentRow } from './report';
import { percent } from './scoring';
import type { Answer, Quiz, QuizQuestion } from './types';
import { beforeEdits } from './versions';

/**
 * The class report's view of a quiz edited after students answered (issue 14, outsider teachers
 * from Kahoot and Moodle): a swapped-in Q1 read "0% right (0 of 0)" as if it were a result, and a
 * student's answers listed the questions edited away as "not asked", so the ticks did not add up
 * to the score. Each result is shown as its phone asked it, and a question's share says what
 * happened instead of a count of nobody.
 */

/** One question as a student's phone asked it, with what they answered and its mark. */
export interface AskedItem {
	/** "Q2" for a question still in the quiz (its place now), "Q1 before your latest edit" else. */
	label: string;
	question: QuizQuestion;
	answer: Answer;
	right: boolean;
	/** True when the quiz no longer asks it word for word (reworded or swapped out since). */
	changed: boolean;
}

/**
 * The questions `student`'s phone asked, in the order it asked them, each marked as the score
 * counts it: the marks of these items always add up to `correct` of `total`. A result of the
 * current version (or of one this device did not keep) lists the quiz's questions.
 */
export function askedItems(quiz: Pick<Quiz, 'questions'>, student: StudentRow): AskedItem[] {
	const { earlier } = student;
	if (!earlier)
		return quiz.questions.map((question, i) => ({
			label: `Q${i + 1}`,
			question,
			answer: student.answers[i] ?? null,
			right: student.perQuestion[i] ?? false,
			changed: false
		}));
	return earlier.questions.map((question, j) => {
		const now = earlier.beyond[j] ? -1 : quiz.questions.findIndex((q) => q.id === question.id);
		return {
			label: now < 0 ? `Q${j + 1} ${beforeEdits(earlier.edits)}` : `Q${now + 1}`,
			question,
			answer: earlier.answers[j] ?? null,
			right: earlier.marks[j] ?? false,
			changed: now < 0
		};
	});
}

/**
 * A question of an earlier version that results answered and the quiz no longer asks (reworded
 * or swapped out since): its own row in the report's questions, as the exports give it a column
 * of its own ("Q3 before your latest edit").
 */
export interface EarlierQuestionRow {
	/** "Q3 before your latest edit", the exports' column name. */
	label: string;
	question: QuizQuestion;
	/** The version's number (1 = first) and the question's place in it (0-based). */
	number: number;
	place: number;
	/** The students who answered that version, with what they answered, in the report's order. */
	names: string[];
	answers: Answer[];
	correct: number;
	asked: number;
	/** Share of `asked` who got it right, 0–100. */
	percent: number;
}

/** Every question edited away that some result answered, oldest version first, then by place. */
export function earlierQuestionRows(report: Pick<ClassReport, 'students'>): EarlierQuestionRow[] {
	const rows = new Map<string, EarlierQuestionRow>();
	for (const s of report.students) {
		const earlier = s.earlier;
		if (!earlier) continue;
		earlier.questions.forEach((question, place) => {
			if (!earlier.beyond[place]) return;
			const key = `${earlier.number}:${place}`;
			const row = rows.get(key) ?? {
				label: `Q${place + 1} ${beforeEdits(earlier.edits)}`,
				question,
				number: earlier.number,
				place,
				names: [],
				answers: [],
				correct: 0,
				asked: 0,
				percent: 0
			};
			row.names.push(shownName(s));
			row.answers.push(earlier.answers[place] ?? null);
			row.asked++;
			if (earlier.marks[place]) row.correct++;
			row.percent = percent(row.correct, row.asked);
			rows.set(key, row);
		});
	}
	return [...rows.values()].sort((a, b) => a.number - b.number || a.place - b.place);
}

/**
 * A question's share as the report says it: "67% right (2 of 3)"; for a question some results
 * did not answer because it changed after they came, what happened: "Changed after 3 answers;
 * new version not answered yet", or "50% right (1 of 2 since it changed after 3 answers)".
 * Never "0% right (0 of 0)" as if it were a result.
 */
export function shareWords(
	row: Pick<QuestionRow, 'correct' | 'asked' | 'changedAfter'> &
		Partial<Pick<QuestionRow, 'partly' | 'markPercent'>>
): string {
	const { correct, asked, changedAfter } = row;
	const share = `${percent(correct, asked)}% right`;
	if (!changedAfter)
		return asked ? `${share} (${correct} of ${asked})${partlyWords(row)}` : 'Not answered yet';
	const after = plural(changedAfter, 'answer');
	if (!asked) return `Changed after ${after}; new version not answered yet`;
	return `${share} (${correct} of ${asked} since it changed after ${after})${partlyWords(row)}`;
}

/**
 * What partly right answers add to a question's line in the report: ", 2 partly right: 67% of
 * the marks" (`QuestionRow.partly`, `markPercent`), or '' when none was. Partial credit counts
 * there as the score counts it, in words, never by a colour alone.
 */
export function partlyWords(row: Partial<Pick<QuestionRow, 'partly' | 'markPercent'>>): string {
	return row.partly ? `, ${row.partly} partly right: ${row.markPercent}% of the marks` : '';
}

/**
 * What the students asked question `index` of the current quiz answered, and who they are (a
 * name with its tag when two share one), for `answerOptions`: a result of an earlier version
 * that did not ask it is left out.
 */
export function currentAnswers(
	report: Pick<ClassReport, 'students'>,
	index: number
): { answers: Answer[]; names: string[] } {
	const asked = report.students.filter((s) => s.asked[index]);
	return {
		answers: asked.map((s) => s.answers[index] ?? null),
		names: asked.map(shownName)
	};
}

/** A row's name as the answers list shows who gave each: with its tag when two share a name. */
function shownName(s: Pick<StudentRow, 'name' | 'tag'>): string {
	return s.tag ? `${s.name} (${s.tag})` : s.name;
}
