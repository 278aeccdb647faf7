import * as v from 'valibot';
import { plural } from '$lib/text/plural';
import type { ImportProblem, PortableAnswer } from './portable';

/**
 * Which entries of an Anki card's review log (`revlog`) are answers this app takes, checked by a
 * schema: the rest are left out as Anki's own FSRS leaves them, or refused with a line for the
 * import preview (a date in the future, a button Anki does not have). Used by `apkg-history.ts`.
 */

/** Anki's revlog kinds (`revlog.type`, rslib `RevlogReviewKind`). */
const LEARNING = 0;
const FILTERED = 3;
const MANUAL = 4;
const RESCHEDULED = 5;

/**
 * Clock difference tolerated between the device that answered in Anki and this one: an answer
 * up to 10 minutes "ahead" is a clock a little fast, not a date in the future.
 */
const CLOCK_SLACK_MS = 10 * 60_000;

/** Why a log entry that is an answer was refused: the preview's line names each reason once. */
type Refusal = 'future' | 'ease' | 'kind';

/**
 * One answer of Anki's review log as this app takes it (checked before it becomes an answer):
 * answered no later than `now` (ms, with `CLOCK_SLACK_MS`), one of Anki's four buttons.
 */
function revlogAnswerSchema(now: number) {
	return v.object({
		id: v.pipe(v.number(), v.integer(), v.maxValue(now + CLOCK_SLACK_MS, 'future')),
		ease: v.pipe(v.number(), v.integer(), v.minValue(1, 'ease'), v.maxValue(4, 'ease')),
		time: v.number()
	});
}

/** Refused entries so far, by reason: how many, and their telling values (date, ease, kind). */
export type Refused = Map<Refusal, { count: number; values: Set<string> }>;

function refuse(refused: Refused, reason: Refusal, value: string): void {
	const seen = refused.get(reason) ?? { count: 0, values: new Set<string>() };
	seen.count++;
	seen.values.add(value);
	refused.set(reason, seen);
}

/**
 * The preview's lines for refused entries, one a reason in a fixed order, each saying how many,
 * their values (the first 3, sorted) and that the rest of the history is kept, or, when
 * `restKept` is false (no card kept an answer), that every card starts as new.
 */
export function refusalLines(refused: Refused, restKept = true): ImportProblem[] {
	const lines: ImportProblem[] = [];
	// With nothing kept, "the rest of the history is kept" stated what was not so.
	const rest = restKept
		? 'the rest of the history is kept'
		: 'no other answer is left, so every card starts as new';
	for (const reason of ['future', 'ease', 'kind'] as const) {
		const seen = refused.get(reason);
		if (!seen) continue;
		const values = [...seen.values].sort().slice(0, 3).join(', ');
		const was = `${seen.count === 1 ? 'was' : 'were'} left out; ${rest}.`;
		const answers = plural(seen.count, 'answer');
		const what =
			reason === 'future'
				? `${answers} dated in the future (${values})`
				: reason === 'ease'
					? `${answers} with a button Anki does not have (ease ${values}; Anki's are 1–4)`
					: `${plural(seen.count, 'entry', 'entries')} of a kind Anki does not write (type ${values})`;
		lines.push({ message: `Anki review log: ${what} ${was}` });
	}
	return lines;
}

/**
 * The answers of one card's log that FSRS learns from, as Anki itself selects them
 * (rslib/src/scheduler/fsrs/params.rs, `reviews_for_fsrs`): learning, review and relearning
 * answers, and answers in a filtered deck that reschedules (its entries carry the card's ease
 * factor); cramming without rescheduling (factor 0), manual changes (set due date) and
 * rescheduling left out; a reset to new (a manual entry with factor 0) drops every answer before
 * it. An answer dated after `now` or with a button other than 1–4, or an entry of an unknown
 * kind, is refused (counted in `refused`); the card's other answers are kept.
 */
export function answersOf(
	log: Record<string, unknown>[],
	now: number,
	refused: Refused
): PortableAnswer[] {
	const schema = revlogAnswerSchema(now);
	let answers: PortableAnswer[] = [];
	for (const entry of log) {
		const type = Number(entry.type);
		const factor = Number(entry.factor);
		if (type === MANUAL && factor === 0) answers = [];
		if (type === MANUAL || type === RESCHEDULED || (type === FILTERED && factor === 0)) continue;
		if (!Number.isInteger(type) || type < LEARNING || type > FILTERED) {
			refuse(refused, 'kind', String(entry.type));
			continue;
		}
		const checked = v.safeParse(schema, {
			id: Number(entry.id),
			ease: Number(entry.ease),
			time: Number(entry.time) || 0
		});
		if (!checked.success) {
			const reason = checked.issues[0].message === 'future' ? 'future' : 'ease';
			refuse(
				refused,
				reason,
				reason === 'future'
					? new Date(Number(entry.id)).toISOString().slice(0, 10)
					: String(entry.ease)
			);
			continue;
		}
		const { id, ease, time } = checked.output;
		answers.push({
			at: id,
			rating: ease as PortableAnswer['rating'],
			durationMs: Math.max(0, Math.min(time, 3_600_000))
		});
	}
	return answers;
}
