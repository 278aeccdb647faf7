import type { ArticleView, Idea } from './ideas';

/**
 * A heading that limits where its statements hold (gen71, issue 12): under "Series circuits" a
 * handout writes "The current is the same at every point." and "The total resistance is the sum
 * of the individual resistances.", true of a series circuit only, since its sibling heading
 * "Parallel circuits" says otherwise. Asked alone ("The ____ is the sum of the individual
 * resistances"), the card teaches a misconception (an outsider teacher, session 35). When two
 * headings of one document name one thing with different words before it ("Series circuits",
 * "Parallel circuits"), a statement, blank or typed card of a sentence under one of them must
 * name what its heading adds ("series"), or it is refused. Pure.
 */

/** Longest heading read as a kind: "Series circuits", "Branched velm loops". */
const MAX_HEADING_WORDS = 4;

/** Words no modifier of a kind is: a determiner, a preposition, a conjunction, a verb's "-ing". */
const NOT_MODIFIER =
	/^(?:the|a|an|of|to|in|on|for|with|from|by|at|and|or|how|why|what|where|when|who|which|is|are|was|were|key|other|more|some|\p{L}+ing)$/u;

/**
 * A heading as a kind of a thing: its words before a plural head, lower case, each a modifier
 * ("Series circuits" → ["series"], head "circuit"); undefined for any other heading ("Early
 * life", "Spreading the word", "Key words", "Where do they come from?").
 */
function kindHeading(heading: string): { modifiers: string[]; head: string } | undefined {
	if (/\?\s*$/u.test(heading)) return undefined;
	const words = heading
		.toLowerCase()
		.split(/[^\p{L}\p{N}'’-]+/u)
		.filter(Boolean);
	if (words.length < 2 || words.length > MAX_HEADING_WORDS) return undefined;
	const last = words.at(-1)!;
	if (!/[^su]s$/u.test(last)) return undefined;
	const modifiers = words.slice(0, -1);
	if (modifiers.some((w) => NOT_MODIFIER.test(w))) return undefined;
	return { modifiers, head: last.slice(0, -1) };
}

/**
 * The words a sentence's heading adds to a thing a sibling heading names as another kind:
 * "series" of "Series circuits" beside "Parallel circuits"; [] when the heading has no such
 * sibling (`kindHeading`). Only plural kinds: "Early life" beside "Later life" is a time, and a
 * birth year under it holds.
 */
export function headingQualifier(section: string, sections: readonly string[]): string[] {
	const own = kindHeading(section);
	if (!own) return [];
	for (const other of sections) {
		if (other === section) continue;
		const kind = kindHeading(other);
		if (!kind || kind.head !== own.head) continue;
		const added = own.modifiers.filter((w) => !kind.modifiers.includes(w));
		if (added.length > 0) return added;
	}
	return [];
}

/**
 * True when a card's sentence stands under a qualifying heading (`headingQualifier`) and neither
 * its prompt nor its key names the qualifier: "The ____ is the sum of the individual
 * resistances" under "Series circuits".
 */
export function headingQualifierLost(idea: Idea, article: ArticleView): boolean {
	// A term's meaning holds under any heading ("What does CRT stand for?" under "Electronic
	// televisions"); a statement, a blank or a typed answer is what a heading limits.
	if (idea.type === 'flashcard') return false;
	const section = idea.sentence.section ?? '';
	if (!section) return false;
	const sections = [...new Set(article.sentences.map((s) => s.section ?? '').filter(Boolean))];
	return qualifierUnsaid(`${idea.prompt} ${idea.answer}`, section, sections);
}

/**
 * True when `said` (a card's prompt and key, or a suggestion's) stands under a qualifying
 * heading (`headingQualifier`: `section` among the document's `sections`) and does not name
 * what the heading adds ("series").
 */
export function qualifierUnsaid(
	said: string,
	section: string,
	sections: readonly string[]
): boolean {
	const added = headingQualifier(section, sections);
	if (added.length === 0) return false;
	const lower = said.toLowerCase();
	return !added.some((w) => new RegExp(`(?<![\\p{L}])${w}`, 'u').test(lower));
}
