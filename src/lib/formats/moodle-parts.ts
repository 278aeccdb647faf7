import { foldFeedback, unfoldFeedback } from './answer-feedback';
import { questionName, type PortableQuestion } from './portable';

/**
 * Moodle's matching and multiple-answer questions, which Flashpoint has no type for, as the
 * questions Flashpoint asks, and back (GIFT and Moodle XML, read and written; a teacher from
 * Moodle, issue 12: both were refused). Moodle marks each of them part by part, so each part
 * becomes a question of its own:
 *
 * - a matching question ("Match the meter to what it measures": ammeter → current, voltmeter →
 *   potential difference…) is one multiple-choice question per item, its choices every answer
 *   of the question (extra answers, Moodle's items with no text, among them), as Moodle offers
 *   each item every answer in a menu and marks each item on its own;
 * - a multiple-answer question ("Which are renewable?" ~%50%wind ~%50%solar ~%-100%coal) is one
 *   true/false question per choice: true where Moodle gives the choice a positive weight. Moodle
 *   adds the weights of the ticked choices; here each choice is right or wrong on its own.
 *
 * Each part's prompt is the question's text, a blank line, then its item or choice
 * ("Match the meter to what it measures.\n\nammeter"); each part has the question's own name
 * (or its text's first words), and its id `<id>#m<n>` or `<id>#a<n>` when the question has one.
 * The writers put consecutive parts of one name and text back together (`writeGroups`), so a
 * file read and written keeps its matching and multiple-answer questions.
 */

/** Between a question's text and its part's item or choice in a part's prompt. */
const PART_BREAK = '\n\n';

/** One item of a matching question and its answer; an empty item is an extra answer. */
export interface MatchPair {
	item: string;
	answer: string;
}

/** One choice of a multiple-answer question: Moodle's weight (percent, −100…100) and feedback. */
export interface WeightedChoice {
	text: string;
	weight: number;
	feedback?: string;
}

/** What every part of one question shares: its file id, its name as written, its topics. */
export interface PartsOf {
	externalId?: string;
	/** The question's own name in its file ('' for none). */
	titled: string;
	topics: string[];
}

/** The name every part carries: the question's own, else its text's first words. */
function partsName(titled: string, stem: string): string {
	return (titled.trim() || questionName({ prompt: stem })).slice(0, 255);
}

/** A part's prompt: the question's text, then its item or choice. */
function partPrompt(stem: string, item: string): string {
	return `${stem}${PART_BREAK}${item}`;
}

const partId = (of: PartsOf, mark: 'm' | 'a', n: number) =>
	of.externalId ? { externalId: `${of.externalId}#${mark}${n}`.slice(0, 200) } : {};

/**
 * A matching question's items as multiple-choice questions (module note), or why it cannot be
 * read: fewer than two items, or fewer than two different answers to choose from.
 * `general`: its general feedback, each part's explanation.
 */
export function matchingParts(
	of: PartsOf,
	stem: string,
	pairs: readonly MatchPair[],
	general?: string
): PortableQuestion[] | string {
	const items = pairs.filter((p) => p.item.trim());
	if (items.length < 2) return 'a matching question needs at least two items with an answer';
	if (pairs.some((p) => !p.answer.trim()))
		return 'every item of a matching question needs an answer';
	const choices = [...new Set(pairs.map((p) => p.answer))];
	if (choices.length < 2) return 'a matching question needs at least two different answers';
	const name = partsName(of.titled, stem);
	return items.map((pair, i) => ({
		...partId(of, 'm', i + 1),
		name,
		type: 'mcq',
		prompt: partPrompt(stem, pair.item),
		answer: pair.answer,
		choices: [...choices],
		topics: [...of.topics],
		...(general ? { explanation: general } : {})
	}));
}

/**
 * A multiple-answer question's choices as true/false questions (module note): true where the
 * weight is positive. Each part's explanation is the general feedback, then its choice's own
 * feedback as a line "<choice>: …" (`foldFeedback`). Why it cannot be read: fewer than two
 * choices, or none with a positive weight.
 */
