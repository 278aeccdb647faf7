import { newerFileText, otherAppFile } from '$lib/text/app-files';
import { CUT_OFF_CLAUSE, nestingDepth, notJsonObject, parseJsonText } from '$lib/text/json-text';
import * as v from 'valibot';
import {
	AnkiNoteTypeRowSchema,
	courseRowProblems,
	CourseRowSchema,
	DocumentRowSchema,
	QuestionRowSchema,
	rebuiltCourseRows
} from './backup-courses';
import { UUID_V7_PATTERN, uuidFiller } from './uuid';
import { SUSPENDED_UNTIL } from './records';
import type {
	AnkiNoteTypeRecord,
	CardHoldRecord,
	CardRecord,
	CourseRecord,
	DayRecord,
	DocumentRecord,
	QuestionRecord,
	ReviewRecord,
	SettingRecord
} from './records';
import {
	cardProblems,
	clockReached,
	CLOCK_AHEAD_MAX_MS,
	dayProblems,
	repairCard,
	reviewProblems,
	type RowProblem
} from './sanity';
import { rowSubject, shapeProblems, summarise, type Found } from './backup-refusals';
import { SCHEMA_VERSION } from './schema';

/**
 * Reading a progress backup: size and depth caps before parsing, the shape (valibot), then the
 * meaning of every field (`sanity.ts`) and unique keys, all before anything is written.
 * Refusals are sentences a person can act on, each kind listed once.
 */

/** Marks a file as a Flashpoint progress backup; anything else is refused. */
export const BACKUP_FORMAT = 'flashpoint-progress';
/**
 * Version 2 adds the user courses (`courses`, `questions`, `documents`: `backup-courses.ts`)
 * and each answer's `uuid`; version 1 files are still read (no courses, uuids filled in).
 */
export const BACKUP_VERSION = 2;

/**
 * Longest backup text read (UTF-16 code units). A 100,000-answer backup is about 45 MB; the
 * cap leaves room for twice that and keeps a hostile file from exhausting a phone's memory.
 */
export const MAX_BACKUP_CHARS = 100_000_000;
/** Deepest nesting of arrays and objects a backup has (a setting's value included). */
export const MAX_BACKUP_DEPTH = 12;
/** Largest setting value, as JSON text (characters). */
export const MAX_SETTING_CHARS = 10_000;
export { MAX_LISTED_PROBLEMS } from './backup-refusals';

export interface ProgressFile {
	format: typeof BACKUP_FORMAT;
	version: 1 | 2;
	exportedAt: string;
	/** The database schema the rows were read from (informative). */
	schemaVersion?: number;
	cards: CardRecord[];
	reviews: ReviewRecord[];
	days: DayRecord[];
	settings: SettingRecord[];
	/** The user courses (kind 'user', never the built-in one); absent in version 1. */
	courses?: CourseRecord[];
	questions?: QuestionRecord[];
	documents?: DocumentRecord[];
	/**
	 * The user courses' Anki note types: templates, CSS, LaTeX header and footer (schema v15),
	 * so an `.apkg` export after a restore gives the cards as Anki showed them. Absent in files
	 * without any, and in files written before December 2026.
	 */
	ankiNoteTypes?: AnkiNoteTypeRecord[];
	/**
	 * Cards buried until tomorrow or suspended (`CardHoldRecord`, schema v18; issue 12, a
	 * student from Anki). Absent when none is, and in files written before December 2026.
	 */
	holds?: CardHoldRecord[];
}

const finite = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
/** Printable text: no control, format (bidi, zero-width) or lone surrogate code points. */
const questionId = v.pipe(v.string(), v.regex(/^[^\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]{1,200}$/u));
const state = v.picklist([0, 1, 2, 3]);
const rating = v.picklist([1, 2, 3, 4]);

const CardSchema = v.object({
	questionId,
	due: finite,
	stability: finite,
	difficulty: finite,
	elapsedDays: finite,
	scheduledDays: finite,
	learningSteps: count,
	reps: count,
	lapses: count,
	state,
	lastReview: v.nullable(finite),
	leech: v.boolean(),
	queuedAt: v.optional(finite)
});

const ReviewSchema = v.object({
	id: v.pipe(v.number(), v.integer(), v.minValue(1)),
	uuid: v.optional(v.pipe(v.string(), v.regex(UUID_V7_PATTERN))),
	questionId,
	rating,
	answeredAt: finite,
	studyDay: day,
	dayStart: v.optional(finite),
	durationMs: finite,
	grading: v.picklist(['self', 'auto', 'override']),
	correct: v.nullable(v.boolean()),
	previewAt: v.optional(finite),
	merged: v.optional(v.literal(true)),
	before: v.nullable(CardSchema),
	after: v.object({
		due: finite,
		state,
		stability: finite,
		difficulty: finite,
		scheduledDays: finite
	})
});

