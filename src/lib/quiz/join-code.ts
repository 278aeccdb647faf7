import type { Bank } from '$lib/content/schema';
import { BUILTIN_TITLE } from '$lib/db/records';
import {
	askableCount,
	buildQuizQuestions,
	DRAW_RULE,
	DRAW_RULES,
	matchingQuestions,
	type DrawRule
} from './build';
import { checkValue, normalizeTyped, toValues } from './crockford';
import { failure, type Decoded } from './envelope';
import {
	joinCodeProblem,
	packJoinCode,
	unpackJoinCode,
	type JoinFields,
	type QuizRecipe
} from './join-bits';
import { quizContentHash } from './content-hash';
import { sameFlags } from './setting-flags';
import type { Quiz, QuizSettings } from './types';
import { subjectQuizTitle } from './titles';
import { quizVersionId } from './versions';

/**
 * Short join codes (`join-bits.ts` has the bits and why): the student's side reads a typed code
 * and draws its quiz again from this phone's bank (`rebuildQuiz`); the teacher's side draws a
 * quiz whose code is free on this device (`drawQuiz`), finds a stored quiz's code
 * (`joinCodeOf`) and the code of another class's run (`runJoinId`).
 */

export const SEEDS = 4096;
export const RUNS = 8;
/** Quiz ids of join-code quizzes: `j` + the code's 9, 10, 12 or 13 characters (no hyphens). */
const ID_PREFIX = 'j';

const TYPO =
	'This join code has a typo. Check each character against your teacher’s screen (O and 0, I and 1 read the same), or scan the QR code.';
/**
 * Characters in a short and in a filtered join code, check character included (the bit layout
 * in `join-bits.ts`: 8 + 1 and 11 + 1), and in each with an attempt limit (one more).
 */
export const JOIN_CODE_LENGTHS = [9, 10, 12, 13] as const;
/**
 * Hint examples of the short and the filtered form, as screens show them ("K7M-2QX-9HD",
 * "K7M-2QX-9HD-3ER"): cut from one made-up code so a hint never shows a length no code has
 * (outsider teacher: the hint showed 9 characters while her codes had 12). A limited quiz's
 * code, one character longer, is not shown: most codes are of these two.
 */
export const JOIN_CODE_EXAMPLES = [9, 12].map((n) => formatJoinCode('K7M2QX9HD3ER'.slice(0, n)));
const SHAPE = `A join code has 9, 10, 12 or 13 letters and digits, like ${JOIN_CODE_EXAMPLES.join(' or ')}. Check it against your teacher’s screen, or scan the QR code.`;

/** The code's 7 content bits for these questions. */
function contentBits(questions: Quiz['questions']): number {
	return bitsOfHash(quizContentHash(questions));
}

/** The 7 content bits of a `quizContentHash`: its top bits. */
function bitsOfHash(hash: string): number {
	return parseInt(hash, 16) >>> 25;
}

/**
 * "K7M2QX9HD" → "K7M-2QX-9HD", as screens show it; a last character alone joins the group before
 * it ("K7M-2QX-9HD3" for a limited quiz's 10), so no lone character at the end is left off.
 */
export function formatJoinCode(code: string): string {
	const groups = code.match(/.{1,3}/g)!;
	if (groups.length > 1 && groups.at(-1)!.length === 1)
		groups.splice(-2, 2, groups.at(-2)! + groups.at(-1)!);
	return groups.join('-');
}

export function joinQuizId(code: string): string {
	return ID_PREFIX + code;
}

/**
 * Whether a quiz id is a join code's (`j` + its 9, 10, 12 or 13 Crockford characters), so its title was
 * made up from its recipe. A random link id matches by chance about once in 30,000 quizzes; the
 * only effect is a note saying the title is on the teacher's screen.
 */
export function isJoinQuizId(id: string): boolean {
	return /^j[0-9A-HJKMNP-TV-Z]{9}(?:[0-9A-HJKMNP-TV-Z]|[0-9A-HJKMNP-TV-Z]{3,4})?$/.test(id);
}

