import type { ExportField, ExportPlan } from '$lib/formats/export';
import { BUILTIN_COURSE_ID, BUILTIN_TITLE, courseIdOf } from '$lib/db/records';
import { plural } from '$lib/text/plural';

/**
 * The Export button and the line under it, from what the chosen format will hold (`planExport`):
 * the button counts what will be written, never the questions shown ("Export 4 questions" wrote
 * 2 to Kahoot, an outsider found; issue 12). `plan` is null while it is being counted.
 * `leftOut` is null when every question fits.
 */
export function exportWords(
	label: string,
	total: number,
	plan: ExportPlan | null
): { button: string; disabled: boolean; leftOut: string | null } {
	if (!plan) return { button: 'Counting what fits…', disabled: true, leftOut: null };
	if (total === 0) return { button: 'Nothing to export', disabled: true, leftOut: null };
	if (plan.written === 0)
		return {
			button: 'Nothing to export',
			disabled: true,
			leftOut: `${label} cannot hold any of these ${plural(total, 'question')}:`
		};
	const button = `Export ${plural(plan.written, 'question')}`;
	if (plan.written === total) return { button, disabled: false, leftOut: null };
	return {
		button,
		disabled: false,
		leftOut: `${label} can hold ${plan.written} of these ${plural(total, 'question')}. Left out:`
	};
}

const FIELD_WORDS: Record<ExportField, string> = {
	explanation: 'Explanations',
	topics: 'Topics',
	accept: 'Other accepted answers',
	quote: 'Source sentences'
};

/**
 * What the file leaves out of the questions it holds (`plan.lost`), for the line under the
 * Export button: a heading and one item per field, "Explanations (12 questions)"; null when it
 * keeps everything (issue 14: only whole questions left out were said).
 */
export function lostWords(
	label: string,
	lost: ExportPlan['lost']
): { heading: string; items: string[] } | null {
	if (!lost.length) return null;
	return {
		heading: `${label} has no place for these, so the file leaves them out:`,
		items: lost.map((l) => `${FIELD_WORDS[l.field]} (${plural(l.count, 'question')})`)
	};
}

/**
 * The name of an export's file and Anki deck: the title of the one course its questions come
 * from (whether chosen under Course or filtered down to it), so a re-import knows the course by
 * name too (an outsider's export of the built-in course was named "Turkey between Serbia and
 * Kosovo" without its years, and came back as 151 duplicates with no copy notice); questions of
 * several courses are "Flashpoint questions". `courses`: every course row (id and title); the
 * built-in course is known by its title before its row is read (a first visit installs it).
 */
export function exportName(
	questions: readonly { id: string }[],
	courses: readonly { id: string; title: string }[]
): string {
	const ids = new Set(questions.map((q) => courseIdOf(q.id)));
	const titleOf = (id: string) =>
		courses.find((c) => c.id === id)?.title ??
		(id === BUILTIN_COURSE_ID ? BUILTIN_TITLE : undefined);
	const only = ids.size === 1 ? titleOf([...ids][0]) : undefined;
	if (only) return only;
	return courses.length === 1 ? courses[0].title : 'Flashpoint questions';
}