/** A held card (`CardHoldRecord`): suspended until released, or buried until a moment. */
const HoldSchema = v.object({
	questionId,
	kind: v.picklist(['buried', 'suspended']),
	until: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(SUSPENDED_UNTIL)),
	at: finite
});

const DaySchema = v.object({
	day,
	answers: count,
	newCards: count,
	reviewCards: count,
	again: count,
	timeMs: finite
});

const SettingSchema = v.object({
	key: v.pipe(v.string(), v.regex(/^[a-z0-9:_-]{1,100}$/i)),
	value: v.unknown()
});

const ProgressFileSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.picklist([1, BACKUP_VERSION]),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	schemaVersion: v.optional(v.number()),
	cards: v.array(CardSchema),
	reviews: v.array(ReviewSchema),
	days: v.array(DaySchema),
	settings: v.array(SettingSchema),
	courses: v.optional(v.array(CourseRowSchema)),
	questions: v.optional(v.array(QuestionRowSchema)),
	documents: v.optional(v.array(DocumentRowSchema)),
	ankiNoteTypes: v.optional(v.array(AnkiNoteTypeRowSchema)),
	holds: v.optional(v.array(HoldSchema))
});

export type BackupParse =
	{ ok: true; value: ProgressFile } | { ok: false; error: string; problems: string[] };

/**
 * Does the JSON text nest arrays/objects deeper than `max`? Run before `JSON.parse` so a
 * 10,000-deep value never reaches a recursive reader.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
	return nestingDepth(text, max) > max;
}

function refuse(error: string, problems: string[] = []): BackupParse {
	return { ok: false, error, problems };
}

function courseRows(file: ProgressFile) {
	return {
		courses: file.courses ?? [],
		questions: file.questions ?? [],
		documents: file.documents ?? [],
		...(file.ankiNoteTypes && { ankiNoteTypes: file.ankiNoteTypes })
	};
}

function meaningProblems(file: ProgressFile, now: number): Found[] {
	const found: Found[] = [];
	const raw = file as unknown as Record<string, unknown>;
	const add = (section: string, index: number, problems: RowProblem[]) => {
		for (const problem of problems)
			found.push({
				kind: `${section}:${problem.kind}`,
				subject: () => rowSubject(raw, section, index),
				text: problem.text
			});
	};
	const seen = <T>(rows: T[], key: (row: T) => unknown, section: string, what: string) => {
		const keys = new Set<unknown>();
		rows.forEach((row, index) => {
			const k = key(row);
			if (keys.has(k)) add(section, index, [{ kind: 'duplicate', text: what }]);
			keys.add(k);
		});
	};
	file.cards.forEach((card, i) => add('cards', i, cardProblems(card, now)));
	file.reviews.forEach((review, i) => add('reviews', i, reviewProblems(review, now)));
	file.days.forEach((row, i) => add('days', i, dayProblems(row, now)));
	for (const problem of courseRowProblems(courseRows(file)))
		add(problem.section, problem.index, [problem]);
	seen(file.cards, (card) => card.questionId, 'cards', 'the same question as an earlier card');
	seen(file.reviews, (review) => review.id, 'reviews', 'the same key as an earlier answer');
	seen(
		file.reviews.filter((review) => review.uuid),
		(review) => review.uuid,
		'reviews',
		'the same global id as an earlier answer'
	);
	seen(file.days, (row) => row.day, 'days', 'the same date as an earlier day');
	seen(file.settings, (row) => row.key, 'settings', 'the same name as an earlier setting');
	seen(file.holds ?? [], (row) => row.questionId, 'holds', 'the same question as an earlier hold');
	(file.holds ?? []).forEach((row, i) => {
		if ((row.kind === 'suspended') !== (row.until === SUSPENDED_UNTIL))
			add('holds', i, [{ kind: 'until', text: 'an end that does not fit its kind' }]);
	});
	file.settings.forEach((row, i) => {
		const size = JSON.stringify(row.value ?? null)?.length ?? 0;
		if (size > MAX_SETTING_CHARS)
			add('settings', i, [{ kind: 'size', text: `a value too large to be a setting` }]);
	});
	return found;
}

/** Drops `__proto__` keys anywhere in a setting's value, so no reader can be surprised. */
function plain(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(plain);
	if (typeof value !== 'object' || value === null) return value;
	const copy: Record<string, unknown> = {};
	for (const [key, inner] of Object.entries(value))
		if (key !== '__proto__')
			Object.defineProperty(copy, key, {
				value: plain(inner),
				enumerable: true,
				writable: true,
				configurable: true
			});
	return copy;
}

