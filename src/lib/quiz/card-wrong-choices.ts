import { matchesAnswer, normalizeAnswer } from '$lib/content/answer-match';
import type { Question } from '$lib/content/schema';
import { halvesClash } from '$lib/text/choice-halves';
import { nearestInLength } from '$lib/text/nearest-length';
import { crc32Text } from './bytes';
import { seededRandom, shuffled } from './random';
import { answerKind, isShortKey, type AnswerKind } from './answer-kind';
import { formClash } from './choice-form';
import { wear, type ChoiceUses } from './choice-uses';
import {
	alsoRight,
	askedTerm,
	choiceCue,
	formCue,
	likeKeyForm,
	sameCourse,
	type ChoiceCue
} from './card-fairness';

/**
 * Wrong choices for a flashcard asked as multiple choice (`card-questions.ts` says how a card
 * becomes a quiz question): other flashcards' keys of its course and kind (`cardKind`,
 * `kindGroup`), its own handout's first for a definition, those nearest the key's length first,
 * none the typed-answer marking takes for the key, and none letting the key stand out
 * (`card-fairness.ts`). Pure and deterministic for a seed.
 */

/**
 * What a flashcard's key is (`answerKind`: a year, a date, an amount, a name, a term, a reason,
 * a definition by its head noun's class …), for wrong choices a student cannot rule out by their
 * kind alone.
 */
export type CardKind = AnswerKind;

/**
 * Wrong choices wanted, as the bank's multiple choice has; with fewer, none: a question with two
 * wrong choices of its kind and a third of another gave itself away (outsider teacher, session
 * 30), so a card with fewer than three of its kind stays typed or a flashcard.
 */
const WANTED_WRONG = 3;
export const MIN_WRONG = 3;

/**
 * The kind of a flashcard's key (`answerKind`), read from its front and back; remembered per
 * card object, as a course's cards are sorted by kind for each card's wrong choices (New quiz's
 * plan took 7.1 → 9.7 s in quiz-form.test.ts before).
 */
export function cardKind(card: Pick<Question, 'prompt' | 'answer'>): CardKind {
	let kind = kinds.get(card);
	if (kind === undefined) kinds.set(card, (kind = answerKind(card)));
	return kind;
}
const kinds = new WeakMap<object, CardKind>();

/**
 * Whether `a` and `b` say nearly the same, so never both a key and a choice: for short keys the
 * typed-answer marking's verdict either way ("Flood plain" is "Floodplain"); for longer ones
 * (nobody types a definition, and marking them costs a tenth of a millisecond each) the same
 * words but for a quarter (`SAME_WORDS`: "a curved lake formed when a meander is cut off" and
 * "a curved lake that forms when a meander is cut off").
 */
function nearlySame(a: string, b: string): boolean {
	const [x, y] = [normalized(a), normalized(b)];
	if (x === y) return true;
	if (isShortKey(a) && isShortKey(b))
		return matchesAnswer(a, { answer: b }) || matchesAnswer(b, { answer: a });
	return sharedWords(x, y) >= SAME_WORDS;
}

/**
 * `normalizeAnswer`, remembered: a course's keys are compared with one another many times over
 * (a course of 600 look-alike definitions took 20 s at load 29 before). Emptied past
 * `MEMO_SIZE` entries, so a long session does not keep every course's keys.
 */
function normalized(text: string): string {
	let found = memo.get(text);
	if (found === undefined) {
		if (memo.size >= MEMO_SIZE) memo.clear();
		found = normalizeAnswer(text);
		memo.set(text, found);
	}
	return found;
}
const memo = new Map<string, string>();
const MEMO_SIZE = 5000;

/** Share of words two long keys have in common (Dice's coefficient) from which they are one. */
const SAME_WORDS = 0.75;

/** Dice's coefficient of two normalized texts' sets of words: 0 none shared, 1 the same. */
function sharedWords(x: string, y: string): number {
	const a = new Set(x.split(' '));
	const b = new Set(y.split(' '));
	const both = [...a].filter((word) => b.has(word)).length;
	return (2 * both) / (a.size + b.size);
}

/**
 * Up to three wrong choices for `card` from `others` (the course's flashcards; the card itself
 * and its own fact's siblings are skipped): for a definition, its own handout's definitions when
 * it has three (`ofHandout`); else keys of the same `cardKind`, in an order shuffled by
 * `seed` and the card's id, those of its own document first (`LENGTH_BAND`), and in each group
 * those nearest the key's length first. None near-equal to the
 * key or to another choice (`nearlySame`: the typed-answer marking's verdict), none the front
 * names (a choice the question writes out is plainly not its answer), none listing both
 * halves of another choice or of the key with them (`halvesClash`: "China", "Russia" and
 * "China and Russia"), and none of `avoid` (another quiz question's key:
 * `matching-choices.ts`). Deterministic.
 */
