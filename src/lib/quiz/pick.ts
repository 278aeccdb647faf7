import type { BankIndex } from '$lib/content/bank';
import type { Question } from '$lib/content/schema';
import { foldText } from '$lib/text/fold';
import { leastClashingFirst, matchingQuestions, toQuizQuestion } from './build';
import { clashCounts, giveAways, withoutGiveAways, type GiveAway } from './give-away';
import { evenlyAcrossCourses } from './even-courses';
import { shuffled } from './random';
import { isQuizType, LIMITS, type QuizQuestion, type QuizQuestionType } from './types';

/**
 * The teacher's own choice of a quiz's questions on New quiz (issue 12: teachers from Kahoot,
 * Wayground and Moodle expect to see and choose them, "a question picker with search and
 * preview"). Pure: the page keeps the chosen ids in order and asks this module what to list,
 * and what quiz the choice makes (the chosen in order, the rest drawn at random if asked).
 */

/** The page's filters (`matchingQuestions`): documents and topics (empty means all), types. */
export interface PickFilters {
	docs: string[];
	topics: string[];
	types: QuizQuestionType[];
}

/** How many rows the picker shows at first and adds with each "Show more". */
export const PICK_PAGE = 20;

/**
 * Each question's searchable text, folded (`foldText`: case and accents aside): its prompt,
 * key, choices, other accepted answers and its source document's title. Built once per course
 * (a Map by question id), so typing a search folds only the search.
 */
export function searchIndex(index: BankIndex): Map<string, string> {
	return new Map(
		index.bank.questions.map((q) => {
			const title = index.documentById.get(q.source.doc)?.title ?? '';
			const words = [q.prompt, q.answer, ...(q.choices ?? []), ...(q.accept ?? []), title];
			return [q.id, foldText(words.join('\n'))];
		})
	);
}

/**
 * The questions the picker lists: those matching the filters whose searchable text holds every
 * word of `search` (folded; any order, so "pristina capital" finds "capital of Kosovo:
 * Pristina"). An empty search lists every match, in the bank's order.
 */
export function pickerMatches(
	questions: readonly Question[],
	filters: PickFilters,
	search: string,
	searchable: ReadonlyMap<string, string>
): Question[] {
	const words = foldText(search).split(' ').filter(Boolean);
	const matching = matchingQuestions(questions, filters);
	if (!words.length) return matching;
	return matching.filter((q) => {
		const text = searchable.get(q.id) ?? '';
		return words.every((word) => text.includes(word));
	});
}

/** `chosen` with `id` added at the end, or taken out if it was there; at most the quiz limit. */
export function toggleChosen(chosen: readonly string[], id: string): string[] {
	if (chosen.includes(id)) return chosen.filter((c) => c !== id);
	return chosen.length >= LIMITS.maxQuestions ? [...chosen] : [...chosen, id];
}

/** `chosen` with the id at `index` moved by `by` places (−1 up, +1 down), clamped to the list. */
export function moveChosen(chosen: readonly string[], index: number, by: number): string[] {
	const out = [...chosen];
	const to = Math.max(0, Math.min(out.length - 1, index + by));
	if (index < 0 || index >= out.length || to === index) return out;
	const [moved] = out.splice(index, 1);
	out.splice(to, 0, moved);
	return out;
}

/**
 * The quiz the teacher's choice makes: the chosen questions in the chosen order (`askedChosen`),
 * then, when `fillTo` is more, questions drawn at random from
 * `filters` up to `fillTo` (at most `LIMITS.maxQuestions`), never one on a fact already asked
 * (two wordings of one fact give the answer away; `buildQuizQuestions`' rule) nor one that gives
 * away or is given away by another's answer (`withoutGiveAways`). The teacher may choose two on
 * one fact, or two that give each other away: that is their choice, which the page points out
 * (`sameFactAs`, `chosenGiveAways`). The fill-up adds as many as `fillUpPool` says it can (up to
 * `fillTo`): a few random draws, else the draw that count was made by (the teacher asked for 10
 * and got 8 without a word, session 30). `random` gives numbers in [0, 1).
 */
