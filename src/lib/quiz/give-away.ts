import { withoutArticle } from '$lib/content/answer-match';
import type { Question } from '$lib/content/schema';
import { foldText } from '$lib/text/fold';
import { isClassNoun } from './answer-kind';
import { leadingRun, wordRuns } from './word-runs';

/**
 * One quiz never hands out one question's answer in another (final outsider, session 29, from
 * Kahoot and Moodle: a true/false naming "NATO’s 1999 bombing campaign" beside "aligning with
 * NATO’s ____ intervention", whose answer is 1999). A quiz is seen at once (the projector, the
 * paper, "Back" on a phone), so question A gives away question B when A's prompt holds B's
 * answer as written: folded (`foldText`: case and accents aside), whole words and whole numbers
 * only ("1999" is not in "1990s" nor in "19990"), a leading article or preposition of the answer
 * aside ("The United States" is in "… remain the United States’ …" and in "… than United
 * States …"). Study is not concerned: it shows one question at a time, days apart.
 *
 * Only the answer as written counts, not a question's other accepted answers: those include
 * bare numbers and short forms ("1", "one", "UN") that prompts hold for other reasons. A
 * true/false's answer ("true"/"false") is no words of a prompt.
 *
 * Rule `parts` (session 31; the final outsider of session 30 still found a give-away in each of
 * her three 25-question quizzes) also counts:
 * - a part of the answer (`answerParts`: split at "and", "or", commas, arrows; two words or more,
 *   or a number of three digits or more) that the answer's own question does not already state
 *   nor share with a wrong choice: "UN Security Council Resolution 1244" in a true/false statement
 *   gives away "The UN Charter and UN Security Council Resolution 1244";
 * - another question's choices holding a typed answer (short answer, fill the blank): a
 *   "Which sequence …" question's choices name "High-Level Cooperation Council" for a student who
 *   must type it elsewhere. A multiple-choice answer among another's choices is not counted: it
 *   is offered among its own choices anyway, and a course's flashcards asked as multiple choice
 *   take each other's keys as wrong choices on purpose (`card-questions.ts`, as Quizlet's Test).
 *
 * Rule `names` (session 32; an outsider teacher's random 44-question quiz asked "Who patented the
 * water frame?", key "Richard Arkwright", beside "Arkwright opened Cromford Mill in ____") also
 * counts a person's or a thing's name by its last word (`nameTail`): "Arkwright" gives away
 * "Richard Arkwright" wherever another question's text states it (its prompt, which is a fill the
 * blank's sentence and a true/false's statement, and its choices for a typed answer), written
 * with its capital there, so "Brown" in "brown coal" gives nothing away.
 * Rules `as-written` (session 30) and `parts` (session 31) are kept for join codes made under
 * them (`build.ts`' `DrawRule`).
 */
export type GiveAwayRule = 'as-written' | 'parts' | 'names';

/** The rule new quizzes and New quiz's notes follow. */
export const GIVE_AWAY_RULE: GiveAwayRule = 'names';

/**
 * What a question needs here: its prompt, answer and type, its choices when it has them (and its
 * teaching order to rank).
 */
export type GiveAwayQuestion = Pick<Question, 'prompt' | 'answer'> & {
	/** A bank type, or a class quiz's `multi` (its answer the right choices). */
	type: Question['type'] | 'multi';
	choices?: readonly string[];
	rank?: number;
};

interface Words {
	/** The prompt folded, with a space at each end so a whole-word test needs no edge case. */
	prompt: string;
	/** The choices folded, one a line, with a space at each end; '' without choices. */
	choices: string;
	/** The answer folded, its leading article off; null when it is no words (true/false). */
	answer: string | null;
	/** The answer's parts that give it away (`answerParts`), folded. */
	parts: string[];
	/** The last word of a name the answer is (`nameTail`), folded; null when it is none. */
	tail: string | null;
	/** The words the prompt and choices write with a capital, folded ("Arkwright’s" → "arkwright"). */
	capitalised: ReadonlySet<string>;
}

/** Where an answer splits into parts: "and", "or", "then", commas, semicolons, arrows, slashes. */
const PART_BREAK = /\s*(?:[,;/]|→|->|\band\b|\bor\b|\bthen\b)\s*/u;

/**
 * The parts of a folded answer that tell it apart (rule `parts`): split at `PART_BREAK`, each
 * without a leading article, of two words or more or a number of three digits or more, other
 * than the whole answer, not stated by the question's own prompt and not in any of its wrong
 * choices (a sequence's steps are in every choice: only their order is the answer). Folded
 * `prompt` and `wrong` as `Words` holds them.
 */
