import type { Bank } from '$lib/content/schema';
import { bitsToValues, checkValue, fromValues, valuesToBits } from './crockford';
import { flagBits, flagsOf } from './setting-flags';
import { isAttemptLimit } from './attempt-limit';
import { LIMITS, QUIZ_TYPES, type QuizQuestionType, type QuizSettings } from './types';

/**
 * Short join codes: a quiz drawn at random from the built-in bank, typed instead of scanned
 * ("K7M-2QX-9HD") when a student's camera fails. The code carries no question, only how the
 * quiz was drawn (the seed and every setting); the student's phone draws it again from its own
 * copy of the bank (`buildQuizQuestions`, the teacher's own function) and checks 7 bits of the
 * questions' content hash, so a phone with another version of the bank refuses instead of asking
 * different questions. A quiz the teacher edited cannot be drawn again and has no code.
 *
 * Bits, most significant first (Crockford base32, 5 bits a character, then one check character):
 * - short form, 8 + 1 characters (every document, topic and type): seed 12 | run 3 | count−1 6 |
 *   flags 4 | timer 8 | content 7;
 * - filtered form, 11 + 1 characters: the same, then types 4 | documents 5 | topic 6;
 * - either form with an attempt limit (teach49), one data character more (9 + 1, 12 + 1):
 *   attempts 2 (1–3) | 3 bits always 0 (a typo there is caught 7 times in 8). A quiz without a
 *   limit keeps its 9 or 12 characters, so every code made before opens as it did; a phone
 *   that types a limited quiz's code counts its attempts as a scanned one does.
 * `run` tells apart runs of one quiz for other classes (same questions, own results).
 * `timer`: 0 none; 1–180 whole minutes for the quiz; 181–255 per question, 5–375 s in 5 s steps.
 * Documents are a mask over the bank's first five documents; topic is 0 (all) or 1 + its place
 * in the bank's topics sorted by code point (not by locale, which differs between phones).
 */

/** How a quiz is drawn from the bank: what the New quiz form asks. */
export interface QuizRecipe {
	/** Empty means every document / topic. */
	docs: readonly string[];
	topics: readonly string[];
	types: readonly QuizQuestionType[];
	/** Questions wanted, 1–50 (fewer when fewer facts match, as in `buildQuizQuestions`). */
	count: number;
	settings: QuizSettings;
}

/** What a join code carries: how the quiz was drawn, and for which run. */
export interface JoinFields {
	recipe: QuizRecipe;
	/** 0–4095: which random draw. */
	seed: number;
	/** 0–7: 0 the first class, then each "Run again". */
	run: number;
	/** 7 bits of the drawn questions' content hash. */
	content: number;
}

/** Data characters (5 bits each) of the short and the filtered form, before the check character. */
const SHORT_CHARS = 8;
const FILTERED_CHARS = 11;
/** The character an attempt limit adds: attempts 2 bits, then 3 zero bits. */
const ATTEMPTS_CHARS = 1;
const ATTEMPTS_BITS = 2;
const ZERO_BITS = 3;
const DOC_BITS = 5;
const TOPIC_MAX = 63;

/** Topics as the code numbers them: code-point order, the same on every phone. */
function codeTopics(bank: Bank): string[] {
	return [...new Set(bank.questions.flatMap((q) => q.topics))].sort((a, b) =>
		a < b ? -1 : a > b ? 1 : 0
	);
}

/**
 * A time limit as the code's 8 timer bits (see the layout above); null when the code cannot
 * carry it.
 */
function timerValue(settings: QuizSettings): number | null {
	const { timer, seconds } = settings;
	if (timer === 'none') return 0;
	if (timer === 'quiz' && seconds % 60 === 0 && seconds >= 60 && seconds <= 180 * 60)
		return seconds / 60;
	if (timer === 'question' && seconds % 5 === 0 && seconds >= 5 && seconds <= 375)
		return 180 + seconds / 5;
	return null;
}

/** The time limit that 8 timer bits say. */
function timerSettings(value: number): Pick<QuizSettings, 'timer' | 'seconds'> {
	if (value === 0) return { timer: 'none', seconds: 0 };
	if (value <= 180) return { timer: 'quiz', seconds: value * 60 };
	return { timer: 'question', seconds: (value - 180) * 5 };
}

/** Which of `all` are `picked`, as bits (bit i for `all[i]`). */
const mask = <T>(all: readonly T[], picked: readonly T[]) =>
	all.reduce((m, item, i) => (picked.includes(item) ? m | (1 << i) : m), 0);
/** The items of `all` whose bits `m` sets. */
const unmask = <T>(all: readonly T[], m: number) => all.filter((_, i) => m & (1 << i));

/**
 * Why a recipe cannot travel as a join code (a sentence for the teacher), or null when it can.
 */
