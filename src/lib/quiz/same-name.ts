import { allOf, plural } from '$lib/text/plural';
import { foldText, isolateText } from '$lib/text/fold';
import { shortAttemptId } from './report';

/** What names one result on screen: its name and, when it has one, its attempt id. */
export interface NamedAttempt {
	name: string;
	/** Absent on results stored before attempt ids (format 1). */
	attemptId?: string;
}

/**
 * "attempt 5wLRz": the short attempt id the student's result screen shows too
 * (`shortAttemptId`), so teacher and student can tell two same-name results apart; `''` for a
 * result stored before attempt ids.
 */
export function attemptWords(result: Pick<NamedAttempt, 'attemptId'>): string {
	return result.attemptId ? `attempt ${shortAttemptId(result.attemptId)}` : '';
}

/** "Ána (attempt 5wLRz)", bidi-isolated; the bare name for a result without an attempt id. */
export function nameWithAttempt(result: NamedAttempt): string {
	const attempt = attemptWords(result);
	return attempt ? `${isolateText(result.name)} (${attempt})` : isolateText(result.name);
}

/** "Ána’s earlier result (attempt 5wLRz)": whose `thing` it is, then which attempt. */
export function whose(result: NamedAttempt, thing: string): string {
	const attempt = attemptWords(result);
	return `${isolateText(result.name)}’s ${thing}${attempt ? ` (${attempt})` : ''}`;
}

/**
 * The words of the same-name choice (Collect results panel): a new result whose folded name
 * ("ána") matches `earlier` stored results. With one earlier result the choice is the whole
 * name's (Keep both / Replace earlier / Keep earlier only); with several (two pupils called Ana
 * already kept apart) "replace" must name ONE of them, so each earlier result gets its own
 * button naming it on screen ("Replace Ána’s result (attempt 5wLRz)": "Replace this one" said
 * whose only to a screen reader, outsider teacher) and keeping counts them all ("Keep all 3").
 */
export interface SameNameWords {
	/** Stores the new result beside the earlier ones, as another student. */
	keepAll: string;
	/** Stores the new result in place of `earlier` (with several, each earlier one's button). */
	replace: (earlier: NamedAttempt) => string;
	/** Drops the new result; the earlier ones stay. */
	keepEarlier: string;
	/** What the log says after `keepAll`. */
	keptAll: string;
}

/**
 * The choice's words for `earlier` (≥ 1) stored results under `name`: every button names the
 * student on screen ("Keep both results for Ana", not "Keep both": an outsider teacher with two
 * waiting names could not tell which row a button decided). The name is bidi-isolated
 * (`isolateText`), since a button label cannot hold `<bdi>`.
 */
export function sameNameWords(
	earlier: number,
	name: string,
	earlierNames: readonly string[] = []
): SameNameWords {
	const who = isolateText(name);
	// A new "Ána" beside an earlier "Ana": the earlier result is Ana's, not Ána's (outsider
	// teacher: "Keep only Ána's earlier result" when Ána had none). Both spellings are named.
	const spelled = spellingsOtherThan(name, earlierNames);
	if (earlier <= 1) {
		const earlierWho = spelled.length ? isolateText(spelled[0]) : who;
		return {
			keepAll: spelled.length
				? `Keep both results, as ${earlierWho} and ${who}`
				: `Keep both results for ${who}`,
			replace: (earlier) => `Replace ${whose(earlier, 'earlier result')}`,
			keepEarlier: `Keep only ${earlierWho}’s earlier result`,
			keptAll: 'kept both results, as two students.'
		};
	}
	return {
		keepAll: `Keep ${allOf(earlier + 1, 'result')} for ${who}`,
		replace: (earlier) => `Replace ${whose(earlier, 'result')}`,
		keepEarlier: `Keep only ${who}’s earlier ${earlier}`,
		keptAll: `kept ${allOf(earlier + 1, 'result')}, as separate students.`
	};
}

/** The spellings in `names` (trimmed, each once) that differ from `name`'s. */
function spellingsOtherThan(name: string, names: readonly string[]): string[] {
	const own = name.trim();
	return [...new Set(names.map((other) => other.trim()))].filter((other) => other !== own);
}

/**
 * What the Collect results panel says after the new result's name (shown bold before it): the
 * earlier results it collides with. The same spelling: "already has a result." / "already has
 * 2 results."; another spelling names whose they are: "a result is already here for Ana." / "2
 * results are already here for Ana, ANA." (outsider teacher: "Ána already has a result" when
 * the earlier one was Ana's). `sameSpelling` tells the panel to join the two with a space
 * ("Ana already has…") or a colon ("Ána: a result is…"). Names are bidi-isolated.
 */
export function alreadyHereWords(
	name: string,
	earlierNames: readonly string[]
): { sameSpelling: boolean; text: string } {
	const count = earlierNames.length;
	if (!spellingsOtherThan(name, earlierNames).length)
		return {
			sameSpelling: true,
			text: count === 1 ? 'already has a result.' : `already has ${plural(count, 'result')}.`
		};
	const whose = [...new Set(earlierNames.map((other) => other.trim()))].map(isolateText).join(', ');
	return {
		sameSpelling: false,
		text:
			count === 1
				? `a result is already here for ${whose}.`
				: `${plural(count, 'result')} are already here for ${whose}.`
	};
}

/**
 * Why results spelled differently are listed as namesakes ("ana", "Ána", "Ana"): the app takes
 * names that fold alike (`studentKey`: case, accents and spaces ignored) for possibly one
 * student, so the teacher is asked; an outsider teacher saw three spellings listed with no
 * reason given. `''` when every name is spelled the same (the reason is plain then).
 */
export function alikeReason(names: readonly string[]): string {
	const spellings = [...new Set(names.map((name) => name.trim()))];
	if (spellings.length < 2) return '';
	return `Listed together because these names are the same once case and accents are ignored: ${spellings.map(isolateText).join(', ')}.`;
}

/**
 * What the Classroom list says under a quiz with `waiting` same-name results still waiting for
 * the teacher's choice, and where she makes it: "2 waiting for you under Collect results (same
 * name)"; `''` for none, so a quiz with nothing waiting says nothing extra. Outsider teacher
 * (issue 11): the list gave no hint that a quiz needed her, only its own page did.
 */
export function waitingWords(waiting: number): string {
	if (waiting <= 0) return '';
	return `${waiting} waiting for you under Collect results (same name)`;
}

/**
 * The other rows of the report a rename to `name` would make namesakes of `student` (folded
 * alike, `studentKey`), so the Rename form asks first, as a same-name result does (outsider
 * teacher, 2026-12-01: renaming a result to a name already there gave no warning). Empty when
 * the name is free or is the row's own.
 */
export function renameNamesakes<Row extends { key: string; name: string }>(
	student: Pick<Row, 'key'>,
	name: string,
	rows: readonly Row[]
): Row[] {
	const folded = foldText(name);
	return rows.filter((row) => row.key !== student.key && foldText(row.name) === folded);
}
