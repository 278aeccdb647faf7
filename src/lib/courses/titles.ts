import { foldText } from '$lib/text/fold';
import { closingStop } from '$lib/text/sentence';

/**
 * `title`, or `title (2)`, `(3)`… when a course of that name (compared folded: case, accents,
 * spacing) is already on the device, so Home, Study and Stats never list two courses alike
 * (outsider: importing the built-in course's own Anki export made a second course of the same
 * name). `taken` is the titles of every course, the built-in one included. Pure.
 */
export function distinctTitle(title: string, taken: readonly string[]): string {
	const used = new Set(taken.map(foldText));
	if (!used.has(foldText(title))) return title;
	for (let n = 2; ; n++) if (!used.has(foldText(`${title} (${n})`))) return `${title} (${n})`;
}

/**
 * The course among `courses` already called `title`, compared folded (case, accents and spaces
 * aside: "Year 10 revision" is "Year 10  Revision"), or undefined. Two courses of one name could
 * not be told apart on Home, in Study's course list or in a quiz's course choice (outsider).
 */
export function courseNamed<T extends { title: string }>(
	title: string,
	courses: readonly T[]
): T | undefined {
	const folded = foldText(title);
	return courses.find((course) => foldText(course.title) === folded);
}

/**
 * Why `title` cannot name a course, or `''`: another course among `courses` (the built-in one
 * included) is called so (`courseNamed`). `selfId` is the course being renamed, which may keep
 * its own name in other letters ("week 3" → "Week 3"). The one rule of Add documents and Rename:
 * Rename once saved a second "Year 9 Humanities" beside the built-in course (outsider teacher,
 * issue 12).
 */
export function takenTitleProblem(
	title: string,
	courses: readonly { id: string; title: string }[],
	selfId?: string
): string {
	const taken = courseNamed(
		title,
		courses.filter((course) => course.id !== selfId)
	);
	return taken
		? `You already have a course called “${taken.title}”${closingStop(taken.title)} Give this one another title, so you can tell them apart.`
		: '';
}
