/**
 * Names of a file's decks and categories, read and written: the title a file gives its questions
 * (an Anki deck, a Moodle category), Moodle's category path of an exported question and the topic
 * one gives, and Anki's nested deck names (`Parent::Child`) as this app shows them ("Parent ›
 * Child"). Split from `portable.ts`, which holds the portable question and its schema.
 */

/**
 * The name a file gives its questions: the deepest deck or category every question shares
 * (`Spanish` for `Spanish::Verbs` and `Spanish::Nouns`), as Anki names an exported deck and
 * Moodle a category holding subcategories. `paths` are the questions' decks or categories, each
 * as its parts from the top; none shared, or only Anki's catch-all `Default`, gives undefined
 * (the file's name is used then). With `join` (Anki's `::`), the whole shared name from the top,
 * `Spanish::Verbs` for `Spanish::Verbs` alone, as Anki names that deck (issue 14: it became
 * `Verbs`, and an export wrote it back as a deck of its own); without, the deepest part, as
 * Moodle lists a category (its path starts at the course's own category).
 */
export function fileTitle(
	paths: readonly (readonly string[])[],
	join?: string
): string | undefined {
	const named = paths.map((p) => p.map((part) => part.trim()).filter(Boolean));
	if (!named.length || named.some((p) => !p.length)) return undefined;
	let shared = 0;
	while (shared < named[0].length && named.every((p) => p[shared] === named[0][shared])) shared++;
	// A shared "Default for <course>" names the course itself, above any category under it: how
	// Moodle and `moodleCategory` write a course's questions (a GIFT round trip whose questions
	// all had one topic came back titled by the topic, or by the file name, issue 12).
	const course = join ? undefined : named[0].slice(0, shared).find((p) => COURSE_CATEGORY.test(p));
	if (course) return course.replace(COURSE_CATEGORY, '').slice(0, 200);
	// Moodle names a context's default category "Default for <course>" (older: "Default"): the
	// course's name is the title; "Default" alone names nothing.
	const deepest = named[0][shared - 1]?.replace(/^Default for\s+/i, '');
	if (!deepest || /^(default|top)$/i.test(deepest)) return undefined;
	// Anki's catch-all `Default` above a deck names nothing of it.
	const parts = named[0].slice(0, shared);
	const whole = parts.slice(/^default$/i.test(parts[0]) ? 1 : 0).join(join);
	return (join ? whole : deepest).slice(0, 200);
}

/** Moodle's name for a course's own question category: "Default for <course>". */
const COURSE_CATEGORY = /^Default for\s+(?=\S)/i;

/**
 * The topic a Moodle category `path` (its parts from below `top`) gives its questions: the
 * deepest part that is not Moodle's default category ("Default", "Default for <course>"), which
 * names the course, not a topic; undefined when there is none.
 */
export function categoryTopic(path: readonly string[]): string | undefined {
	return path.filter((p) => !/^default$/i.test(p) && !COURSE_CATEGORY.test(p)).at(-1);
}

/**
 * The Moodle category path (`$course$/top/…`) of a question with first topic `topic` in a course
 * titled `title` (`''`: none), as Moodle exports a course's bank: `$course$/top/Default for
 * <title>/<topic>` (just `…/top/<topic>` when the topic is the title). Read back, the course part is the course's title (`fileTitle`) and the last
 * part the topic (`categoryTopic`). A `/` would start a subcategory and a line break end the
 * line: each becomes a space, as Moodle cannot keep them in a category name either.
 */
export function moodleCategory(title: string, topic: string | undefined): string {
	const part = (text: string) => text.replace(/[\r\n/]+/g, ' ').trim();
	const [course, under] = [part(title), part(topic ?? '')];
	// A class quiz's questions have its title as their topic (`quizPortable`): one category of
	// that name, as before, not "Default for Week 3/Week 3" in Moodle's bank.
	return [
		'$course$/top',
		...(course && course !== under ? [`Default for ${course}`] : []),
		...(under ? [under] : [])
	].join('/');
}

/**
 * Between the levels of a nested deck's name as this app shows it: "Serbian vocab › Basics" for
 * Anki's `Serbian vocab::Basics` (task anki26: a course was titled with the literal "::").
 */
export const DECK_LEVELS = ' › ';

/** A nested deck's levels from the top, from Anki's name (`::`) or this app's (` › `). */
export function deckLevels(name: string): string[] {
	return name
		.split(/::|›/)
		.map((part) => part.trim())
		.filter(Boolean);
}

/** Anki's deck name `Serbian vocab::Basics` as this app shows it: "Serbian vocab › Basics". */
export function deckTitle(ankiName: string): string {
	return deckLevels(ankiName).join(DECK_LEVELS);
}

/** The Anki deck name (`Parent::Child`) for a course titled "Parent › Child" (or with `::`). */
export function ankiDeckName(title: string): string {
	return deckLevels(title).join('::');
}
