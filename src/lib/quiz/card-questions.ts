import { statementOf } from '$lib/formats/front-back';
import type { Question } from '$lib/content/schema';
import { crc32Text } from './bytes';
import { seededRandom, shuffled } from './random';
import { QUIZ_TYPE_LABELS, type AskedType, type QuizQuestionType } from './types';
import { isShortKey } from './answer-kind';
import { likeKeyForm } from './card-fairness';
import { cardKind, kindChoices, kindGroup, MIN_WRONG, type KindPool } from './card-wrong-choices';
import { countUses, type ChoiceUses } from './choice-uses';

/**
 * A teacher's own flashcards asked in a class quiz (issue 12: an outsider teacher's quiz from her
 * own course had ONE question, as most of its accepted questions were flashcards, which a phone
 * cannot mark). As Quizlet's Test mode does with a term-definition set, a flashcard is asked as
 * a question the phone marks:
 * - a short key (a term, a name, a number: `isShortKey`) as a short answer, marked by the
 *   typed-answer marking (`matchesAnswer`);
 * - any key as multiple choice whose wrong choices are other flashcards' keys of the same course
 *   and kind (`cardKind`: a year with years, a disease's definition with other illnesses'; at
 *   least three, else, for a definition, any definition of the course: `kindGroup`; else the card
 *   stays a flashcard), those nearest the key's length first (`nearestInLength`), never one a
 *   typed answer would take for the key, none also right for the front, none of another course,
 *   and none letting the key stand out by its length or form (`card-fairness.ts`).
 * The question keeps its id, fact, explanation and source: only its type and choices change, so
 * it travels in the quiz link word for word like the course's other questions. The wrong choices:
 * `card-wrong-choices.ts`.
 */

export { isShortKey };

/**
 * `card` as a question a phone marks, in the first form `types` allow: a short answer when its
 * key is short (`isShortKey`), else multiple choice with three wrong choices of its kind
 * (`cardDistractors`, the choices in an order shuffled by `seed` and the id); null when neither
 * fits (a long key with too few flashcards of its kind, or the type not ticked).
 */
export function cardQuizQuestion(
	card: Question,
	others: readonly Question[],
	types: readonly QuizQuestionType[],
	seed = 0
): Question | null {
	const kind = cardKind(card);
	const group = kindGroup(kind);
	return asQuizQuestion(
		card,
		(wider) =>
			others.filter(
				(o) => (wider ? kindGroup(cardKind(o)) : cardKind(o)) === (wider ? group : kind)
			),
		types,
		seed
	);
}

/**
 * `cardQuizQuestion` from `card`'s pools; `uses` counts the wrong choices other questions of
 * the quiz took, read to spread them (`MOST_USES`) and added to.
 */
function asQuizQuestion(
	card: Question,
	pool: KindPool,
	types: readonly QuizQuestionType[],
	seed: number,
	uses?: ChoiceUses
): Question | null {
	// A key of True or False (a true/false question kept as a card by a file that cannot say so)
	// is asked as true/false or not at all: a typed "False" is no question (outsider, issue 12).
	const truth = /^(true|false)\.?$/i.exec(card.answer.trim())?.[1].toLowerCase();
	if (truth)
		return types.includes('truefalse')
			? { ...card, type: 'truefalse', prompt: statementOf(card.prompt), answer: truth }
			: null;
	if (types.includes('short') && isShortKey(card.answer)) return { ...card, type: 'short' };
	if (!types.includes('mcq')) return null;
	const picked = kindChoices(card, pool, seed, uses);
	if (picked.cue || picked.wrong.length < MIN_WRONG) return null;
	if (uses) countUses(uses, picked.wrong);
	const wrong = picked.wrong.map((w) => likeKeyForm(w, card.answer));
	const random = seededRandom((crc32Text(`${card.id}|choices`) ^ seed) >>> 0);
	return { ...card, type: 'mcq', choices: shuffled([card.answer.trim(), ...wrong], random) };
}

/** A course's questions with its flashcards as quiz questions, and which ids were flashcards. */
export interface CardQuestions {
	questions: Question[];
	/** Ids of the questions made from a flashcard (`cardQuizQuestion`), in whatever form. */
	fromCards: ReadonlySet<string>;
}

/**
 * `questions` with each flashcard made a quiz question (`cardQuizQuestion`) or left a flashcard
 * (which no quiz takes) when it cannot be. Other questions are returned as they are. A wrong
 * choice already taken by `MOST_USES` earlier cards goes after the others of its kind, so one
 * answer is not the odd one out in question after question (outsider teacher, session 38).
 */
export function withCardQuestions(
	questions: readonly Question[],
	types: readonly QuizQuestionType[],
	seed = 0
): CardQuestions {
	const pool = kindPools(questions.filter((q) => q.type === 'flashcard'));
	const fromCards = new Set<string>();
	const uses: ChoiceUses = new Map();
	const out = questions.map((q) => {
		if (q.type !== 'flashcard') return q;
		const made = asQuizQuestion(q, (wider) => pool(q, wider), types, seed, uses);
		if (!made) return q;
		fromCards.add(q.id);
		return made;
	});
	return { questions: out, fromCards };
}

/**
 * A quiz question's form as New quiz's picker and chosen list name it: its type, and "made from
 * your flashcard" when it was one (`fromCards`), "made from your blank" for a key-term blank
 * asked as multiple choice (`withBlankChoices`), so the teacher sees how each is asked.
 */
export function formLabel(type: AskedType, fromCard: boolean, fromBlank = false): string {
	const made = fromCard ? ' made from your flashcard' : fromBlank ? ' made from your blank' : '';
	return `${QUIZ_TYPE_LABELS[type]}${made}`;
}

/**
 * `cards` sorted once by kind and by wider kind (`kindGroup`): for a card, those of its own kind
 * (`wider` false) or of its wider kind (`wider` true).
 */
export function kindPools(
	cards: readonly Question[]
): (card: Question, wider: boolean) => Question[] {
	const byKind = new Map<string, Question[]>();
	const add = (key: string, q: Question) => byKind.set(key, [...(byKind.get(key) ?? []), q]);
	for (const q of cards) {
		add(`k|${cardKind(q)}`, q);
		add(`g|${kindGroup(cardKind(q))}`, q);
	}
	return (card, wider) =>
		byKind.get(wider ? `g|${kindGroup(cardKind(card))}` : `k|${cardKind(card)}`) ?? [];
}