/** Whether typed text is meant as a join code rather than a link or a long code. */
export function looksLikeJoinCode(input: string): boolean {
	// Links have ':' and '/', long codes a '.', so neither looks like this.
	return /^[0-9A-Za-z][0-9A-Za-z\s\u2010-\u2015-]{5,22}$/.test(input.trim());
}

/**
 * Reads a typed join code: shape, check character, then each field's range. Never throws;
 * a failure's message tells the student what to do.
 */
export function decodeJoinCode(input: string, bank: Bank): Decoded<JoinFields & { code: string }> {
	const code = normalizeTyped(input);
	const values = toValues(code);
	if (!values || !(JOIN_CODE_LENGTHS as readonly number[]).includes(code.length))
		return failure('not-a-code', SHAPE);
	const data = values.slice(0, -1);
	if (checkValue(data) !== values.at(-1)) return failure('corrupt', TYPO);
	const fields = unpackJoinCode(data, bank);
	if (!fields) return failure('corrupt', TYPO);
	return { ok: true, value: { code, ...fields } };
}

function draw(bank: Bank, recipe: QuizRecipe, seed: number, rule: DrawRule = DRAW_RULE) {
	return buildQuizQuestions(
		bank.questions,
		{
			docs: [...recipe.docs],
			topics: [...recipe.topics],
			types: [...recipe.types],
			count: recipe.count,
			seed
		},
		rule
	);
}

/**
 * The questions a code's seed draws that its content bits confirm: by each rule codes were made
 * with, oldest first (`DRAW_RULES`: rule 1 before session 30, 2 in session 30, so a code already
 * given to a class opens the same questions), else null (another bank). `drawQuiz` never makes a
 * code whose draw by an older rule differs yet has the same content bits, so the first that
 * matches is the draw the teacher made, and a phone that only knows older rules refuses a new
 * code instead of asking other questions.
 */
function confirmedDraw(bank: Bank, fields: Pick<JoinFields, 'recipe' | 'seed' | 'content'>) {
	for (const rule of DRAW_RULES) {
		const questions = draw(bank, fields.recipe, fields.seed, rule);
		if (questions.length > 0 && contentBits(questions) === fields.content) return questions;
	}
	return null;
}

/**
 * A title for a quiz joined by code: a join code has no room for the teacher's title, so the
 * student sees what the quiz is about from its recipe, never the code itself (a teacher's report,
 * 2026-12-01), as a quiz of a teacher's own course is titled (`subjectQuizTitle`): "<the one
 * document chosen> quiz", else "<the built-in course's title> quiz", with the one topic chosen
 * after a colon. It was "Class quiz, 25 questions" (final outsider, session 29: every other quiz
 * was titled by its course). New quiz titles the built-in course's quizzes the same way, so a
 * phone that types the code shows the title on the teacher's screen. The title is not in the
 * code: every code, old or new, is titled so by this version of the app.
 */
export function joinedQuizTitle(recipe: Pick<QuizRecipe, 'docs' | 'topics'>, bank: Bank): string {
	// Keep in step with `hasJoinedTitle`.
	const docs =
		recipe.docs.length === 1 ? bank.documents.filter((d) => d.id === recipe.docs[0]) : [];
	return subjectQuizTitle(
		BUILTIN_TITLE,
		docs.map((d) => d.title),
		recipe.topics
	);
}

/**
 * The join code a quiz was opened with, formatted ("K7M-2QX-9HD"), when `opened` (the code the
 * Quiz screen opened: a typed join code, or a link's code) is one: such a quiz is titled by
 * `joinedQuizTitle`, and the student is told the teacher's screen may show another title. Null
 * for a link's code, whose quiz carries the teacher's own title, whatever it reads like: a title
 * she typed ending in " quiz" on a quiz with a join code read as made up by the phone (session
 * 30; the title's wording was the test).
 */
