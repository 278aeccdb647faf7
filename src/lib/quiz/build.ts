import { numericAccepts } from '$lib/content/numeric';
import { explanationOf, type Question } from '$lib/content/schema';
import { statementOf } from '$lib/formats/front-back';
import { sortFolded } from '$lib/text/fold';
import { evenlyAcrossCourses } from './even-courses';
import { clashCounts, withoutGiveAways, type GiveAwayRule } from './give-away';
import { seededRandom, shuffled } from './random';
import { QUIZ_TYPES, type QuizQuestion, type QuizQuestionType } from './types';

export interface BuildFilters {
	/** Document ids; empty means every document. */
	docs: string[];
	/** Topics; empty means every topic. */
	topics: string[];
	types: QuizQuestionType[];
	count: number;
	seed: number;
}

export function toQuizQuestion(q: Question): QuizQuestion {
	return {
		id: q.id,
		type: q.type as QuizQuestionType,
		prompt: q.prompt,
		answer: q.answer,
		...(q.choices ? { choices: q.choices } : {}),
		...(q.accept || q.numeric
			? { accept: [...(q.accept ?? []), ...(q.numeric ? numericAccepts(q.numeric) : [])] }
			: {}),
		// Kept as well on the teacher's device, so marking and Moodle export see the number
		// (`quiz-numeric.ts`); a link carries the text above and its reader finds it again.
		...(q.numeric ? { numeric: { ...q.numeric } } : {}),
		// None ('') when an imported file gave none: a note about the teacher's file is no
		// explanation for a student, and the review screen shows nothing in its place.
		explanation: explanationOf(q) ?? '',
		source: q.source
	};
}

export function matchingQuestions(
	questions: readonly Question[],
	filters: Omit<BuildFilters, 'count' | 'seed'>
) {
	return questions.filter(
		(q) =>
			(QUIZ_TYPES as readonly string[]).includes(q.type) &&
			filters.types.includes(q.type as QuizQuestionType) &&
			inDocsAndTopics(q, filters)
	);
}

/** Whether `q` is of the documents and topics the filters tick (none ticked means all). */
export function inDocsAndTopics(
	q: Pick<Question, 'source' | 'topics'>,
	filters: Pick<BuildFilters, 'docs' | 'topics'>
): boolean {
	return (
		(filters.docs.length === 0 || filters.docs.includes(q.source.doc)) &&
		(filters.topics.length === 0 || q.topics.some((t) => filters.topics.includes(t)))
	);
}

/** How many different facts the questions ask: the most questions one quiz can have. */
export function factCount(questions: readonly Pick<Question, 'fact' | 'prompt'>[]): number {
	return distinctFacts(questions).length;
}

/**
 * The most questions one quiz of `questions` can ask: one per fact (`factCount`), none giving
 * another's answer away (`withoutGiveAways`), the questions that clash least taken first. New
 * quiz says it ("the quiz will have 16") and asks at most this many; it said 17 of 17 facts, and
 * a draw of 17 had 16 when two of them gave each other away. A largest such set is a maximum
 * independent set, so this is an estimate; draws of this many reach it (`buildQuizQuestions`
 * keeps the question that clashes least of a pair too).
 */
export function askableCount(questions: readonly Question[]): number {
	const counts = clashCounts(questions);
	const order = [...questions].sort((a, b) => counts.get(a)! - counts.get(b)!);
	return withoutGiveAways(order, Infinity, [], counts, askedKeys).length;
}

/**
 * The questions, in order, without one that asks a fact an earlier one asks: the same `fact`,
 * or the same statement in another form (its prompt folded, a "True or false:" lead-in left
 * off). Two copies of one question with different facts came from a file imported twice (a
 * Quizlet round trip: "paid the new republic ____" asked twice in one quiz; outsider, issue 12).
 */
function distinctFacts<Q extends Pick<Question, 'fact' | 'prompt'>>(questions: readonly Q[]): Q[] {
	const seen = new Set<string>();
	return questions.filter((q) => {
		const keys = askedKeys(q);
		if (keys.some((key) => seen.has(key))) return false;
		for (const key of keys) seen.add(key);
		return true;
	});
}

/** What one quiz asks once (`distinctFacts`): a question's fact and its statement. */
function askedKeys(q: Pick<Question, 'fact' | 'prompt'>): string[] {
	return [`f:${q.fact}`, `p:${statementKey(q.prompt)}`];
}

