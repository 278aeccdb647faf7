/**
 * The wording of a refused progress backup (`backup-file.ts`): each problem as a sentence a
 * person can act on, naming the row ("Card 12 (question “q1”) has …"), one line per kind of
 * problem, at most `MAX_LISTED_PROBLEMS` lines. Never a schema path.
 */
import type * as v from 'valibot';
import {
	extensionOf,
	formatLabel,
	questionFileFormat,
	QUESTION_FILE_FORMATS
} from '$lib/formats/detect';
import { quotedSnippet } from '$lib/text/fold';

/** Problems listed in a refusal; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 6;

const SECTION_LABELS: Record<string, string> = {
	cards: 'Card',
	reviews: 'Answer',
	days: 'Study day',
	settings: 'Setting',
	courses: 'Course',
	questions: 'Course question',
	documents: 'Course document',
	ankiNoteTypes: 'Anki note type',
	holds: 'Buried or suspended card'
};

const FIELD_NAMES: Record<string, string> = {
	questionId: 'question id',
	due: 'due date',
	stability: 'memory stability',
	difficulty: 'difficulty',
	elapsedDays: 'days since the last review',
	scheduledDays: 'interval',
	learningSteps: 'learning step',
	reps: 'answer count',
	lapses: 'lapse count',
	state: 'card state',
	lastReview: 'last review date',
	leech: 'leech mark',
	queuedAt: '“queued for study” date',
	id: 'key',
	rating: 'rating',
	answeredAt: 'answer date',
	studyDay: 'study day',
	dayStart: 'study day’s start',
	durationMs: 'answering time',
	grading: 'grading mode',
	correct: 'right/wrong mark',
	before: 'card state before it',
	after: 'resulting schedule',
	day: 'date',
	answers: 'answer count',
	newCards: 'new card count',
	reviewCards: 'review count',
	again: '“Again” count',
	timeMs: 'study time',
	key: 'name',
	format: 'Flashpoint mark',
	version: 'version',
	exportedAt: 'export date'
};

/**
 * One problem found: its kind (grouped per line), the row it names, what is wrong. `subject` is
 * made only for the first row of each kind, the one a line names (`summarise`): a damaged
 * 20,000-row file used to word every row, a `toLocaleString` each, for lines that count them.
 */
export interface Found {
	kind: string;
	subject: () => string;
	text: string;
}

export function rowSubject(file: Record<string, unknown>, section: string, index: number): string {
	const label = SECTION_LABELS[section] ?? 'A row';
	const rows = file[section];
	const row = Array.isArray(rows)
		? (rows[index] as Record<string, unknown> | undefined)
		: undefined;
	const id = row && typeof row.questionId === 'string' ? row.questionId : undefined;
	const ofQuestion = id ? ` (question “${quotedSnippet(id)}”)` : '';
	return `${label} ${(index + 1).toLocaleString('en')}${ofQuestion}`;
}

/** "a, b and c", with at most four named. */
function listed(names: string[]): string {
	const unique = [...new Set(names)];
	if (unique.length > 4)
		return `${unique.slice(0, 3).join(', ')} and ${unique.length - 3} more fields`;
	return unique.length > 1 ? `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}` : unique[0];
}

/** Shape issues, one per row (naming its damaged fields) or per damaged top-level field. */
export function shapeProblems(
	file: Record<string, unknown>,
	issues: v.BaseIssue<unknown>[]
): Found[] {
	const rows = new Map<string, { section: string; index: number; fields: string[] }>();
	const found: Found[] = [];
	for (const issue of issues) {
		const keys = (issue.path ?? []).map((item) => item.key);
		const [section, index] = keys;
		if (typeof section === 'string' && typeof index === 'number') {
			const fields = keys.slice(2).filter((key): key is string => typeof key === 'string');
			const field = fields.map((key) => FIELD_NAMES[key] ?? 'field').join(' → ') || 'entry';
			const row = rows.get(`${section}:${index}`) ?? { section, index, fields: [] };
			row.fields.push(field);
			rows.set(`${section}:${index}`, row);
		} else if (typeof section === 'string' && SECTION_LABELS[section])
			found.push({
				kind: `shape:${section}`,
				subject: () => `The list of ${SECTION_LABELS[section].toLowerCase()}s`,
				text: 'is missing or damaged'
			});
		else
			found.push({
				kind: `shape:${String(section)}`,
				subject: () => 'The backup',
				text: `has a missing or wrong ${FIELD_NAMES[String(section)] ?? 'field'}`
			});
	}
	for (const row of rows.values())
		found.push({
			kind: `shape:${row.section}:${[...new Set(row.fields)].join(',')}`,
			subject: () => rowSubject(file, row.section, row.index),
			text: `a missing or wrong ${listed(row.fields)}`
		});
	return found;
}

/** "has …" sentences, one per kind, the first row named and the others counted. */
export function summarise(found: Found[]): string[] {
	const groups = new Map<string, { first: Found; more: number }>();
	for (const item of found) {
		const group = groups.get(item.kind);
		if (group) group.more++;
		else groups.set(item.kind, { first: item, more: 0 });
	}
	const lines = [...groups.values()].map(({ first, more }) => {
		const verb = first.text.startsWith('is ') ? '' : 'has ';
		const others = more ? ` (and ${more.toLocaleString('en')} more like it)` : '';
		return `${first.subject()} ${verb}${first.text}${others}.`;
	});
	if (lines.length > MAX_LISTED_PROBLEMS) {
		const rest = lines.length - MAX_LISTED_PROBLEMS + 1;
		return [...lines.slice(0, MAX_LISTED_PROBLEMS - 1), `…and ${rest} other kinds of problem.`];
	}
	return lines;
}

/**
 * When a file put into Settings → Import progress is a file of questions (an Anki deck, GIFT,
 * Moodle XML, Aiken, CSV or a spreadsheet): the refusal, saying what it is and where it is read
 * (Courses → Import questions; Settings links there). `name`: the file's name; `head`: its
 * first bytes (64 KB). Null for any other file, which the backup's own checks refuse. An Anki
 * user's .apkg got "not a Flashpoint backup: it is not text" (outsider student, session 22).
 */
export function questionFileRefusal(name: string, head: Uint8Array): string | null {
	const format = questionFileFormat(name, head, QUESTION_FILE_FORMATS);
	if (!format) return null;
	const extension = extensionOf(name);
	const what =
		format === 'apkg'
			? `an Anki deck (.${extension === 'colpkg' ? 'colpkg' : 'apkg'})`
			: `a file of questions (${formatLabel(format)})`;
	const carried =
		format === 'apkg' ? 'Its cards, with the review history Anki keeps, are' : 'Its questions are';
	return `Nothing was changed. This is ${what}, not a Flashpoint progress backup. ${carried} imported under Import questions, as a course of their own; a progress backup is the .json file Export progress makes.`;
}
