import type { Question } from '$lib/content/schema';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import { plural } from '$lib/text/plural';
import { isShortKey, SHORT_KEY } from './answer-kind';
import { courseOf, cueWords } from './card-fairness';
import { kindPools } from './card-questions';
import { cardKind, kindChoices, type CardKind, type KindPool } from './card-wrong-choices';
import { QUIZ_TYPE_LABELS, type QuizQuestionType } from './types';

/**
 * The flashcards New quiz cannot ask, each with why in words (outsider teacher, issue 12: a card
 * that cannot be marked fairly is listed, never silently dropped). Split from
 * `card-questions.ts`, which makes the cards quiz questions. Pure.
 */

/** A flashcard no quiz can ask (`withCardQuestions` left it one), with why in words. */
export interface UnaskedCard {
	id: string;
	prompt: string;
	answer: string;
	/** Why, as a clause: "its answer is 9 words long, …; only 1 other flashcard …". */
	reason: string;
}

/** An answer kind (`AnswerKind`) in words, for a teacher: "a year", "a definition of a place". */
export function kindWords(kind: CardKind): string {
	const named: Record<string, string> = {
		year: 'a year',
		date: 'a date',
		amount: 'an amount',
		number: 'a number',
		sequence: 'a sequence',
		reason: 'a reason',
		place: 'a place',
		time: 'a time',
		'who-short': 'a name',
		'what-short': 'a term',
		'what-long': 'a long answer',
		'def:people': 'a definition of people'
	};
	if (named[kind]) return named[kind];
	const head = kind.startsWith('def:') ? kind.slice(4) : kind;
	return `a definition of ${/^[aeiou]/.test(head) ? 'an' : 'a'} ${head}`;
}

/**
 * The flashcards of `questions` (a course's, as `courseQuizIndex` gives them: the ones asked
 * are in `fromCards`) that no quiz can ask with `types` ticked, those `include` keeps (the
 * ticked documents and topics), each with why (outsider teacher, issue 12: a card that cannot be
 * marked fairly is listed, never silently dropped). A long answer cannot be typed and marked
 * fairly; as multiple choice it needs three wrong choices of its kind from the course's other
 * flashcards (`cardDistractors`), else its odd one out gives it away.
 */
export function unaskedCards(
	questions: readonly Question[],
	fromCards: ReadonlySet<string>,
	types: readonly QuizQuestionType[],
	include: (q: Question) => boolean = () => true
): UnaskedCard[] {
	const left = questions.filter((q) => q.type === 'flashcard' && include(q));
	if (!left.length) return [];
	const pool = kindPools(questions.filter((q) => q.type === 'flashcard' || fromCards.has(q.id)));
	return left.map((card) => ({
		id: card.id,
		prompt: card.prompt,
		answer: card.answer,
		reason: leftOutReason(card, (wider) => pool(card, wider), types)
	}));
}

/**
 * Why a built-in course's flashcard is not asked: that course's questions travel by reference
 * and are asked as written (`courseQuizIndex` makes no quiz question of its cards), and no phone
 * marks a flashcard. Said so, not "Short answer is not ticked" with it ticked (outsider teacher,
 * issue 12: a quiz of her courses and the built-in one listed the built-in course's cards so).
 */
export const BUILTIN_CARD_REASON =
	'it is a flashcard of the built-in course, whose questions a quiz asks only as they are written, and no phone can mark a flashcard';

/** Why `card` is not asked (`unaskedCards`): `pool` gives the course's cards of its kind. */
function leftOutReason(card: Question, pool: KindPool, types: readonly QuizQuestionType[]): string {
	if (courseOf(card) === BUILTIN_COURSE_ID) return BUILTIN_CARD_REASON;
	if (/^(true|false)\.?$/i.test(card.answer.trim()))
		return 'its answer is True or False, so it is asked only as true or false, which is not ticked';
	const key = card.answer.trim();
	const words = key.split(/\s+/).length;
	// Long by its words (a definition) or, a long name or term, by its characters.
	const size = words > SHORT_KEY.words ? plural(words, 'word') : plural(key.length, 'character');
	// "Short answer is not ticked" only when it is not: a short key with it ticked is asked.
	const typed = !isShortKey(card.answer)
		? `its answer is ${size} long, too long to type and mark fairly`
		: types.includes('short')
			? `its answer is short, but ${QUIZ_TYPE_LABELS.short} was not offered for it`
			: `${QUIZ_TYPE_LABELS.short} is not ticked`;
	if (!types.includes('mcq')) return `${typed}, and ${QUIZ_TYPE_LABELS.mcq} is not ticked`;
	const picked = kindChoices(card, pool, 0);
	if (picked.cue) return `${typed}; as multiple choice ${cueWords(picked.cue)}`;
	const found = picked.wrong.length;
	const others =
		found === 0
			? 'no other flashcard has'
			: `only ${found} other ${found === 1 ? 'flashcard has' : 'flashcards have'}`;
	return `${typed}; as multiple choice it needs 3 wrong choices of its kind (${picked.wider ? 'a definition' : kindWords(cardKind(card))}) from its own course, and ${others} one, so an odd choice would give it away`;
}
