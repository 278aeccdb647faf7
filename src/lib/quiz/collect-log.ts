/**
 * What Collect results has said, as the panel lists it (issue 11 leftovers, outsider teacher):
 * one box per paste (its summary, then what happened to each code: refusals first, then the
 * rest, each in the order of its lines) and one per scanned code or choice, newest box first. Before, every code was a box of its own,
 * added on top, so a paste's refused codes read last line first and pasting a chat thread again
 * gave one "already counted" box per code. Pure.
 */

export type LogTone = 'good' | 'bad' | 'info';

/** One outcome: `where` a pasted code's place ("line 4, code 3 of 5"), `name` the student's. */
export interface LogLine {
	tone: LogTone;
	text: string;
	name?: string;
	where?: string;
}

/**
 * One box: a paste's summary (`summary`, its tone `tone`) with its codes' `lines` (`pasteEntry`),
 * or a single outcome (a scan, a choice) as a box without lines.
 */
export interface LogEntry extends LogLine {
	id: number;
	lines: LogLine[];
}

/** Boxes kept on screen: a paste's summary line counts what its box does not list. */
export const LOG_ENTRIES = 20;
/** Code lines listed in one paste's box (a class of 30 fits; the summary counts the rest). */
export const LOG_LINES = 40;

/** `log` with `entry` on top, at most `LOG_ENTRIES` boxes. */
export function logged(log: readonly LogEntry[], entry: LogEntry): LogEntry[] {
	return [entry, ...log].slice(0, LOG_ENTRIES);
}

/**
 * A paste's box: its summary in words (`describePaste`) and the outcomes of its codes, refusals
 * (`bad`: damaged, another quiz's, closed) first and then the rest, each group in the paste's
 * line order, the first `LOG_LINES` of them; `good` when every code was added or counted
 * already, else `info` (what is wrong is said on its own line, in red). Refusals lead because
 * they are what needs the teacher (outsider teacher, issue 11: on a re-paste of a class thread
 * her two refused codes sat under 28 "already counted" lines), and so the cut never hides one.
 */
export function pasteEntry(
	id: number,
	summary: string,
	lines: readonly LogLine[],
	allGood: boolean
): LogEntry {
	const ordered = [
		...lines.filter((l) => l.tone === 'bad'),
		...lines.filter((l) => l.tone !== 'bad')
	];
	return { id, tone: allGood ? 'good' : 'info', text: summary, lines: ordered.slice(0, LOG_LINES) };
}

/**
 * The word a screen reader says before an outcome, beside its icon (never the icon alone):
 * "Done:", "Refused:" or "Note:". Empty for a paste's summary over its codes' lines (`lines` not
 * empty): the summary counts what the lines say, and "Done:" before it and again before each
 * line read as the same thing done twice (outsider teacher, build 2a5d1257).
 */
export function toneWord(line: LogLine & { lines?: readonly LogLine[] }): string {
	if (line.lines?.length) return '';
	return line.tone === 'good' ? 'Done:' : line.tone === 'bad' ? 'Refused:' : 'Note:';
}