export function cardDistractors(
	card: Question,
	others: readonly Question[],
	seed = 0,
	avoid: readonly string[] = []
): string[] {
	const kind = cardKind(card);
	const group = kindGroup(kind);
	const ofGroup = () => others.filter((o) => kindGroup(cardKind(o)) === group);
	const ofKind = () => others.filter((o) => cardKind(o) === kind);
	if (group !== kind)
		for (const cards of [ofKind, ofGroup]) {
			const handout = wrongChoices(card, ofHandout(card, cards()), seed, avoid);
			if (handout.length >= MIN_WRONG) return handout;
		}
	const own = wrongChoices(card, ofKind(), seed, avoid);
	if (own.length >= MIN_WRONG || group === kind) return own;
	// A definition with too few of its sub-kind: any definition of its course (`kindGroup`).
	const wide = wrongChoices(card, ofGroup(), seed, avoid);
	return wide.length >= MIN_WRONG ? wide : own;
}

/**
 * The cards of `card`'s own document (its handout) among `cards`. A definition's wrong choices
 * come from its own handout first, when it has three: its definitions of the same sub-kind
 * (`cardKind`), else of any (`kindGroup`), as a handout's glossary is the teacher's own list of
 * terms that go together (teacher outsider of session 35: a definition of one handout was asked
 * among another handout's, as its head noun had more siblings there); then its sub-kind in the
 * whole course, then any definition of the course.
 */
function ofHandout(card: Question, cards: readonly Question[]): Question[] {
	return cards.filter((o) => o.source.doc === card.source.doc);
}

/**
 * `cardDistractors` from `sameKind`, the cards of the card's own kind (computed once a course),
 * none of whose keys is one of `avoid` (the keys of a quiz's other questions, `matching-choices.ts`),
 * compared as the typed-answer marking compares (`normalizeAnswer`); none when the only three the
 * course has would let the key give itself away (`pickWrong`), each in the key's typographic form
 * (`likeKeyForm`).
 */
function wrongChoices(
	card: Question,
	sameKind: readonly Question[],
	seed: number,
	avoid: readonly string[] = []
): string[] {
	const picked = pickWrong(card, sameKind, seed, avoid);
	return picked.cue ? [] : picked.wrong.map((w) => likeKeyForm(w, card.answer));
}

/** Wrong choices `pickWrong` found, or the cue that made it refuse the only ones it found. */
export interface PickedWrong {
	wrong: string[];
	/** Set when three were found but each set let the key stand out (`choiceCue`); `wrong` empty. */
	cue: ChoiceCue | null;
}

/**
 * Up to three wrong choices for `card` (`cardDistractors` says which), of its own course only
 * (`sameCourse`: a quiz of two courses never asks a definition among another course's) and none
 * also right for its prompt (`alsoRight`) or of another form than its key (`formClash`: a
 * note in shorthand beside prose, a list beside one thing, far longer or shorter). The least
 * worn by the quiz's other questions first (`uses`, `wear`), in their order. When the first three
 * let the key stand out by its length or its form (`choiceCue`), those nearest the key's length
 * in the whole course are tried, then those of the key's form; when each does, none, with the
 * first cue found.
 */
