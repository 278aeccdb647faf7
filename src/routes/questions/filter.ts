import type { Question, QuestionType } from '$lib/content/schema';
import { courseIdOf } from '$lib/db/records';
import { foldText } from '$lib/text/fold';
import { formatCount, plural } from '$lib/text/plural';

/** What the Questions screen filters by; empty fields match everything. */
export interface QuestionFilter {
	/** Words that must all appear in the prompt, answer, choices or explanation (folded). */
	text: string;
	type: QuestionType | '';
	/** A course id (`courseIdOf` the question id), or '' for every course. */
	course?: string;
	doc: string;
	topic: string;
}

/** The searchable text of a question, folded once per question and cached by identity. */
const haystacks = new WeakMap<Question, string>();
function haystack(q: Question): string {
	let text = haystacks.get(q);
	if (text === undefined) {
		text = foldText(
			[q.prompt, q.answer, ...(q.choices ?? []), ...(q.accept ?? []), q.explanation].join(' ')
		);
		haystacks.set(q, text);
	}
	return text;
}

/** The questions matching every part of the filter, in their given order. */
export function filterQuestions(
	questions: readonly Question[],
	filter: QuestionFilter
): Question[] {
	const words = foldText(filter.text).split(' ').filter(Boolean);
	return questions.filter(
		(q) =>
			(!filter.type || q.type === filter.type) &&
			(!filter.course || courseIdOf(q.id) === filter.course) &&
			(!filter.doc || q.source.doc === filter.doc) &&
			(!filter.topic || q.topics.includes(filter.topic)) &&
			words.every((word) => haystack(q).includes(word))
	);
}

/**
 * The Questions screen's count line: "3 of 250 questions match", "1 of 1 question matches",
 * with the course's title and how many are shown when the list is cut. The noun follows the
 * total and the verb the matching count (an outsider read "1 of 1 questions", issue 12).
 */
export function countLine(matching: number, total: number, shown: number, course?: string): string {
	const where = course ? ` in “${course}”` : '';
	const verb = matching === 1 ? 'matches' : 'match';
	const cut = matching > shown ? `; showing the first ${formatCount(shown)}` : '';
	return `${formatCount(matching)} of ${plural(total, 'question')}${where} ${verb}${cut}.`;
}

/**
 * The course the Questions screen opens on, of `listed` course ids: the one its address names
 * (`?course=`), else the one Back returns to (`restored`, '' for every course), else with
 * several courses the one last worked in on this device (`lastCourseWorked`), else every
 * course (''). Only the course shown is read (`loadCourseBank`): every course's every question
 * was read to open the screen, 40,000 after a big import (issue 14). Pure.
 */
export function startingCourse(
	listed: readonly string[],
	wanted: string | null,
	restored: string | undefined,
	lastWorked: string | null
): string {
	if (wanted && listed.includes(wanted)) return wanted;
	if (restored !== undefined && (restored === '' || listed.includes(restored))) return restored;
	if (listed.length > 1 && lastWorked && listed.includes(lastWorked)) return lastWorked;
	return '';
}
