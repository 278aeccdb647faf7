import { normalizeAnswer } from '$lib/content/answer-match';
import type { Question } from '$lib/content/schema';
import { termChoicesAmong } from '$lib/courses/term-cards';
import { cardDistractors } from './card-wrong-choices';
import { courseOf } from './card-fairness';
import { crc32Text } from './bytes';
import { seededRandom, shuffled } from './random';
import type { QuizQuestion } from './types';

/**
 * A quiz is no matching exercise: the wrong choices the app draws for a teacher's flashcards and
 * key-term blanks asked as multiple choice (`card-questions.ts`, `blank-choices.ts`) are other
 * questions' keys of the course, and six definition questions of one quiz whose choices were the
 * other five's answers let a student who knows one answer rule it out in the five others
 * (outsider teacher, issue 12). So once a quiz's questions are drawn, a question of those whose
 * wrong choices name another question's key of the same quiz takes other wrong choices of its
 * kind from the course; where the course has too few (fewer than three of its kind outside the
 * quiz), it keeps its choices and New quiz says so (`matchingPairs`, `matchingWords`). A teacher's
 * own multiple choice (written or imported) keeps the choices she gave it.
 */

/** The questions whose choices the app drew: ids of flashcards and blanks made questions. */
export interface MadeChoices {
	/** The course's questions as a quiz draws them (`courseQuizIndex`), whose keys are drawn from. */
	course: readonly Question[];
	/** Quiz ids of the course's flashcards made questions (`withCardQuestions`). */
	fromCards: ReadonlySet<string>;
	/** Quiz ids of the key-term blanks made multiple choice (`withBlankChoices`). */
	fromBlanks: ReadonlySet<string>;
}

/** Wrong choices a question made multiple choice has (`cardQuizQuestion`'s three). */
const WRONG = 3;

/** A key as the typed-answer marking compares it (`normalizeAnswer`); '' for a true/false's. */
function keyOf(q: Pick<QuizQuestion, 'type' | 'answer'>): string {
	return q.type === 'truefalse' ? '' : normalizeAnswer(q.answer.trim());
}

/** Whether the app drew `q`'s choices (`MadeChoices`): a flashcard's or a blank's. */
function drawnHere(q: QuizQuestion, made: Omit<MadeChoices, 'course'>): boolean {
	return q.type === 'mcq' && !!q.choices && (made.fromCards.has(q.id) || made.fromBlanks.has(q.id));
}

/**
 * `questions` (a quiz's, in order) with each question whose choices the app drew (`made`) and
 * whose wrong choices name another question's key given other wrong choices of its kind, none
 * a key of the quiz (`cardDistractors`, `termChoicesAmong` with those keys to avoid), in an order
 * fixed by its id as when it was made; kept as it is when the course has fewer than three such.
 * Others as they are. Pure; deterministic.
 */
export function withoutMatching(
	questions: readonly QuizQuestion[],
	made: MadeChoices
): QuizQuestion[] {
	const keys = questions.map(keyOf);
	const byId = new Map(made.course.map((q) => [q.id, q]));
	let cards: Question[] | undefined;
	// A blank's other terms come from its own course: a quiz may draw from several (teach49).
	const ofCourse = (q: QuizQuestion) => made.course.filter((c) => courseOf(c) === courseOf(q));
	return questions.map((q, i) => {
		if (!drawnHere(q, made) || !offeredKeys(q, i, keys).length) return q;
		const own = byId.get(q.id);
		if (!own) return q;
		const avoid = questions.filter((_, j) => j !== i && keys[j]).map((o) => o.answer.trim());
		cards ??= made.course.filter((c) => made.fromCards.has(c.id) || c.type === 'flashcard');
		const wrong = made.fromCards.has(q.id)
			? cardDistractors(own, cards, 0, avoid)
			: termChoicesAmong(q.answer, q.prompt, q.source, ofCourse(q), avoid).slice(0, WRONG);
		if (wrong.length < WRONG) return q;
		if (leavesItsHandout(own, wrong, made.course)) return q;
		const random = seededRandom(crc32Text(`${q.id}|choices`) >>> 0);
		return { ...q, choices: shuffled([q.answer.trim(), ...wrong], random) };
	});
}

