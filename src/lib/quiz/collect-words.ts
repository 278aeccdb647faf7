import type { StoredResult } from '$lib/db/classroom';
import type { PendingResult } from '$lib/db/classroom-decisions';
import { duplicateText, type CollectEvent } from './collect';
import type { LogLine } from './collect-log';
import { formatClock } from './run.svelte';
import {
	attemptWords,
	nameWithAttempt,
	sameNameWords,
	whose,
	type NamedAttempt
} from './same-name';
import { plural } from '$lib/text/plural';

/**
 * What the Collect results panel says, in words, kept out of its components so it can be
 * tested (split from `CollectPanel.svelte`, which had grown to 500 lines): the log line of a
 * collect event, how a result is told apart from a namesake, and the outcome of each same-name
 * choice. Pure.
 */

/** The teacher's answer to a same-name result: keep all, replace one earlier result, or drop it. */
export type SameNameChoice = 'both' | 'replace' | 'keep';

/**
 * The log line of a collect event (`ResultCollector`), or null for the events the panel shows
 * elsewhere: a same-name result waits in its own box, a removed one asks "Add it back?".
 */
export function eventLine(event: CollectEvent): LogLine | null {
	switch (event.kind) {
		case 'added':
			return {
				tone: 'good',
				text: `added, ${event.correct} of ${event.total}${event.version ? ` (${event.version})` : ''}.`,
				name: event.result.name
			};
		case 'duplicate':
			return { tone: 'info', text: duplicateText(event.decided), name: event.result.name };
		case 'part':
			return {
				tone: 'info',
				text: event.repeated
					? `part already scanned (${event.have} of ${event.total}). Scan the next part.`
					: `part ${event.have} of ${event.total} of a long result code read. Scan the next part.`
			};
		case 'refused':
			return { tone: 'bad', text: event.text, name: event.name, where: event.where };
		default:
			return null;
	}
}

/**
 * When a result was finished and how long it took, to tell namesakes apart: "finished 09:05,
 * took 0:40" (the clock in the device's locale, hours and minutes; the duration m:ss).
 */
export function finishWords(result: Pick<StoredResult, 'finishedAt' | 'seconds'>): string {
	const clock = new Date(result.finishedAt).toLocaleTimeString([], {
		hour: '2-digit',
		minute: '2-digit'
	});
	return `finished ${clock}, took ${formatClock(result.seconds)}`;
}

/** How many of `a`'s answers differ from `b`'s, to tell two pupils apart. */
export function answersDiffer(a: Pick<StoredResult, 'answers'>, b: Pick<StoredResult, 'answers'>) {
	return a.answers.filter((x, i) => x !== b.answers[i]).length;
}

/**
 * The other results waiting under the same folded name as `item` (`studentKey`), so each waiting
 * "Ana" is compared with every same-name result, not only the stored ones: two new "Ana"s in one
 * paste each showed only the first, stored Ana (outsider teacher, issue 12). Oldest first, as
 * `pending` is listed.
 */
export function waitingNamesakes<T extends Pick<PendingResult, 'result'>>(
	item: T,
	pending: readonly T[]
): T[] {
	return pending.filter(
		(other) =>
			other.result.key !== item.result.key && other.result.studentKey === item.result.studentKey
	);
}

/** The heading over the waiting results: "1 result needs your choice", "2 results need…". */
export function pendingHeading(count: number): string {
	return `${plural(count, 'result needs', 'results need')} your choice`;
}

/**
 * The question a waiting result asks, after "Ana already has 2 results.": an edited code of an
 * attempt already stored, or namesakes (one earlier result, or several of whom one retook it).
 */
export function pendingQuestion(item: Pick<PendingResult, 'previous' | 'sameAttempt'>): string {
	if (item.sameAttempt)
		return 'This code is the same attempt with other answers: it was changed after the quiz.';
	if (item.previous.length > 1)
		return 'Another student with this name, or one of them again? Replace only the one who retook it.';
	return 'Two students with the same name, or the same student again?';
}

/**
 * What the log says after the teacher's choice on a waiting result (after its name), naming
 * each result with its attempt id (`nameWithAttempt`), so a log of two "Ana"s says whose:
 * `item.previous` are the earlier results; `earlier` is the one "Replace" put the new one in
 * place of.
 */
export function choiceOutcome(
	choice: SameNameChoice,
	item: { result: NamedAttempt; previous: readonly NamedAttempt[] },
	earlier?: NamedAttempt & Pick<StoredResult, 'finishedAt' | 'seconds'>
): string {
	if (choice === 'both') return sameNameWords(item.previous.length, '').keptAll;
	if (choice === 'replace')
		return earlier
			? `replaced ${whose(earlier, 'earlier result')}, ${finishWords(earlier)}.`
			: 'replaced the earlier result.';
	const kept =
		item.previous.length === 1
			? whose(item.previous[0], 'earlier result')
			: `the earlier results (${item.previous.map(nameWithAttempt).join(', ')})`;
	const refused = attemptWords(item.result);
	return `kept ${kept}; this one${refused ? ` (${refused})` : ''} is recorded as a refused retake, not added.`;
}

/** What the log says when the teacher leaves a removed or replaced result out (after its name). */
export function leftOutText(replaced: boolean): string {
	return `left out, ${replaced ? 'as a later result replaced it' : 'as you removed it'}; nothing changed.`;
}