export function joinedWith(opened: string): string | null {
	return looksLikeJoinCode(opened) ? formatJoinCode(normalizeTyped(opened)) : null;
}

/**
 * The student's side: the quiz a typed join code names, drawn from this phone's bank. Fails
 * with a message when the code has a typo or this bank draws different questions.
 */
export function rebuildQuiz(input: string, bank: Bank): Decoded<Quiz> {
	const decoded = decodeJoinCode(input, bank);
	if (!decoded.ok) return decoded;
	const { code, recipe } = decoded.value;
	const questions = confirmedDraw(bank, decoded.value);
	if (!questions)
		return failure(
			'bank-mismatch',
			'This join code gives other questions on this phone than on your teacher’s: one of you may have an older version of Flashpoint. Reload Flashpoint while online, or scan the QR code or open the link instead.'
		);
	return {
		ok: true,
		value: {
			id: joinQuizId(code),
			title: joinedQuizTitle(recipe, bank),
			createdAt: 0,
			settings: recipe.settings,
			questions
		}
	};
}

/** A drawn quiz for the teacher: its id, questions, and join code or why it has none. */
export interface DrawnQuiz {
	id: string;
	questions: Quiz['questions'];
	joinCode?: string;
	/** Why there is no join code, as a clause ("more than one topic is ticked"). */
	noJoinCode?: string;
	/** The teacher chose the questions: no join code (`StoredQuiz.handPicked`). */
	handPicked?: true;
}

/**
 * The teacher's side: draws a quiz whose join code is free on this device (`taken` says which
 * quiz ids exist), so two quizzes never share results. `random` gives numbers in [0, 1).
 */
export function drawQuiz(
	bank: Bank,
	recipe: QuizRecipe,
	taken: (id: string) => boolean,
	randomId: () => string,
	random: () => number = Math.random
): DrawnQuiz {
	const problem = joinCodeProblem(recipe, bank);
	if (!problem) {
		// A seed whose draw asks as many as New quiz said (`askableCount`), else the longest.
		const filters = {
			docs: [...recipe.docs],
			topics: [...recipe.topics],
			types: [...recipe.types]
		};
		const wanted = Math.min(recipe.count, askableCount(matchingQuestions(bank.questions, filters)));
		let longest: DrawnQuiz | undefined;
		for (let attempt = 0; attempt < 32; attempt++) {
			const seed = Math.floor(random() * SEEDS);
			const questions = draw(bank, recipe, seed);
			const hash = quizContentHash(questions);
			if (misreadByOlderRule(bank, recipe, seed, hash)) continue;
			const code = packJoinCode({ recipe, seed, run: 0, content: bitsOfHash(hash) }, bank);
			if (taken(joinQuizId(code))) continue;
			const drawn = { id: joinQuizId(code), questions, joinCode: code };
			if (questions.length >= wanted) return drawn;
			if (questions.length > (longest?.questions.length ?? -1)) longest = drawn;
		}
		if (longest) return longest;
	}
	return {
		id: randomId(),
		questions: draw(bank, recipe, Math.floor(random() * 2 ** 32)),
		noJoinCode: problem ?? 'every short code for these choices is already used on this device'
	};
}

/**
 * Whether a seed's draw by an earlier rule (`DrawRules` before `DRAW_RULE`) asks other questions
 * than the draw whose `quizContentHash` is `hash` yet has its content bits (1 seed in 128 of those
 * whose draws differ): a phone
 * tries the older rules first and would take that draw for the teacher's (`confirmedDraw`), so
 * `drawQuiz` passes over the seed.
 */
function misreadByOlderRule(bank: Bank, recipe: QuizRecipe, seed: number, hash: string) {
	// Each draw hashed once (`contentBits` is the hash's top bits): a 50-question quiz's hash is
	// a CRC of ~36 KB, taken up to nine times a seed before (issue 14).
	return DRAW_RULES.filter((rule) => rule < DRAW_RULE).some((rule) => {
		const before = quizContentHash(draw(bank, recipe, seed, rule));
		return bitsOfHash(before) === bitsOfHash(hash) && before !== hash;
	});
}