/**
 * Whether `wrong`, new wrong choices for `own`, take a key of another document while `own`'s
 * prompt names its own ("In the handout “Electric Circuits”, what is meant by the term
 * “thermistor”?", `documentFrame`): a student rules out another handout's definition at once.
 * Such a question keeps the choices it was made with, from its own handout
 * (`cardDistractors`), even where they name another question's key: New quiz says so
 * (`matchingWords`). Her quiz asked four of the circuits handout's seven definitions; avoiding
 * their keys left too few in the handout, and "thermistor" was offered "The organelle where
 * photosynthesis takes place" (teacher outsider of session 36).
 */
function leavesItsHandout(
	own: Question,
	wrong: readonly string[],
	course: readonly Question[]
): boolean {
	if (!NAMED_DOCUMENT.test(own.prompt)) return false;
	const ofHandout = new Set(
		course
			.filter((c) => c.source.doc === own.source.doc)
			.map((c) => normalizeAnswer(c.answer.trim()))
	);
	return wrong.some((w) => !ofHandout.has(normalizeAnswer(w.trim())));
}

/** A prompt in its document's frame: "In the handout “…”," (`documentFrame`). */
const NAMED_DOCUMENT = /^In the [^“”,]{1,40}“[^”]+”,/u;

/** The places of the quiz's questions (`keys`: `keyOf` each) whose key `q`, at `at`, offers as a wrong choice. */
function offeredKeys(q: QuizQuestion, at: number, keys: readonly string[]): number[] {
	const own = keys[at];
	const wrong = new Set(
		(q.choices ?? []).map((c) => normalizeAnswer(c.trim())).filter((c) => c !== own)
	);
	return keys.flatMap((key, j) => (j !== at && key && wrong.has(key) ? [j] : []));
}

/** A question whose wrong choices still name other questions' keys: all places 0-based. */
export interface MatchingChoices {
	/** The question offering the keys. */
	at: number;
	/** The questions whose keys it offers as wrong choices. */
	offers: number[];
}

/**
 * The questions of `questions` (a quiz's, after `withoutMatching`) whose choices the app drew
 * (`made`) that still offer another question's key as a wrong choice, in quiz order: the course
 * had too few other keys of their kind. Empty when the quiz is no matching exercise. Pure.
 */
export function matchingPairs(
	questions: readonly QuizQuestion[],
	made: Omit<MadeChoices, 'course'>
): MatchingChoices[] {
	const keys = questions.map(keyOf);
	return questions.flatMap((q, at) => {
		if (!drawnHere(q, made)) return [];
		const offers = offeredKeys(q, at, keys);
		return offers.length ? [{ at, offers }] : [];
	});
}

/**
 * What New quiz says of `pairs` (`matchingPairs`), places said from 1: "Questions 1, 2 and 4
 * offer other questions’ answers among their wrong choices: …", or for one "Question 3 offers
 * the answer to question 5 among its wrong choices: …", with why and what to do. '' with none.
 */
export function matchingWords(pairs: readonly MatchingChoices[]): string {
	if (!pairs.length) return '';
	const list = (places: readonly number[]) => {
		const said = places.map((p) => String(p + 1));
		return said.length === 1 ? said[0] : `${said.slice(0, -1).join(', ')} and ${said.at(-1)}`;
	};
	const [first] = pairs;
	const who =
		pairs.length === 1
			? `Question ${first.at + 1} offers the answer to ${first.offers.length === 1 ? 'question' : 'questions'} ${list(first.offers)} among its wrong choices`
			: `Questions ${list(pairs.map((p) => p.at))} offer other questions’ answers among their wrong choices`;
	return `${who}: your course has too few other answers of their kind to draw from, so a student who knows one answer can rule it out in another question. Leave some of them out (Choose them myself), or add more flashcards of that kind to the course.`;
}