export function multiAnswerParts(
	of: PartsOf,
	stem: string,
	choices: readonly WeightedChoice[],
	general?: string
): PortableQuestion[] | string {
	if (choices.length < 2) return 'a multiple-answer question needs at least two choices';
	if (!choices.some((c) => c.weight > 0))
		return 'a multiple-answer question needs a choice with a positive weight (%50%)';
	const name = partsName(of.titled, stem);
	return choices.map((choice, i) => {
		const explanation = foldFeedback(general, [
			{ label: choice.text, feedback: choice.feedback ?? '' }
		]);
		return {
			...partId(of, 'a', i + 1),
			name,
			type: 'truefalse',
			prompt: partPrompt(stem, choice.text),
			answer: choice.weight > 0 ? 'true' : 'false',
			// Written back as given: Moodle adds the ticked choices' weights, so −50 is not −100.
			weight: choice.weight,
			topics: [...of.topics],
			...(explanation ? { explanation } : {})
		};
	});
}

/** What a writer writes: one question, or the parts of one matching or multiple-answer question. */
export type WriteGroup =
	| { kind: 'one'; question: PortableQuestion }
	| {
			kind: 'matching';
			questions: PortableQuestion[];
			/** The question's id (`groupId`). */
			externalId?: string;
			name: string;
			stem: string;
			pairs: MatchPair[];
			general?: string;
	  }
	| {
			kind: 'multi';
			questions: PortableQuestion[];
			/** The question's id (`groupId`). */
			externalId?: string;
			name: string;
			stem: string;
			choices: WeightedChoice[];
			general?: string;
	  };

/**
 * The id a question put back together is written with: the id its parts were read with
 * (`Q4#m1`, `Q4#m2` → `Q4`), so a file read and written keeps its ids; else its first part's
 * (a course's own question id), which a re-import does not find again, so it matches each part
 * by its type and prompt (`import-plan.ts`). `false` when some parts carry a part's id but not
 * the whole run from 1 (a part edited apart from the others): written as questions of their
 * own, each keeps its id.
 */
function groupId(run: readonly PortableQuestion[], mark: 'm' | 'a'): string | undefined | false {
	const part = new RegExp(`#${mark}\\d+$`);
	const first = run[0].externalId;
	if (!run.some((q) => q.externalId && part.test(q.externalId))) return first;
	const base = first?.replace(new RegExp(`#${mark}1$`), '');
	if (base === undefined || base === first) return false;
	return run.every((q, i) => q.externalId === `${base}#${mark}${i + 1}`) && base;
}

