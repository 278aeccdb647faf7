import { foldText } from '$lib/text/fold';

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