export function pickedQuestions(
	index: BankIndex,
	chosen: readonly string[],
	fill: { filters: PickFilters; fillTo: number } | null,
	random: () => number
): QuizQuestion[] {
	const picked = askedChosen(index, chosen).slice(0, LIMITS.maxQuestions);
	const wanted = Math.min(fill?.fillTo ?? 0, LIMITS.maxQuestions) - picked.length;
	if (fill && wanted > 0) {
		const { candidates, counts, room } = fillUp(index, chosen, fill.filters);
		const target = Math.min(wanted, room.length);
		let drawn: Question[] = [];
		for (let attempt = 0; attempt < FILL_DRAWS && drawn.length < target; attempt++) {
			// Of several courses, evenly across them (`evenlyAcrossCourses`).
			const order = leastClashingFirst(evenlyAcrossCourses(shuffled(candidates, random)), counts);
			drawn = withoutGiveAways(order, wanted, picked, counts, factOf);
		}
		// `room` is the same greedy draw without a limit: its first `target` are a fill-up.
		if (drawn.length < target) drawn = room.slice(0, target);
		picked.push(...drawn);
	}
	return picked.map(toQuizQuestion);
}

/** Random fill-up draws tried before the one `fillUpPool` counted (1 in 20 fell short). */
const FILL_DRAWS = 8;

/** What one quiz asks once in a fill-up: a question's fact. */
const factOf = (q: Question) => [q.fact];

/**
 * A fill-up's candidates (the questions matching `filters`, neither chosen nor on a chosen
 * question's fact), the course's clash counts, and the most it can add (`room`): the candidates
 * that clash least first, one per fact, none giving away or given away by a chosen question's or
 * another's answer (`withoutGiveAways`), in that order. Pure.
 */
function fillUp(index: BankIndex, chosen: readonly string[], filters: PickFilters) {
	const picked = askedChosen(index, chosen).slice(0, LIMITS.maxQuestions);
	const asked = new Set(chosen.map((id) => index.questionById.get(id)?.fact));
	const candidates = matchingQuestions(index.bank.questions, filters).filter(
		(q) => !asked.has(q.fact)
	);
	const counts = clashCounts(index.bank.questions);
	const order = [...candidates].sort((a, b) => counts.get(a)! - counts.get(b)!);
	const room = withoutGiveAways(order, Infinity, picked, counts, factOf);
	return { candidates, counts, room };
}

/**
 * The chosen questions a quiz can ask, in order: ids the index no longer has are skipped, and so
 * is a flashcard the ticked types leave a flashcard (`courseQuizIndex`: a term chosen as a short
 * answer, then Short answer and Multiple choice unticked), which no phone can mark.
 */
export function askedChosen(index: BankIndex, chosen: readonly string[]): Question[] {
	return chosen
		.map((id) => index.questionById.get(id))
		.filter((q): q is Question => q !== undefined && isQuizType(q.type));
}

/** What a fill-up can draw from (`fillUpPool`). */
export interface FillUpPool {
	/** The facts matching the filters that no chosen question asks. */
	facts: number;
	/** How many of them a fill-up can add: none giving another's answer away. */
	room: number;
}

/**
 * What a fill-up can draw from (`pickedQuestions`): the facts the questions matching `filters`
 * ask that no chosen question asks already, and how many of them it can add without one giving
 * away or being given away by another's answer, a chosen one's included (`withoutGiveAways`).
 * The count under "Number of questions" (`fillUpHint`); the fill-up adds that many.
 */
export function fillUpPool(
	index: BankIndex,
	chosen: readonly string[],
	filters: PickFilters
): FillUpPool {
	const { candidates, room } = fillUp(index, chosen, filters);
	return { facts: new Set(candidates.map((q) => q.fact)).size, room: room.length };
}

/**
 * The chosen questions that ask a fact an earlier chosen one asks, each id with that earlier
 * one's place in `chosen` (0-based). The list says so beside the second, gently: two wordings of
 * one fact may give the answer away, but the teacher may mean it (a retake), so nothing blocks.
 */
export function sameFactAs(index: BankIndex, chosen: readonly string[]): Map<string, number> {
	const first = new Map<string, number>();
	const repeats = new Map<string, number>();
	chosen.forEach((id, place) => {
		const fact = index.questionById.get(id)?.fact;
		if (fact === undefined) return;
		const earlier = first.get(fact);
		if (earlier === undefined) first.set(fact, place);
		else repeats.set(id, earlier);
	});
	return repeats;
}

/**
 * The pairs of the teacher's chosen questions of which one's prompt holds the other's answer
 * (`giveAways`), with their places in `chosen` (as the list numbers them; a flashcard no phone
 * asks gives and is given nothing). New quiz says each beside the question given away ("Question
 * 3 gives away the answer to question 7") rather than drop a question the teacher chose.
 */
export function chosenGiveAways(index: BankIndex, chosen: readonly string[]): GiveAway[] {
	return giveAways(
		chosen.map((id) => {
			const q = index.questionById.get(id);
			return q && isQuizType(q.type) ? q : null;
		})
	);
}