function answerParts(answer: string, prompt: string, wrong: readonly string[]): string[] {
	const parts = answer
		.split(PART_BREAK)
		.map((part) => withoutArticle(part.trim()).trim())
		.filter((part) => part !== answer && (part.split(' ').length >= 2 || /\d{3}/.test(part)));
	return [...new Set(parts)].filter(
		(part) => !holdsWhole(prompt, part) && !wrong.some((choice) => holdsWhole(choice, part))
	);
}

/** Small words inside a surname that keep their lower case: "Vincent van Gogh", "Charles de Gaulle". */
const NAME_LINKS = new Set(
	'de del della di da du des la le van von der den ten al bin ibn'.split(' ')
);

/**
 * The last word of a name `answer` is (rule `names`), folded, or null: two to five words, each
 * written with a capital but the small words inside a surname (`NAME_LINKS`), the last of three
 * letters or more and no common noun (`isClassNoun`: "Army" of "Kosovo Liberation Army", "Mill"
 * of "Cromford Mill" name what many things are). A leading article is set aside
 * ("The Luddites" is one word); a list ("China and Russia") is no name, its parts count by rule
 * `parts`, and neither is a title "of" a place ("Butcher of Belgrade": "Belgrade" names the
 * city everywhere else). Pure.
 */
export function nameTail(answer: string): string | null {
	const words = answer
		.trim()
		.replace(/^(?:the|a|an)\s+/iu, '')
		.replace(/[.,;:!?]+$/u, '')
		.split(/\s+/u)
		.filter(Boolean);
	if (words.length < 2 || words.length > 5) return null;
	const last = words.at(-1)!;
	if (!/^\p{Lu}\p{L}{2,}(?:['’-]\p{L}+)*$/u.test(last)) return null;
	if (!words.every((w) => /^\p{Lu}/u.test(w) || NAME_LINKS.has(w))) return null;
	const tail = foldText(last);
	return isClassNoun(tail) ? null : tail;
}

/** The words of `texts` written with a capital, folded. */
function capitalisedWords(texts: readonly string[]): Set<string> {
	const out = new Set<string>();
	for (const text of texts)
		for (const word of text.split(/[^\p{L}\p{N}]+/u))
			if (/^\p{Lu}/u.test(word)) out.add(foldText(word));
	return out;
}

/** Folded once per question object: a draw compares every candidate with every one taken. */
const folded = new WeakMap<object, Words>();

function wordsOf(q: GiveAwayQuestion): Words {
	let words = folded.get(q);
	if (!words) {
		const answer = q.type === 'truefalse' ? '' : withoutArticle(foldText(q.answer)).trim();
		const prompt = ` ${foldText(q.prompt)} `;
		const choices = (q.choices ?? []).map((c) => ` ${foldText(c)} `);
		const key = ` ${foldText(q.answer)} `;
		const has = /[\p{L}\p{N}]/u.test(answer);
		const wrong = choices.filter((c) => c !== key);
		const tail = has && q.type !== 'truefalse' ? nameTail(q.answer) : null;
		words = {
			prompt,
			choices: choices.join('\n'),
			answer: has ? answer : null,
			parts: has ? answerParts(answer, prompt, wrong) : [],
			// The name's last word counts only where its own question does not say it already.
			tail:
				tail && !holdsWhole(prompt, tail) && !wrong.some((c) => holdsWhole(c, tail)) ? tail : null,
			capitalised: capitalisedWords([q.prompt, ...(q.choices ?? [])])
		};
		folded.set(q, words);
	}
	return words;
}

/** A letter or digit: what a whole word or number must not run on into. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `needle` occurs in `text` with no letter or digit either side of it. */
function holdsWhole(text: string, needle: string): boolean {
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
		const before = text[at - 1] ?? ' ';
		const after = text[at + needle.length] ?? ' ';
		if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
	}
	return false;
}

/** Questions whose answer is typed: another question's choices naming it give it away. */
const TYPED = new Set(['short', 'cloze']);

/**
 * Whether `giver` gives away `given`'s answer by `rule` (the module's rules): its prompt holds
 * the answer as written, or (rule `parts`) a part of it, or its choices hold a typed answer or a
 * part of it, or (rule `names`) the last word of the name it is, written with a capital. Pure.
 */
export function givesAway(
	giver: GiveAwayQuestion,
	given: GiveAwayQuestion,
	rule: GiveAwayRule = GIVE_AWAY_RULE
): boolean {
	if (giver === given) return false;
	const { answer, parts, tail } = wordsOf(given);
	if (answer === null) return false;
	const { prompt, choices, capitalised } = wordsOf(giver);
	if (holdsWhole(prompt, answer)) return true;
	if (rule === 'as-written') return false;
	const texts = TYPED.has(given.type) && choices ? [prompt, choices] : [prompt];
	const needles = TYPED.has(given.type) ? [answer, ...parts] : parts;
	if (needles.some((needle) => texts.some((text) => holdsWhole(text, needle)))) return true;
	if (rule === 'parts' || tail === null || !capitalised.has(tail)) return false;
	return texts.some((text) => holdsWhole(text, tail));
}

/** Whether either question gives away the other's answer (by `rule`). */
export function clashes(
	a: GiveAwayQuestion,
	b: GiveAwayQuestion,
	rule: GiveAwayRule = GIVE_AWAY_RULE
): boolean {
	return givesAway(a, b, rule) || givesAway(b, a, rule);
}

/**
 * How much a question asks of a student: a typed answer (short answer, fill the blank) is
 * recalled, a multiple-choice one recognised, and a true/false is a coin toss.
 */
const ASKS: Record<string, number> = { short: 3, cloze: 3, mcq: 2, truefalse: 1 };

/** Each question's clash count in its course (`clashCounts`), kept per questions array and rule. */
const countsOf = new WeakMap<readonly object[], Map<GiveAwayRule, Map<object, number>>>();

/**
 * The clashing pairs behind counts `clashCounts` returned, by the counts' map: each question of
 * the array with the questions it clashes with, and the rule. `withoutGiveAways` looks a pair of
 * them up here instead of comparing their words again.
 */
const clashesBehind = new WeakMap<
	object,
	{ rule: GiveAwayRule; with: ReadonlyMap<object, ReadonlySet<object>> }
>();

/**
 * For each question of `questions` (by place), the places of those that may give its answer away:
 * the questions whose folded prompt or choices hold, as a whole run of letters and digits, the
 * leading run of one of its needles (its answer, parts, a name's last word), or every question
 * when a needle starts with no letter or digit. A needle held whole (`holdsWhole`: no letter or
 * digit either side) starts a run of the text with its leading run, so no giver is missed; null
 * for a question nothing gives away (no answer in words). The pairs left are checked in full.
 */
function possibleGivers(questions: readonly GiveAwayQuestion[]): (readonly number[] | null)[] {
	const byRun = new Map<string, number[]>();
	questions.forEach((q, place) => {
		const { prompt, choices } = wordsOf(q);
		for (const run of new Set([...wordRuns(prompt), ...wordRuns(choices)])) {
			const places = byRun.get(run);
			if (places) places.push(place);
			else byRun.set(run, [place]);
		}
	});
	const everyone = questions.map((_, place) => place);
	return questions.map((q) => {
		const { answer, parts, tail } = wordsOf(q);
		if (answer === null) return null;
		const places = new Set<number>();
		for (const needle of [answer, ...parts, ...(tail === null ? [] : [tail])]) {
			const run = leadingRun(needle);
			if (!run) return everyone;
			for (const place of byRun.get(run) ?? []) places.add(place);
		}
		return [...places];
	});
}

/**
 * How many other questions of `questions` (a course's, the array a draw starts from) each one
 * clashes with (`clashes`). An answer the course states everywhere ("Serbia" in 35 prompts of the
 * built-in course) makes a question that would keep dozens of others out of a quiz. Computed once
 * per array; only the pairs whose words could give an answer away are checked in full
 * (`possibleGivers`): the built-in course's 151 questions made 11,325 pairs, the first of which
 * took New quiz's first render 100 ms of a phone's CPU (issue 14, Lighthouse). Pure.
 */
export function clashCounts<Q extends GiveAwayQuestion>(
	questions: readonly Q[],
	rule: GiveAwayRule = GIVE_AWAY_RULE
): ReadonlyMap<Q, number> {
	let byRule = countsOf.get(questions);
	if (!byRule) countsOf.set(questions, (byRule = new Map()));
	let counts = byRule.get(rule);
	if (!counts) {
		counts = new Map(questions.map((q) => [q, 0]));
		// Each pair once (the lower place first), whichever of the two gives the other away.
		const pairs = new Set<number>();
		possibleGivers(questions).forEach((givers, given) => {
			for (const giver of givers ?? []) {
				if (giver === given) continue;
				const pair = Math.min(giver, given) * questions.length + Math.max(giver, given);
				if (!pairs.has(pair) && givesAway(questions[giver], questions[given], rule))
					pairs.add(pair);
			}
		});
		const clashing = new Map(questions.map((q) => [q as object, new Set<object>()]));
		for (const pair of pairs) {
			const a = questions[Math.floor(pair / questions.length)];
			const b = questions[pair % questions.length];
			counts.set(a, counts.get(a)! + 1);
			counts.set(b, counts.get(b)! + 1);
			clashing.get(a)!.add(b);
			clashing.get(b)!.add(a);
		}
		clashesBehind.set(counts, { rule, with: clashing });
		byRule.set(rule, counts);
	}
	return counts as Map<Q, number>;
}

/**
 * Whether `a` is the better question to keep than `b` when only one may stay: the one that
 * clashes with fewer of the course's questions (`counts`, `clashCounts`: keeping the other would
 * keep more of them out; a 50-question quiz of the built-in course came out 36 long when a
 * "Serbia" answer stayed), then the one that asks more (`ASKS`), then the one the course teaches
 * first (lower `rank`, the bank's teaching order, `generator/rank.ts`). Ties keep `b`, the one
 * already taken.
 */
export function betterToKeep(
	a: GiveAwayQuestion,
	b: GiveAwayQuestion,
	counts: ReadonlyMap<GiveAwayQuestion, number> = new Map()
): boolean {
	const wider = (counts.get(b) ?? 0) - (counts.get(a) ?? 0);
	if (wider !== 0) return wider > 0;
	const asks = (ASKS[a.type] ?? 0) - (ASKS[b.type] ?? 0);
	if (asks !== 0) return asks > 0;
	return a.rank !== undefined && b.rank !== undefined && a.rank < b.rank;
}

/**
 * Up to `count` questions of `pool`, in its order, after `fixed` (kept whatever they give away:
 * the teacher chose them), no two of which give each other away nor share a key (`keys`: a
 * question's fact, so one fact is asked once). A question that clashes with one taken question
 * replaces it when it is the better to keep (`betterToKeep`, by `counts`), in its place, and
 * frees its keys (another question on that fact may come later); one that clashes with more than
 * one, or with a fixed one, is left out. Clashes by `rule`. Returns the questions taken from
 * `pool` (not `fixed`). Pure.
 */
export function withoutGiveAways<Q extends GiveAwayQuestion>(
	pool: readonly Q[],
	count: number,
	fixed: readonly GiveAwayQuestion[] = [],
	counts: ReadonlyMap<GiveAwayQuestion, number> = new Map(),
	keys: (q: Q) => readonly string[] = () => [],
	rule: GiveAwayRule = GIVE_AWAY_RULE
): Q[] {
	const taken: Q[] = [];
	const used = new Set<string>();
	// Pairs of the course `counts` were counted on are known already (`clashCounts`).
	const known = clashesBehind.get(counts);
	const clash = (a: GiveAwayQuestion, b: GiveAwayQuestion) => {
		const of = known?.rule === rule ? known.with : undefined;
		const withA = of?.get(a);
		return withA && of!.has(b) ? withA.has(b) : clashes(a, b, rule);
	};
	for (const q of pool) {
		if (taken.length >= count) break;
		const own = keys(q);
		if (own.some((key) => used.has(key)) || fixed.some((f) => clash(f, q))) continue;
		const against = taken.filter((t) => clash(t, q));
		if (against.length > 1 || (against.length === 1 && !betterToKeep(q, against[0], counts)))
			continue;
		if (against.length === 1) {
			for (const key of keys(against[0])) used.delete(key);
			taken[taken.indexOf(against[0])] = q;
		} else taken.push(q);
		for (const key of own) used.add(key);
	}
	return taken;
}

/** One question of a quiz giving away another's answer: their places (0-based) in the quiz. */
export interface GiveAway {
	giver: number;
	given: number;
	/** The given question's answer as written ("1999"). */
	answer: string;
}

/**
 * Every pair of `questions` (a quiz's, in order; null for a place no phone asks, which keeps the
 * places of the rest) where one gives the other's answer away (`givesAway`), by the given's place, then the
 * giver's. New quiz says each of a teacher's own choice ("Question 3 gives away the answer to
 * question 7") instead of dropping one silently. Pure.
 */
export function giveAways(questions: readonly (GiveAwayQuestion | null)[]): GiveAway[] {
	const found: GiveAway[] = [];
	questions.forEach((given, i) => {
		if (!given) return;
		questions.forEach((giver, g) => {
			if (giver && g !== i && givesAway(giver, given))
				found.push({ giver: g, given: i, answer: given.answer });
		});
	});
	return found;
}

/** "Question 3 gives away the answer to question 7 (“1999”)." (places said from 1). */
export function giveAwayWords({ giver, given, answer }: GiveAway): string {
	return `Question ${giver + 1} gives away the answer to question ${given + 1} (“${answer}”).`;
}