function sameSettings(a: QuizSettings, b: QuizSettings) {
	return (
		a.timer === b.timer &&
		(a.timer === 'none' || a.seconds === b.seconds) &&
		sameFlags(a, b) &&
		a.attempts === b.attempts
	);
}

/**
 * Why a quiz of questions the teacher chose has no join code. A join code carries a seed and the
 * choices, and the phone draws at random again: it cannot name questions picked by hand (the
 * Share panel said only "a quiz drawn from the question bank has one", which a hand-picked quiz
 * of the bank's questions seemed to be: outsider teacher).
 */
export const HAND_PICKED_NO_JOIN_CODE =
	'You chose this quiz’s questions yourself, so it has no short join code: a join code only tells a phone how to draw questions at random from its own copy of the question bank.';

/**
 * A stored quiz's join code, checked by drawing it again from this device's bank: a quiz the
 * teacher chose the questions of (`handPicked`), edited, or made before join codes has none, and
 * `reason` says why for the teacher.
 */
export function joinCodeOf(
	quiz: Pick<Quiz, 'id' | 'settings' | 'questions'> & { handPicked?: boolean },
	bank: Bank
): { ok: true; code: string } | { ok: false; reason: string; oldCode?: string } {
	const none =
		'This quiz has no short join code: only a quiz drawn at random from the built-in question bank has one (with at most one topic ticked and a time limit in whole minutes or 5-second steps), never one whose questions you chose yourself.';
	if (quiz.handPicked) return { ok: false, reason: HAND_PICKED_NO_JOIN_CODE };
	if (!quiz.id.startsWith(ID_PREFIX)) return { ok: false, reason: none };
	const rebuilt = rebuildQuiz(quiz.id.slice(ID_PREFIX.length), bank);
	if (!rebuilt.ok) return { ok: false, reason: none };
	const same =
		sameSettings(rebuilt.value.settings, quiz.settings) &&
		rebuilt.value.questions.length === quiz.questions.length &&
		rebuilt.value.questions.every((q, i) => q.id === quiz.questions[i].id) &&
		// An answer the teacher accepted while marking is not an edit of the questions: a phone
		// that types the code marks with the quiz as drawn, and the results are marked again on
		// the teacher's copy (outsider teacher: "Accept this answer" took the code off the screen).
		quizVersionId(rebuilt.value.questions) === quizVersionId(quiz.questions) &&
		rebuilt.value.questions.every((q, i) =>
			(q.accept ?? []).every((a) => quiz.questions[i].accept?.includes(a))
		);
	// The old code still draws the quiz as it was: the teacher is told what it gives now.
	// `oldCode` lets the Share panel say it in its one note about the edit (`newLinkNote`).
	if (!same) {
		const oldCode = formatJoinCode(quiz.id.slice(ID_PREFIX.length));
		return {
			ok: false,
			oldCode,
			reason: `You changed this quiz’s questions, so a phone cannot draw it again from a short code. Its old code ${oldCode} gives the questions as they were (results from it are marked against them), and on this device it says the quiz changed.`
		};
	}
	return { ok: true, code: quiz.id.slice(ID_PREFIX.length) };
}

/**
 * The id of a new run of `quiz` for another class: the same draw under the next free run
 * number, so the run has its own join code; null when the quiz has none or all 8 are used.
 */
export function runJoinId(
	quiz: Pick<Quiz, 'id' | 'settings' | 'questions'>,
	bank: Bank,
	taken: (id: string) => boolean
): string | null {
	const own = joinCodeOf(quiz, bank);
	if (!own.ok) return null;
	const decoded = decodeJoinCode(own.code, bank);
	if (!decoded.ok) return null;
	for (let run = 0; run < RUNS; run++) {
		const id = joinQuizId(packJoinCode({ ...decoded.value, run }, bank));
		if (!taken(id)) return id;
	}
	return null;
}
