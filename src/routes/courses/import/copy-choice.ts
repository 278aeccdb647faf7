import { plural } from '$lib/text/plural';
import type { FileCourse } from '$lib/courses/file-course';
import type { PreviewRequest } from '$lib/courses/import-session';

/**
 * Anki's choice for a file that is a copy or a changed version of a course on this device
 * (Anki's importer: update existing notes, or not, or keep both): `update` the course, add the
 * file as a `new` course, or `skip` the questions the course has already (Anki's duplicate
 * handling "Ignore"). The built-in course is never updated, so it offers `new` and `skip` only.
 */
export type CopyChoice = 'update' | 'new' | 'skip';

/** The choice the screen starts with: update one of the person's courses; never the built-in one. */
export function defaultCopyChoice(course: FileCourse): CopyChoice {
	return course.builtin ? 'new' : 'update';
}

/**
 * What a choice asks the import to compare with and store into: `skip` on the built-in course
 * is a new course of what it lacks; on the person's course, only new questions go into it.
 */
export function copyRequest(
	choice: CopyChoice,
	course: FileCourse
): Pick<PreviewRequest, 'target' | 'compareWith' | 'skipKnown'> {
	if (choice === 'new') return { target: 'new' };
	if (choice === 'update') return { target: course.courseId };
	return course.builtin
		? { target: 'new', compareWith: course.courseId, skipKnown: true }
		: { target: course.courseId, skipKnown: true };
}

/** The choices as the screen lists them, each with what it does. */
export function copyChoices(course: FileCourse): { value: CopyChoice; label: string }[] {
	const name = `“${course.title}”`;
	const skip = course.builtin
		? `Skip duplicates: a new course with only the questions ${name} does not have`
		: `Skip duplicates: add only the new questions to ${name}; its questions stay as they are`;
	return [
		...(course.builtin
			? []
			: [
					{
						value: 'update' as const,
						label: `Update ${name}: changed questions are updated in place (their progress kept), new ones added`
					}
				]),
		{ value: 'new', label: 'Add as a new course, with progress of its own' },
		{ value: 'skip', label: skip }
	];
}

/**
 * Why the screen asks: how many of the file's questions the course has by id (a note with the
 * same GUID is the same note, as Anki decides), or by question and answer (a file without ids:
 * "All 30 are already in “Spanish30”…"), or that only the name is the same.
 */
export function fileCourseNotice(course: FileCourse): string {
	const name = `“${course.title}”`;
	const found = course.byIds
		? `Already in ${name}: ${course.byIds} of this file’s ${plural(course.total, 'question')}, by their note ids (as Anki matches notes). The file is a copy or another version of that course.`
		: course.byText
			? `${course.byText === course.total ? `All ${course.total} are` : `${course.byText} of this file’s ${plural(course.total, 'question')} are`} already in ${name}, with the same question and answer: the file is a copy or another version of that course.`
			: `This file has the name of the course ${name}, so it may be a copy or another version of it.`;
	return course.builtin
		? `${found} The built-in course itself is never changed by an import.`
		: found;
}