/**
 * Cards (and the card states answers hold) brought into the FSRS ranges as Check database
 * does (`repairCard`): for this device's own automatic backups, which copy the database as it
 * was, damaged rows included, and must still restore.
 */
function repairedCards(file: ProgressFile, now: number): ProgressFile {
	return {
		...file,
		cards: file.cards.map((card) => repairCard(card, now).card),
		reviews: file.reviews.map((review) =>
			review.before ? { ...review, before: repairCard(review.before, now).card } : review
		)
	};
}

/**
 * Reads a backup file's text, checked at `now` (ms), or at the latest time its own answers give
 * when that is later, up to `CLOCK_AHEAD_MAX_MS` past `now` (dates after it are impossible). Never
 * throws: a bad file gets `error` (one sentence) and `problems` (at most
 * `MAX_LISTED_PROBLEMS` sentences naming the rows, e.g. "Card 12 (question “q1”) has an
 * impossible last review date (year 2286)."). With `repair` (automatic backups only), cards
 * out of range are repaired instead of refused; every other rule still holds.
 */
export function parseProgressFile(
	text: string,
	now: number = Date.now(),
	options: { repair?: boolean } = {}
): BackupParse {
	const damaged = 'Nothing was changed. This backup is damaged:';
	if (text.length > MAX_BACKUP_CHARS)
		return refuse('Nothing was changed. This file is too large to be a Flashpoint backup.');
	const notJson = notJsonObject(text);
	if (notJson)
		return refuse(`Nothing was changed. This file is not a Flashpoint backup: ${notJson}`);
	if (nestsDeeperThan(text, MAX_BACKUP_DEPTH))
		return refuse(damaged, ['It nests values far deeper than a Flashpoint backup does.']);
	const json = parseJsonText(text);
	if (!json.ok)
		return refuse(
			json.cutOff
				? `Nothing was changed. This backup ${CUT_OFF_CLAUSE}`
				: 'Nothing was changed. This file is not a Flashpoint backup: it is not JSON.'
		);
	const { data } = json;
	const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
	if (record.format !== BACKUP_FORMAT)
		return refuse(
			`Nothing was changed. ${otherAppFile(record, 'progress') ?? 'This file is not a Flashpoint progress backup (it has no “flashpoint-progress” mark).'}`
		);
	if (newerThanApp(record)) return refuse(`Nothing was changed. ${newerFileText('progress')}`);
	if (record.version !== 1 && record.version !== BACKUP_VERSION)
		return refuse(damaged, [
			typeof record.version === 'number'
				? 'The backup has a version Flashpoint never wrote.'
				: 'The backup has no version.'
		]);
	const result = v.safeParse(ProgressFileSchema, data);
	if (!result.success) return refuse(damaged, summarise(shapeProblems(record, result.issues)));
	const shaped = result.output as ProgressFile;
	// Checked at the clock its own answers reached (a clock that ran ahead, then was set right),
	// as Check database does on the device that wrote it; capped at a year ahead.
	const checkedAt = clockReached(now, shaped.reviews, CLOCK_AHEAD_MAX_MS);
	const file = options.repair ? repairedCards(shaped, checkedAt) : shaped;
	const problems = meaningProblems(file, checkedAt);
	if (problems.length) return refuse(damaged, summarise(problems));
	file.settings = file.settings.map((row) => ({ key: row.key, value: plain(row.value) }));
	// Version 1 files have no uuids: filled in as the v6 upgrade fills old rows.
	const uuidOf = uuidFiller();
	for (const review of file.reviews) review.uuid = uuidOf(review);
	return { ok: true, value: { ...file, ...rebuiltCourseRows(courseRows(file)) } };
}

/**
 * Whether a newer Flashpoint wrote the file: its `version` past `BACKUP_VERSION`, or its
 * `schemaVersion` (the database it was read from) past this app's `SCHEMA_VERSION`, whose rows
 * may carry fields this app would drop (outsider student, issue 12: `schemaVersion: 99` was
 * accepted without a word while `version: 3` was refused).
 */
function newerThanApp(record: Record<string, unknown>): boolean {
	const { version, schemaVersion } = record;
	return (
		(typeof version === 'number' && version > BACKUP_VERSION) ||
		(typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION)
	);
}

/** A refusal as one text: the sentence, then each problem on its own line. */
export function refusalText(parse: Extract<BackupParse, { ok: false }>): string {
	return [parse.error, ...parse.problems].join('\n');
}
