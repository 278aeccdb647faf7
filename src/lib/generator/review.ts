import * as v from 'valibot';
import { QuestionSchema, type Question } from '../content/schema';
import { hashId } from './text';

/**
 * Editorial decisions, kept in `questions/review.json` by stable question id, so that
 * regenerating the bank never loses them. A generated question ships only once an editor
 * has accepted or edited it; rejected ones never ship; written ones ship unless rejected.
 */

const EditSchema = v.partial(
	v.object({
		prompt: v.pipe(v.string(), v.minLength(1)),
		answer: v.pipe(v.string(), v.minLength(1)),
		accept: v.array(v.pipe(v.string(), v.minLength(1))),
		choices: v.array(v.pipe(v.string(), v.minLength(1))),
		explanation: v.pipe(v.string(), v.minLength(1)),
		topics: v.array(v.pipe(v.string(), v.minLength(1))),
		/** Joins the question to the fact group of others testing the same fact (siblings). */
		fact: v.pipe(v.string(), v.minLength(1)),
		difficulty: v.picklist([1, 2, 3])
	})
);

/**
 * `checked` fingerprints the question as the editor read it (type, prompt, answer, choices,
 * accepted answers). If regenerating changes any of these, the decision no longer applies
 * and the question waits for a new reading instead of shipping unread.
 */
const checked = v.optional(v.pipe(v.string(), v.minLength(1)));

export const DecisionSchema = v.variant('decision', [
	v.object({ decision: v.literal('accept'), checked, note: v.optional(v.string()) }),
	v.object({
		decision: v.literal('reject'),
		reason: v.pipe(v.string(), v.minLength(1)),
		checked
	}),
	v.object({ decision: v.literal('edit'), set: EditSchema, checked, note: v.optional(v.string()) })
]);
export type Decision = v.InferOutput<typeof DecisionSchema>;

export const ReviewSchema = v.object({
	version: v.literal(1),
	/** Who reviewed, and how: shown in reports, never used by the app. */
	about: v.optional(v.string()),
	decisions: v.record(v.string(), DecisionSchema)
});
export type Review = v.InferOutput<typeof ReviewSchema>;

export function parseReview(data: unknown): Review {
	const result = v.safeParse(ReviewSchema, data);
	if (result.success) return result.output;
	const issue = result.issues[0];
	throw new Error(`review.json ${v.getDotPath(issue) ?? ''}: ${issue.message}`);
}

/** What an editor's decision vouches for: the parts of a question that make it right or wrong. */
export function fingerprint(question: Question): string {
	return hashId(
		[
			question.type,
			question.prompt,
			question.answer,
			(question.choices ?? []).join('|'),
			(question.accept ?? []).join('|')
		].join('\n'),
		12
	);
}

export interface ReviewOutcome {
	shipped: Question[];
	accepted: number;
	edited: number;
	rejected: number;
	/** Generated questions no editor has read yet: not shipped. */
	pending: Question[];
	/** Questions that changed since their decision was recorded: not shipped until read again. */
	stale: Question[];
	/** Decisions whose question no longer exists (the source text changed): reported, kept. */
	orphans: string[];
	/** Edits that made a question invalid. */
	errors: string[];
}

export function applyReview(questions: Question[], review: Review): ReviewOutcome {
	const outcome: ReviewOutcome = {
		stale: [],
		shipped: [],
		accepted: 0,
		edited: 0,
		rejected: 0,
		pending: [],
		orphans: [],
		errors: []
	};
	const ids = new Set(questions.map((q) => q.id));
	outcome.orphans = Object.keys(review.decisions).filter((id) => !ids.has(id));
	for (const question of questions) {
		const decision = review.decisions[question.id];
		if (
			decision &&
			decision.decision !== 'reject' &&
			decision.checked &&
			decision.checked !== fingerprint(question)
		) {
			outcome.stale.push(question);
			continue;
		}
		if (!decision) {
			if (question.origin === 'written') outcome.shipped.push(question);
			else outcome.pending.push(question);
			continue;
		}
		if (decision.decision === 'reject') {
			outcome.rejected++;
			continue;
		}
		if (decision.decision === 'accept') {
			outcome.accepted++;
			outcome.shipped.push(question);
			continue;
		}
		const edited = { ...question, ...decision.set };
		if (edited.type === 'mcq' && decision.set.answer && !decision.set.choices)
			edited.choices = question.choices?.map((c) => (c === question.answer ? edited.answer : c));
		const checked = v.safeParse(QuestionSchema, edited);
		if (!checked.success) {
			outcome.errors.push(`${question.id}: ${checked.issues[0].message}`);
			continue;
		}
		outcome.edited++;
		outcome.shipped.push(checked.output);
	}
	return outcome;
}
