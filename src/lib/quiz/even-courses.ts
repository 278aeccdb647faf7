import type { Question } from '$lib/content/schema';
import { courseIdOf } from '$lib/db/records';

/**
 * A quiz of several courses draws its random questions evenly across them (issue 12, outsider
 * teacher: 25 at random from her 2 courses and the built-in course were 4 of hers and 21 of the
 * built-in's, as a draw from the pooled questions follows each course's size). Moodle adds random
 * questions per question-bank category, so a teacher sets how many each category gives; a
 * teacher who ticks three courses means all three, so each gives an even share, and a course
 * with fewer facts than its share gives all it has and the others the rest. Pure.
 */

/**
 * `pool` (already shuffled) reordered so its courses take turns, one fact at a time: the first
 * fact of each course, then the second of each, …, a fact's wordings kept together in the
 * order they came. A draw that takes the first `count` facts of this order (`buildQuizQuestions`,
 * the fill-up in `pick.ts`) then asks each course about as often, give-aways aside. One course:
 * the same questions, each fact's wordings together (which the draw does anyway). Courses by
 * `courseIdOf` of the question's document; the order of courses is their first question's.
 */
export function evenlyAcrossCourses<Q extends Pick<Question, 'fact' | 'source'>>(
	pool: readonly Q[]
): Q[] {
	const courses = new Map<string, Map<string, Q[]>>();
	for (const q of pool) {
		const course = courseIdOf(q.source.doc);
		let facts = courses.get(course);
		if (!facts) courses.set(course, (facts = new Map()));
		facts.set(q.fact, [...(facts.get(q.fact) ?? []), q]);
	}
	const queues = [...courses.values()].map((facts) => [...facts.values()]);
	const out: Q[] = [];
	for (let turn = 0; out.length < pool.length; turn++)
		for (const facts of queues) if (turn < facts.length) out.push(...facts[turn]);
	return out;
}
