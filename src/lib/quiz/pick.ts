import type { BankIndex } from '$lib/content/bank';
import type { Question } from '$lib/content/schema';
import { foldText } from '$lib/text/fold';
import { matchingQuestions, toQuizQuestion } from './build';
import { clashCounts, giveAways, withoutGiveAways, type GiveAway } from './give-away';
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
 * (`sameFactAs`, `chosenGiveAways`). `random` gives numbers in [0, 1).
 */
export function pickedQuestions(
	index: BankIndex,
	chosen: readonly string[],
	fill: { filters: PickFilters; fillTo: number } | null,
	random: () => number
): QuizQuestion[] {
	const picked = askedChosen(index, chosen).slice(0, LIMITS.maxQuestions);
	const wanted = Math.min(fill?.fillTo ?? 0, LIMITS.maxQuestions);
	if (fill && picked.length < wanted) {
		const facts = new Set(picked.map((q) => q.fact));
		const taken = new Set(picked.map((q) => q.id));
		const fresh = shuffled(matchingQuestions(index.bank.questions, fill.filters), random).filter(
			(q) => !taken.has(q.id) && !facts.has(q.fact) && facts.add(q.fact)
		);
		picked.push(
			...withoutGiveAways(fresh, wanted - picked.length, picked, clashCounts(index.bank.questions))
		);
	}
	return picked.map(toQuizQuestion);
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

/**
 * How many facts a fill-up can still draw from (`pickedQuestions`): those the questions matching
 * `filters` ask that no chosen question asks already. The count under "Number of questions".
 */
export function fillUpPool(
	index: BankIndex,
	chosen: readonly string[],
	filters: PickFilters
): number {
	const asked = new Set(chosen.map((id) => index.questionById.get(id)?.fact));
	const facts = new Set(matchingQuestions(index.bank.questions, filters).map((q) => q.fact));
	return [...facts].filter((fact) => !asked.has(fact)).length;
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
