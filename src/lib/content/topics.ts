/**
 * A question's topics (a file's tags: Anki's tags and subdeck, Moodle's tags and category, a
 * sheet's tags column), counted for the screens that choose by them: the Questions screen's
 * Topic filter and Custom study's "Study by card state or topic".
 */
import type { Question } from './schema';
import { foldText } from '$lib/text/fold';

/** Code-unit order: -1, 0 or 1. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every topic in the questions, with how many questions carry it, most common first, then by
 * name: folded (`foldText`: case and accents aside), then as written. Not `localeCompare`: its
 * first call in a page loads the browser's collation data (about 32 ms on a laptop, 4× that on
 * Lighthouse's phone), which made this the Questions screen's longest piece of script (issue 14,
 * bench/README.md).
 */
export function topicCounts(
	questions: readonly Pick<Question, 'topics'>[]
): { topic: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const q of questions) for (const t of q.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
	return [...counts]
		.map(([topic, count]) => ({ topic, count, key: foldText(topic) }))
		.sort((a, b) => b.count - a.count || compare(a.key, b.key) || compare(a.topic, b.topic))
		.map(({ topic, count }) => ({ topic, count }));
}