function pickWrong(
	card: Question,
	sameKind: readonly Question[],
	seed: number,
	avoid: readonly string[],
	uses?: ChoiceUses
): PickedWrong {
	const prompt = ` ${normalized(card.prompt)} `;
	const avoided = new Set(avoid.map(normalized));
	const others = sameKind.filter(
		(o) =>
			o.id !== card.id &&
			o.fact !== card.fact &&
			sameCourse(o, card) &&
			!avoided.has(normalized(o.answer.trim())) &&
			!alsoRight(card, o, normalized) &&
			!formClash(card.answer, o.answer)
	);
	const random = seededRandom((crc32Text(card.id) ^ seed) >>> 0);
	const length = card.answer.length;
	const near = (o: Question) =>
		o.source.doc === card.source.doc &&
		o.answer.length * LENGTH_BAND >= length &&
		o.answer.length <= length * LENGTH_BAND;
	const order = (group: readonly Question[]) =>
		nearestInLength(
			shuffled(
				group.map((o) => o.answer.trim()),
				random
			),
			card.answer
		);
	// The least worn first (`wear`), each tier in its order: a stable sort.
	const spread = (ordered: readonly string[]) =>
		ordered
			.map((v, i) => ({ v, i, w: wear(uses, [v], normalized) }))
			.sort((a, b) => a.w - b.w || a.i - b.i)
			.map(({ v }) => v);
	const term = askedTerm(card.prompt, normalized);
	const pick = (ordered: readonly string[]) => {
		const out: string[] = [];
		for (const value of ordered.slice(0, MOST_TRIED)) {
			if (prompt.includes(` ${normalized(value)} `)) continue;
			// "… when a meander is cut off" for "What is a meander?": ruled out by its words.
			if (term && ` ${normalized(value)} `.includes(` ${term} `)) continue;
			if (nearlySame(value, card.answer) || out.some((v) => nearlySame(v, value))) continue;
			// "China", "Russia" beside "China and Russia": a form cue (`halvesClash`).
			if (halvesClash([card.answer, ...out, value])) continue;
			out.push(value);
			if (out.length === WANTED_WRONG) break;
		}
		return out;
	};
	const first = pick(
		spread([...order(others.filter(near)), ...order(others.filter((o) => !near(o)))])
	);
	const cue = first.length === WANTED_WRONG ? choiceCue(card.answer, first) : null;
	if (!cue) return { wrong: first, cue: null };
	const sameForm = others.filter((o) => !formCue(card.answer, [o.answer]));
	for (const ordered of [order(others), order(sameForm)]) {
		const wrong = pick(spread(ordered));
		if (wrong.length === WANTED_WRONG && !choiceCue(card.answer, wrong))
			return { wrong, cue: null };
	}
	return { wrong: [], cue };
}

/**
 * Most keys tried as wrong choices of one card, in their order: past them the rest are far from
 * the key's length or topic, and each try may cost a typed-answer marking.
 */
const MOST_TRIED = 40;

/**
 * A wrong choice of the card's own document (its topic: a volcano's definition beside a
 * hotspot's, not a bone's, which a student rules out by its subject alone) goes first when its
 * length is within this factor of the key's; past it, its length would be the cue instead.
 */
const LENGTH_BAND = 2;

/**
 * The wider kind a definition's wrong choices may come from when its own sub-kind has too few:
 * 'def' for any definition (`def:<class>`), else the kind itself. Outsider teacher, issue 12: 8
 * "What is meant by the term …?" cards split by their head nouns into "a definition of a mostly",
 * "of a change", "of a circuit", none with three siblings, so none could be asked; Quizlet's Test
 * takes any other term's definition as a wrong choice. People (`def:people`) stay their own. Two definitions of one course are alike
 * enough (both say what a term means); `card-fairness.ts` still refuses a choice also right, one
 * naming the asked term, and a key standing out by its length or form.
 */
export function kindGroup(kind: CardKind): string {
	// People stay apart: a Who question's answer among things' definitions is ruled out by kind.
	return kind.startsWith('def:') && kind !== 'def:people' ? 'def' : kind;
}

/** Cards of `card`'s own kind (`wider` false) or of its wider kind (`kindGroup`, `wider` true). */
export type KindPool = (wider: boolean) => readonly Question[];

/**
 * Wrong choices for `card` from its own kind, else, for a definition, from every definition of
 * its course (`kindGroup`): the sub-kind first, where it has enough, as its choices are likest.
 * A definition takes them from its own handout's definitions before either, when that has three
 * (`ofHandout`), and from every definition before its sub-kind when those are less worn by the
 * quiz's other questions (`uses`, `wear`; none given: no spreading).
 */
export function kindChoices(
	card: Question,
	pool: KindPool,
	seed: number,
	uses?: ChoiceUses
): PickedWrong & { wider: boolean } {
	const kind = cardKind(card);
	const fair = (p: PickedWrong) => p.wrong.length >= MIN_WRONG && !p.cue;
	if (kindGroup(kind) !== kind)
		// A definition: its own handout's of its sub-kind, then of any (`ofHandout`).
		for (const wider of [false, true]) {
			const handout = pickWrong(card, ofHandout(card, pool(wider)), seed, [], uses);
			if (fair(handout)) return { ...handout, wider };
		}
	const own = pickWrong(card, pool(false), seed, [], uses);
	if (kindGroup(kind) === kind) return { ...own, wider: false };
	// A sub-kind's choices worn by other questions (`wear`): any definition's, when less worn.
	if (fair(own) && wear(uses, own.wrong, normalized) === 0) return { ...own, wider: false };
	const wide = pickWrong(card, pool(true), seed, [], uses);
	if (
		fair(own) &&
		!(fair(wide) && wear(uses, wide.wrong, normalized) < wear(uses, own.wrong, normalized))
	)
		return { ...own, wider: false };
	return wide.wrong.length >= MIN_WRONG || wide.cue
		? { ...wide, wider: true }
		: { ...own, wider: false };
}
