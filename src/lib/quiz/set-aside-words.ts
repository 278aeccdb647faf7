import { isolateText } from '$lib/text/fold';
import { plural } from '$lib/text/plural';
import { attemptWords, nameWithAttempt, type NamedAttempt } from './same-name';

/**
 * What the class report and its export say of results that are not counted (pure): attempts
 * the teacher set aside (removed, replaced by a same-name result, refused as a retake) and
 * results still waiting for a same-name choice. Each is named with its attempt id, so two
 * "Ana"s are told apart (outsider teacher: a refused retake did not say whose, and a removed
 * result left no trace in the report).
 */

/** Why an attempt is out of the report (`DecidedResult['decision']`). */
export type SetAsideDecision = 'removed' | 'replaced' | 'discarded';

/** The report's heading over the set-aside results: "2 results set aside, not counted". */
export function setAsideHeading(count: number): string {
	return `${plural(count, 'result')} set aside, not counted`;
}

/**
 * One set-aside result, as the report lists it: "Removed: Ana (attempt 5wLRz)", "Replaced by a
 * later result: Ana (attempt 5wLRz)", "Refused retake: ána (attempt 9QpTe); kept instead: Ana
 * (attempt 5wLRz)". `keptInstead`: the results in the report under the same folded name (for a
 * refused retake, whose earlier result stayed); none leaves that part out.
 */
export function setAsideLine(
	result: NamedAttempt,
	decision: SetAsideDecision,
	keptInstead: readonly NamedAttempt[] = []
): string {
	const who = nameWithAttempt(result);
	if (decision === 'removed') return `Removed: ${who}`;
	if (decision === 'replaced') return `Replaced by a later result: ${who}`;
	const kept = keptInstead.map(nameWithAttempt).join(', ');
	return `Refused retake: ${who}${kept ? `; kept instead: ${kept}` : ''}`;
}

/** Whether a set-aside result can come back ("Add it back"): removed or replaced, not refused. */
export function canAddBack(decision: SetAsideDecision): boolean {
	return decision !== 'discarded';
}

/** The Add it back button of one result, naming it: "Add Ana’s result back (attempt 5wLRz)". */
export function addBackLabel(result: NamedAttempt): string {
	const attempt = attemptWords(result);
	return `Add ${isolateText(result.name)}’s result back${attempt ? ` (${attempt})` : ''}`;
}

/**
 * What the report says after Add it back (`AddResultOutcome['status']`, or `'failed'` when it
 * could not be saved): back in the report, or waiting for a same-name choice, as any new result.
 */
export function addedBackWords(result: NamedAttempt, outcome: string): string {
	const who = nameWithAttempt(result);
	if (outcome === 'failed') return `${who}: the result could not be saved on this device.`;
	if (outcome === 'same-name')
		return `${who}: back, and waiting for your choice under Collect results, as another result has the same name.`;
	return `${who}: back in the report.`;
}

/**
 * What an export lacks while same-name results wait for the teacher's choice, naming each:
 * "Not in this file: ána (attempt 9QpTe), waiting for your choice under Collect results (same
 * name)." `''` when none wait. Said on screen when a file is saved, and as its own sheet in the
 * workbook; never as a row of a grades CSV, which a gradebook would import as a student.
 */
export function waitingLacksWords(waiting: readonly NamedAttempt[]): string {
	if (!waiting.length) return '';
	const names = waiting.map(nameWithAttempt).join(', ');
	const verb = waiting.length === 1 ? 'waits' : 'wait';
	return `Not in this file: ${names}. ${waiting.length === 1 ? 'It' : 'They'} ${verb} for your choice under Collect results (same name); export again after you decide.`;
}