/**
 * A prompt as a statement to compare: its "True or false:" lead-in left off, lower case, spaces
 * collapsed. Not `foldText`: the QR fit draws quizzes many times over, and folding every prompt
 * each time made New quiz's plan 2.4 times slower (17 → 41 s in quiz-form.test.ts at load 33);
 * an imported copy has the very same words.
 */
function statementKey(prompt: string): string {
	return statementOf(prompt).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The rules a draw follows, by the version that brought them: 1, never two questions on one fact
 * (`distinctFacts`); 2 (session 30), nor one whose prompt holds another's answer
 * (`withoutGiveAways`, `GiveAwayRule` 'as-written'); 3 (session 31), nor one whose prompt holds a
 * part of another's answer or whose choices hold a typed answer ('parts'); 4 (session 32), nor
 * one that names another's answer by its last word ('names': "Arkwright" for "Richard
 * Arkwright"). A join code made under an earlier rule redraws its quiz under that rule
 * (`rebuildQuiz`), so a code already given to a class still opens the same questions.
 */
export type DrawRule = 1 | 2 | 3 | 4;
/** The rule every new quiz is drawn by. */
export const DRAW_RULE: DrawRule = 4;
/** Every rule, oldest first: the order a phone tries a join code's draw in. */
export const DRAW_RULES: readonly DrawRule[] = [1, 2, 3, 4];

/** The give-away rule of a draw rule from 2 on. */
function giveAwayRule(rule: DrawRule): GiveAwayRule {
	return rule === 2 ? 'as-written' : rule === 3 ? 'parts' : 'names';
}

/**
 * Picks up to `count` questions at random (seeded) from those matching the filters, never two on
 * the same fact (`distinctFacts`): two wordings of one fact in one quiz give the answer away and
 * count it twice; and (rule 2) never one whose prompt holds another's answer, the better of the
 * two kept (`withoutGiveAways`: "NATO’s 1999 bombing campaign" beside "NATO’s ____
 * intervention"; rule 3, nor a part of one, nor a typed answer among another's choices; rule 4,
 * nor the last word of a name). When fewer facts than `count` match, or give-aways leave fewer, the quiz is
 * shorter (`factCount` says by how much the facts allow). `evenly`: the courses of a quiz of
 * several take turns (`evenlyAcrossCourses`); never for a join code's draw, whose order a phone
 * redraws by `rule` alone.
 */
export function buildQuizQuestions(
	questions: readonly Question[],
	filters: BuildFilters,
	rule: DrawRule = DRAW_RULE,
	evenly = false
): QuizQuestion[] {
	const drawn = shuffled(matchingQuestions(questions, filters), seededRandom(filters.seed));
	const pool = evenly ? evenlyAcrossCourses(drawn) : drawn;
	if (rule === 1) return distinctFacts(pool).slice(0, filters.count).map(toQuizQuestion);
	const by = giveAwayRule(rule);
	const counts = clashCounts(questions, by);
	return withoutGiveAways(
		leastClashingFirst(pool, counts),
		filters.count,
		[],
		counts,
		askedKeys,
		by
	).map(toQuizQuestion);
}

/**
 * `pool` with each fact's wordings together at its first wording's place, the one that clashes
 * least first (`counts`; ties in `pool`'s order): which facts a draw asks stays random, and of a
 * fact's true/false and multiple-choice wordings it takes the one that gives nothing away. Taking
 * the first wording drawn made a quiz of a topic's 17 facts 16 long in 1 draw in 3.
 */
export function leastClashingFirst<Q extends Question>(
	pool: readonly Q[],
	counts: ReadonlyMap<Q, number>
) {
	const place = new Map<string, number>();
	pool.forEach((q, i) => {
		if (!place.has(q.fact)) place.set(q.fact, i);
	});
	const at = new Map(pool.map((q, i) => [q, i]));
	return [...pool].sort(
		(a, b) =>
			place.get(a.fact)! - place.get(b.fact)! ||
			counts.get(a)! - counts.get(b)! ||
			at.get(a)! - at.get(b)!
	);
}

/** Every topic of `questions` once, in reading order (`sortFolded`). */
export function topicsOf(questions: readonly Question[]): string[] {
	return sortFolded(questions.flatMap((q) => q.topics));
}