export function joinCodeProblem(recipe: QuizRecipe, bank: Bank): string | null {
	if (timerValue(recipe.settings) === null)
		return 'its time limit is not a whole number of minutes (up to 3 hours) or a multiple of 5 seconds per question (up to 375 s)';
	if (recipe.topics.length > 1) return 'more than one topic is ticked';
	// The limit travels in the code's extra character (the layout above): never one it cannot say.
	if (recipe.settings.attempts !== undefined && !isAttemptLimit(recipe.settings.attempts))
		return 'its limit on attempts is not 1, 2 or 3';
	const topics = codeTopics(bank);
	if (recipe.topics.length === 1 && topics.indexOf(recipe.topics[0]) >= TOPIC_MAX)
		return 'its topic is not among the first 63';
	const docIds = bank.documents.map((d) => d.id);
	if (recipe.docs.some((d) => docIds.indexOf(d) >= DOC_BITS))
		return 'it uses a document past the bank’s first five';
	if (recipe.types.length === 0) return 'no question type is ticked';
	if (!(recipe.count >= 1 && recipe.count <= LIMITS.maxQuestions))
		return 'its length is out of range';
	return null;
}

/**
 * A join code's characters (check character included, no hyphens) for `fields`: the short form
 * when the recipe takes every type and document and no topic, else the filtered form, either
 * with one character more for an attempt limit (`settings.attempts`). `bank`
 * numbers the documents and topics. The recipe must pass `joinCodeProblem`.
 */
export function packJoinCode(fields: JoinFields, bank: Bank): string {
	const { recipe, seed, run, content } = fields;
	let bits = 0n;
	const put = (value: number, width: number) => (bits = (bits << BigInt(width)) | BigInt(value));
	put(seed, 12);
	put(run, 3);
	put(recipe.count - 1, 6);
	put(flagBits(recipe.settings), 4);
	put(timerValue(recipe.settings) ?? 0, 8);
	put(content, 7);
	const docIds = bank.documents.map((d) => d.id);
	const filtered =
		QUIZ_TYPES.some((t) => !recipe.types.includes(t)) ||
		(recipe.docs.length > 0 && docIds.some((d) => !recipe.docs.includes(d))) ||
		recipe.topics.length > 0;
	if (filtered) {
		put(mask(QUIZ_TYPES, recipe.types), 4);
		put(mask(docIds.slice(0, DOC_BITS), recipe.docs), DOC_BITS);
		put(recipe.topics.length ? codeTopics(bank).indexOf(recipe.topics[0]) + 1 : 0, 6);
	}
	const limit = recipe.settings.attempts;
	if (limit) {
		put(limit, ATTEMPTS_BITS);
		put(0, ZERO_BITS);
	}
	const chars = (filtered ? FILTERED_CHARS : SHORT_CHARS) + (limit ? ATTEMPTS_CHARS : 0);
	const values = bitsToValues(bits, chars);
	return fromValues([...values, checkValue(values)]);
}

/**
 * The fields that a code's data values (5 bits each, check character removed; 8 or 11 of them,
 * or 9 or 12 with an attempt limit) carry, with documents and topic named from `bank`; null when
 * a field is out of range (a typo the check character missed) or the length is none of these.
 */
export function unpackJoinCode(data: readonly number[], bank: Bank): JoinFields | null {
	const bits = valuesToBits([...data]);
	let left = BigInt(data.length * 5);
	const take = (width: number) => {
		left -= BigInt(width);
		return Number((bits >> left) & ((1n << BigInt(width)) - 1n));
	};
	const [seed, run, count, flags, timer, content] = [12, 3, 6, 4, 8, 7].map(take);
	const filtered =
		data.length === FILTERED_CHARS || data.length === FILTERED_CHARS + ATTEMPTS_CHARS;
	const limited =
		data.length === SHORT_CHARS + ATTEMPTS_CHARS || data.length === FILTERED_CHARS + ATTEMPTS_CHARS;
	if (!filtered && !limited && data.length !== SHORT_CHARS) return null;
	const [types, docs, topic] = filtered ? [4, DOC_BITS, 6].map(take) : [15, 0, 0];
	const [attempts, zero] = limited ? [ATTEMPTS_BITS, ZERO_BITS].map(take) : [0, 0];
	const topics = codeTopics(bank);
	if (count + 1 > LIMITS.maxQuestions || types === 0 || topic > topics.length) return null;
	if (limited && (!isAttemptLimit(attempts) || zero !== 0)) return null;
	const recipe: QuizRecipe = {
		docs: unmask(
			bank.documents.slice(0, DOC_BITS).map((d) => d.id),
			docs
		),
		topics: topic ? [topics[topic - 1]] : [],
		types: unmask(QUIZ_TYPES, types),
		count: count + 1,
		settings: {
			...timerSettings(timer),
			...flagsOf(flags),
			...(isAttemptLimit(attempts) ? { attempts } : {})
		}
	};
	return { recipe, seed, run, content };
}
