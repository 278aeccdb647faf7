import { acceptedLines, type QuestionFields } from '$lib/content/question-fields';
import { andList } from '$lib/text/and-list';
import type { QuizQuestion } from './types';

/**
 * Partial credit through a rewording (polish37): a class quiz's question from a GIFT or Moodle
 * XML file may give part of the mark to a choice or a typed form (`QuizQuestion.credit`,
 * teach51), and the Questions panel's "Reword" form, which shows no weights, dropped them all on
 * save. A weight stays on its form while the form survives the edit: a multiple-choice question's
 * wrong choice still there word for word, or a typed question's partly right form (the form never
 * shows these, so they always survive) that has not become the key or an accepted answer (then it
 * counts in full). A weighted choice renamed, removed or the type changed loses its weight: the
 * form says so before the teacher saves (`creditNotice`). Pure.
 */

type Credit = Record<string, number>;

/** What the form's fields keep of `base.credit`, and what they lose (by form, in base's order). */
function split(
	base: QuizQuestion | undefined,
	draft: QuestionFields
): { kept: Credit; lost: Credit } {
	const kept: Credit = {};
	const lost: Credit = {};
	if (!base?.credit) return { kept, lost };
	const answer = draft.answer.trim();
	const typed = (t: string) => t === 'short' || t === 'cloze';
	const wrong = new Set(draft.wrong.map((w) => w.trim()));
	const accepted = new Set(acceptedLines(draft.accept));
	for (const [form, weight] of Object.entries(base.credit)) {
		if (form === answer || (typed(draft.type) && accepted.has(form))) continue; // now fully right
		const stays =
			draft.type === base.type && (base.type === 'mcq' ? wrong.has(form) : typed(base.type));
		(stays ? kept : lost)[form] = weight;
	}
	return { kept, lost };
}

/**
 * The partial credit a question saved from `draft` keeps of `base`'s (the question reworded):
 * `{ "half credit answer": 50 }`, percent by form; undefined when none is left (or `base` had
 * none, or there is no `base`: a new question has no weights).
 */
export function keptCredit(
	base: QuizQuestion | undefined,
	draft: QuestionFields
): Credit | undefined {
	const { kept } = split(base, draft);
	return Object.keys(kept).length ? kept : undefined;
}

/** "“Nazereth” (75%) and “Bethlehem” (25%)". */
function listed(credit: Credit): string {
	return andList(Object.entries(credit).map(([form, weight]) => `“${form}” (${weight}%)`));
}

/**
 * What the Reword form says of `base`'s partial credit while `draft` is being edited: `kept`,
 * the partly right answers that keep their share ("Partly right answers: “Nazereth” (75%) …"), and
 * `lost`, a warning naming those the edit drops (a weighted choice renamed or removed): both ''
 * when there is nothing to say.
 */
export function creditNotice(
	base: QuizQuestion | undefined,
	draft: QuestionFields
): { kept: string; lost: string } {
	const { kept, lost } = split(base, draft);
	const n = Object.keys(lost).length;
	return {
		kept: Object.keys(kept).length
			? `Partly right answers keep their share of the mark: ${listed(kept)}.`
			: '',
		lost: n
			? `${listed(lost)} ${n === 1 ? 'is' : 'are'} no longer ${base!.type === 'mcq' && draft.type === 'mcq' ? (n === 1 ? 'a choice' : 'choices') : 'asked this way'}: saved like this, ${n === 1 ? 'it loses its' : 'they lose their'} partial credit and ${n === 1 ? 'scores' : 'score'} nothing.`
			: ''
	};
}