/** A part's question text and item, split at its prompt's last blank line; null if none. */
export function splitPart(
	q: Pick<PortableQuestion, 'prompt'>
): { stem: string; item: string } | null {
	const cut = q.prompt.lastIndexOf(PART_BREAK);
	if (cut <= 0) return null;
	const [stem, item] = [q.prompt.slice(0, cut), q.prompt.slice(cut + PART_BREAK.length)];
	return stem.trim() && item.trim() ? { stem, item } : null;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether `q` may join the run of parts that `first` starts (same kind, name, text, topics). */
function sameQuestion(first: PortableQuestion, q: PortableQuestion, stem: string): boolean {
	return (
		q.type === first.type &&
		q.name !== undefined &&
		q.name === first.name &&
		splitPart(q)?.stem === stem &&
		sameList(q.topics, first.topics) &&
		!q.wholeExplanation === !first.wholeExplanation
	);
}

/**
 * The matching question `run` was read from (module note): every part has the same choices and
 * explanation, and the choices are the parts' answers in the order they first come, then the
 * extra answers, so reading it back gives the same questions. Else null.
 */
function asMatching(run: PortableQuestion[], stem: string): WriteGroup | null {
	const [first] = run;
	const choices = first.choices ?? [];
	if (!run.every((q) => sameList(q.choices ?? [], choices) && q.explanation === first.explanation))
		return null;
	const used = [...new Set(run.map((q) => q.answer))];
	if (!sameList(choices.slice(0, used.length), used)) return null;
	const pairs = run.map((q) => ({ item: splitPart(q)!.item, answer: q.answer }));
	// Moodle reads an item up to its first "->", and GIFT has no escape for it.
	if (pairs.some((p) => p.item.includes('->'))) return null;
	const extra = choices.slice(used.length).map((answer) => ({ item: '', answer }));
	const externalId = groupId(run, 'm');
	if (externalId === false) return null;
	return {
		kind: 'matching',
		questions: run,
		...(externalId ? { externalId } : {}),
		name: first.name!,
		stem,
		pairs: [...pairs, ...extra],
		...(first.explanation ? { general: first.explanation } : {})
	};
}

/**
 * The weights `run`'s choices are written with: each part's own (`weight`, as its file gave it)
 * when every part has one that still agrees with its answer (positive exactly where true), so
 * Moodle scores the question as before; else, for parts made or edited here, 100/n for each of
 * the n true parts and −100 for each false one (`moodleWeight`).
 */
function partWeights(run: readonly PortableQuestion[], right: number): number[] {
	const kept = run.every((q) => q.weight !== undefined && q.weight > 0 === (q.answer === 'true'));
	return run.map((q) => (kept ? q.weight! : q.answer === 'true' ? 100 / right : -100));
}

/**
 * The multiple-answer question `run` was read from: each part's explanation is the same general
 * feedback and its choice's own line (`foldFeedback`), and one part at least is true. Weights
 * as `partWeights`. Else null.
 */
function asMultiAnswer(run: PortableQuestion[], stem: string): WriteGroup | null {
	const right = run.filter((q) => q.answer === 'true').length;
	if (!right) return null;
	const parts = run.map((q) => {
		const item = splitPart(q)!.item;
		const { general, answers } = unfoldFeedback(q.explanation, [item]);
		return { item, general, feedback: answers.get(item), answer: q.answer };
	});
	const general = parts[0].general;
	if (!parts.every((p) => p.general === general)) return null;
	const weights = partWeights(run, right);
	const choices = parts.map((p, i) => ({
		text: p.item,
		weight: weights[i],
		...(p.feedback ? { feedback: p.feedback } : {})
	}));
	const externalId = groupId(run, 'a');
	if (externalId === false) return null;
	return {
		kind: 'multi',
		questions: run,
		...(externalId ? { externalId } : {}),
		name: run[0].name!,
		stem,
		choices,
		...(general ? { general } : {})
	};
}

/**
 * `questions` in order, with each run of two or more consecutive parts of one matching or
 * multiple-answer question (multiple choice or true/false of one own name, one question text
 * before a blank line, one set of topics) put back together when they read back as the same
 * questions; every other question on its own. Pure.
 */
export function writeGroups(questions: readonly PortableQuestion[]): WriteGroup[] {
	const groups: WriteGroup[] = [];
	for (let i = 0; i < questions.length;) {
		const first = questions[i];
		const stem = splitPart(first)?.stem;
		let end = i + 1;
		if (stem !== undefined && first.name !== undefined && first.type !== 'flashcard')
			while (end < questions.length && sameQuestion(first, questions[end], stem)) end++;
		const run = questions.slice(i, end);
		const group =
			run.length < 2 || stem === undefined
				? null
				: first.type === 'mcq'
					? asMatching(run, stem)
					: first.type === 'truefalse'
						? asMultiAnswer(run, stem)
						: null;
		if (group) {
			groups.push(group);
			i = end;
		} else {
			groups.push({ kind: 'one', question: first });
			i++;
		}
	}
	return groups;
}

/**
 * Moodle's grade list in percent (`question_bank::fraction_options_full`, positive half; each
 * also negative): the weights its import takes as they are, within five decimals.
 */
export const MOODLE_GRADES = [
	100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
	12.5, 11.11111, 10, 5, 0
] as const;

/**
 * A choice's weight as Moodle writes it, with at most five decimals ("50", "33.33333",
 * "-100"): Moodle's grade list holds 100/n for n up to 10 (and 5, 0 and their negatives), which
 * its import matches with that precision (`question_bank::fraction_options_full`).
 */
export function moodleWeight(weight: number): string {
	return String(Number(weight.toFixed(5)));
}
