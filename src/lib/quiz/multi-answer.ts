import { foldFeedback, unfoldFeedback } from '$lib/formats/answer-feedback';
import {
	multiAnswerParts,
	writeGroups,
	type WeightedChoice,
	type WriteGroup
} from '$lib/formats/moodle-parts';
import type { PortableQuestion } from '$lib/formats/portable';
import { OWN_DOC } from './edit';
import { MULTI_MAX_CHOICES, multiKeyText } from './multi-credit';
import { plural } from '$lib/text/plural';
import type { QuizQuestion } from './types';

/**
 * Moodle's multiple-answer question in a class quiz (`multi`, "Choose all that apply"): a
 * teacher's GIFT (`~%50%wind ~%50%solar ~%-100%coal`) or Moodle XML (`multichoice` with
 * `<single>false</single>` and each answer's `fraction`) question is one question, its choices
 * ticked with checkboxes and marked by Moodle's rule (`multiCredit`); before, a class quiz left
 * it out by name (teacher from Moodle, sessions 37–38). The readers give it as true/false parts
 * (`moodle-parts.ts`, for a course); a quiz puts them back together as the writers do
 * (`writeGroups`) and exports it as those parts again, so the writers write `<single>false</single>`.
 */

/**
 * Why a multiple-answer question cannot be asked, or null when it can: too many choices, two of
 * the same words, or right choices whose weights (percent) do not add up to 100%, as Moodle
 * refuses it (`qtype_multichoice::save_question_options`: the positive fractions' sum rounded to
 * 2 decimals must be 1, "The positive grades you have chosen do not add up to 100%"). Taken as it
 * was, 40/40/−10 gave a student who ticked both right choices "Partly right: 80%" and listed
 * them as the right answer of a question she was marked down on (outsider teacher, session 38).
 */
export function multiProblem(choices: readonly WeightedChoice[]): string | null {
	const right = choices.reduce((sum, c) => sum + Math.max(0, c.weight), 0);
	if (Math.round(right) !== 100)
		return `the right choices' weights add up to ${Math.round(right * 100) / 100}%, not 100%, so ticking all of them would not earn the whole mark (Moodle refuses such a question too). Give them weights that add up to 100% (two right choices: 50% each) and import the file again.`;
	if (choices.length > MULTI_MAX_CHOICES)
		return `a multiple-answer question with ${plural(choices.length, 'choice')}: a class quiz asks at most ${plural(MULTI_MAX_CHOICES, 'choice')}.`;
	if (new Set(choices.map((c) => c.text)).size !== choices.length)
		return 'a multiple-answer question with two choices of the same words: a student could not tell them apart.';
	return null;
}

/** A multiple-answer question's parts put back together (`writeGroups`) as a quiz question. */
function fromGroup(group: Extract<WriteGroup, { kind: 'multi' }>, id: string): QuizQuestion {
	const choices = group.choices.map((c) => c.text);
	const weights = group.choices.map((c) => c.weight);
	const explanation =
		foldFeedback(
			group.general,
			group.choices.map((c) => ({ label: c.text, feedback: c.feedback ?? '' }))
		) ?? '';
	return {
		id,
		type: 'multi',
		prompt: group.stem,
		answer: multiKeyText(choices, weights),
		choices,
		weights,
		explanation,
		source: { doc: OWN_DOC, quote: '' }
	};
}

/** One question of a file as a class quiz reads it: a file question, or a multiple-answer one. */
export type FileItem =
	| { kind: 'one'; question: PortableQuestion; index: number }
	| { kind: 'multi'; question: QuizQuestion | string; from: PortableQuestion[]; index: number };

/**
 * A file's questions (as a reader gives them, with multiple-answer questions as their true/false
 * parts) in order, each multiple-answer question whole (`fromGroup`, with an `own-` id from
 * `newId`, or why it cannot be asked) and every other question as it is; `index` is its first
 * question's place in `questions`. Parts are only taken together when each carries its weight
 * (`PortableQuestion.weight`: only the readers' multiple-answer parts have one), so plain
 * true/false questions that happen to share a text stay apart.
 */
export function fileItems(questions: readonly PortableQuestion[], newId: () => string): FileItem[] {
	const items: FileItem[] = [];
	let index = 0;
	for (const group of writeGroups(questions)) {
		if (group.kind === 'multi' && group.questions.every((q) => q.weight !== undefined)) {
			const problem = multiProblem(group.choices);
			items.push({
				kind: 'multi',
				question: problem ?? fromGroup(group, newId()),
				from: group.questions,
				index
			});
		} else {
			const run = group.kind === 'one' ? [group.question] : group.questions;
			run.forEach((question, i) => items.push({ kind: 'one', question, index: index + i }));
		}
		index += group.kind === 'one' ? 1 : group.questions.length;
	}
	return items;
}

/**
 * A `multi` question as the true/false parts the GIFT and Moodle XML writers put back together
 * as one multiple-answer question (`multiAnswerParts`, `writeGroups`): each choice with its
 * weight and its own feedback, the general feedback as the question's. `base`: the fields every
 * part shares (external id, topics).
 */
export function multiPortable(
	q: QuizQuestion,
	base: { externalId?: string; topics: string[]; explanation?: string }
): PortableQuestion[] {
	const choices = q.choices ?? [];
	const { general, answers } = unfoldFeedback(base.explanation, choices);
	const parts = multiAnswerParts(
		{
			...(base.externalId ? { externalId: base.externalId } : {}),
			titled: '',
			topics: base.topics
		},
		q.prompt,
		choices.map((text, i) => ({
			text,
			weight: q.weights?.[i] ?? 0,
			...(answers.get(text) ? { feedback: answers.get(text) } : {})
		})),
		general
	);
	return typeof parts === 'string' ? [] : parts;
}
