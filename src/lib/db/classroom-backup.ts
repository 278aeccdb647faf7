import { ATTEMPT_LIMITS } from '$lib/quiz/attempt-limit';
import { newerFileText, otherAppFile } from '$lib/text/app-files';
import { CUT_OFF_CLAUSE, notJsonObject, parseJsonText } from '$lib/text/json-text';
import { cleanDisplayText } from '$lib/text/fold';
import { studentKey } from '$lib/quiz/report';
import * as v from 'valibot';
import { ASKED_TYPES, LIMITS } from '$lib/quiz/types';
import { MAX_VERSIONS } from '$lib/quiz/versions';
import { CREDIT } from '$lib/quiz/quiz-payload';
import { NumericSchema } from '$lib/content/numeric';
import { newRevision } from './classroom-quizzes';
import {
	classroomDb,
	type ClassroomDatabase,
	type DecidedResult,
	type DeletedQuiz,
	type StoredQuiz,
	type StoredResult
} from './classroom';
import {
	planClassroomMerge,
	type DeletedHere,
	type DeviceRecords,
	type KindPlan,
	type MergeChoices,
	type MergePlan
} from './classroom-merge';
import { damagedText, questionFileAdvice } from './classroom-file-text';

/**
 * All of a teacher's quizzes and results as one JSON file, for a second device or a new laptop.
 * A file is checked whole (valibot) before anything is written; importing adds what is new and
 * replaces a quiz or result already here only by a newer copy (`classroom-merge.ts`), in one
 * transaction, so a bad, interrupted or older import changes nothing it should not.
 *
 * Version 2 (Dec 2026) also carries the same-name results still waiting for the teacher's choice
 * (`pending`) and the attempts a choice set aside (`decided`), so a new laptop loses no result
 * and asks no question already answered. Version 1 files (without them) still import; an older
 * Flashpoint refuses a version 2 file rather than silently dropping the waiting results.
 *
 * Version 3 (Dec 2026) adds `removed` to the set-aside attempts (results the teacher removed
 * from the report), so a new laptop asks before a removed result comes back too. Versions 1 and
 * 2 still import; an older Flashpoint refuses a version 3 file as "from another version".
 *
 * Version 4 (Dec 2026) adds the deletion records of quizzes (`deletedQuizzes`), so a new laptop
 * knows them too and an older file does not bring a deleted quiz back there either.
 */

export const CLASSROOM_FORMAT = 'flashpoint-classroom';
export const CLASSROOM_VERSION = 4;
/** Larger files are refused before they are read: 30 classes × 50 quizzes fit in far less. */
export const CLASSROOM_MAX_BYTES = 50_000_000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/**
 * A name, title or class as shown: bidi and other control characters removed
 * (`cleanDisplayText`), as a result code's name is, so a file cannot bring back a name that
 * reads reversed or reorders the report around it; the visible letters stay.
 */
const shown = (max: number) =>
	v.pipe(v.string(), v.transform(cleanDisplayText), v.minLength(1), v.maxLength(max));
const nonEmpty = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const versionId = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/, 'a version id is 8 hex digits'));
const quizId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,24}$/, 'a quiz id is 6–24 letters'));

/*
 * Every object below is strict: a field this version does not list refuses the file by name
 * (`unknownFieldText`) instead of being dropped on import, as partial credit and numerical
 * tolerances once were (session 38). The round trip test builds every field of the model.
 */
const WordsSchema = v.strictObject({
	id: nonEmpty(100),
	type: v.picklist(ASKED_TYPES),
	prompt: nonEmpty(2000),
	answer: nonEmpty(500),
	choices: v.optional(v.array(nonEmpty(500))),
	accept: v.optional(v.array(nonEmpty(500))),
	explanation: text(4000),
	source: v.strictObject({ doc: nonEmpty(200), quote: text(4000) }),
	// A numerical answer's value and tolerance, or range (`NumericAnswer`).
	numeric: v.optional(NumericSchema),
	// A multiple-answer question's weights (`QuizQuestion.weights`): without them it marks nothing.
	weights: v.optional(
		v.pipe(v.array(v.pipe(v.number(), v.minValue(-100), v.maxValue(100))), v.maxLength(10))
	)
});
/** A reworded question keeps its bank original (`from`), so its link stays small after a move. */
const QuestionSchema = v.strictObject({
	...WordsSchema.entries,
	from: v.optional(WordsSchema),
	// Partly right answers' shares in percent (`QuizQuestion.credit`), as a link carries them.
	credit: v.optional(CREDIT),
	// The teacher's regrade of responses (`regrade.ts`), by response folded.
	judged: v.optional(v.record(nonEmpty(500), v.boolean()))
});

const QuizSchema = v.strictObject({
	id: quizId,
	title: shown(LIMITS.titleChars),
	createdAt: time,
	settings: v.strictObject({
		timer: v.picklist(['none', 'quiz', 'question']),
		seconds: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxSeconds)),
		shuffleQuestions: v.boolean(),
		shuffleChoices: v.boolean(),
		allowBack: v.boolean(),
		showAnswers: v.boolean(),
		attempts: v.optional(v.picklist(ATTEMPT_LIMITS))
	}),
	questions: v.pipe(v.array(QuestionSchema), v.minLength(1), v.maxLength(LIMITS.maxQuestions)),
	// A quiz of the teacher's own course carries every word (QUIZ_LIMITS in quiz-code.ts).
	code: nonEmpty(48_000),
	courseId: v.optional(v.pipe(v.string(), v.regex(/^(?:builtin|u-[a-z0-9-]{1,80})$/))),
	studentIds: v.optional(v.record(v.string(), text(100))),
	group: v.optional(shown(40)),
	runOf: v.optional(quizId),
	closedAt: v.optional(time),
	handPicked: v.optional(v.literal(true)),
	// A student's copy opened from a lean QR code, and its questions' version (`Quiz.lean`).
	lean: v.optional(v.boolean()),
	version: v.optional(versionId),
	// Written over with a new one on import (`importClassroom`); read so it is not unknown.
	revision: v.optional(text(100)),
	// When it last changed (`changedAt`): absent in files from before Dec 2026.
	updatedAt: v.optional(time),
	// The questions before each edit, so results of an earlier version mark right on the new device.
	versions: v.optional(
		v.pipe(
			v.array(
				v.strictObject({
					id: versionId,
					questions: v.pipe(
						v.array(QuestionSchema),
						v.minLength(1),
						v.maxLength(LIMITS.maxQuestions)
					),
					until: time
				})
			),
			v.maxLength(MAX_VERSIONS)
		)
	)
});

const ResultSchema = v.strictObject({
	key: nonEmpty(200),
	quizId,
	attemptId: v.optional(text(40)),
	name: shown(200),
	// Not trusted: folded again from the cleaned name below (`withStudentKey`).
	studentKey: text(200),
	answers: v.array(
		v.nullable(
			v.union([
				v.pipe(v.number(), v.integer(), v.minValue(0)),
				// A multiple-answer question's ticked choices.
				v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
				v.boolean(),
				text(2000)
			])
		)
	),
	seconds: v.pipe(v.number(), v.minValue(0)),
	finishedAt: time,
	importedAt: time,
	version: v.optional(versionId),
	// Which of this name's attempts on the student's device (`QuizResult.attempt`).
	attempt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
	updatedAt: v.optional(time)
});

const DecidedSchema = v.strictObject({
	...ResultSchema.entries,
	decision: v.picklist(['replaced', 'discarded', 'removed']),
	decidedAt: time
});

const FileSchema = v.pipe(
	v.strictObject({
		format: v.literal(CLASSROOM_FORMAT),
		version: v.picklist([1, 2, 3, CLASSROOM_VERSION]),
		exportedAt: time,
		quizzes: v.array(QuizSchema),
		results: v.array(ResultSchema),
		pending: v.optional(v.array(ResultSchema), []),
		decided: v.optional(v.array(DecidedSchema), []),
		deletedQuizzes: v.optional(v.array(v.strictObject({ id: quizId, deletedAt: time })), [])
	}),
	v.check(
		(f) => new Set(f.quizzes.map((q) => q.id)).size === f.quizzes.length,
		'a quiz appears twice'
	),
	v.check(
		(f) => new Set(f.results.map((r) => r.key)).size === f.results.length,
		'a result appears twice'
	),
	v.check(
		(f) => new Set(f.pending.map((r) => r.key)).size === f.pending.length,
		'a waiting result appears twice'
	),
	v.check((f) => {
		const ids = new Set(f.quizzes.map((q) => q.id));
		return [...f.results, ...f.pending, ...f.decided].every((r) => ids.has(r.quizId));
	}, 'a result belongs to no quiz in the file')
);

export interface ClassroomFile {
	format: typeof CLASSROOM_FORMAT;
	/**
	 * 1 for files written before waiting results were carried (read as none waiting); 2 before
	 * removed results were remembered; 3 before deleted quizzes were.
	 */
	version: 1 | 2 | 3 | typeof CLASSROOM_VERSION;
	/** Milliseconds since the epoch. */
	exportedAt: number;
	quizzes: StoredQuiz[];
	results: StoredResult[];
	/** Same-name results waiting for the teacher's choice (not in any report yet). */
	pending: StoredResult[];
	/** Attempts set aside by a choice (see `DecidedResult`). */
	decided: DecidedResult[];
	/** Quizzes deleted on the device that wrote it, and when (none before version 4). */
	deletedQuizzes: DeletedQuiz[];
}

export async function exportClassroom(
	db: ClassroomDatabase = classroomDb(),
	now = Date.now()
): Promise<ClassroomFile> {
	return db.transaction('r', tables(db), async () => ({
		format: CLASSROOM_FORMAT,
		version: CLASSROOM_VERSION,
		exportedAt: now,
		quizzes: await db.quizzes.toArray(),
		results: await db.results.toArray(),
		pending: await db.pending.toArray(),
		// The row id is this device's own; the importing device numbers its rows itself.
		decided: (await db.decided.toArray()).map(({ id: _, ...row }) => row),
		deletedQuizzes: await db.deletedQuizzes.toArray()
	}));
}

/** Every table a classroom file carries. */
function tables(db: ClassroomDatabase) {
	return [db.quizzes, db.results, db.pending, db.decided, db.deletedQuizzes];
}

/**
 * The refusal of a file that is not a classroom file of a version this app reads, by its
 * `format` and `version` alone: another of Flashpoint's files names itself and where it goes
 * (`otherAppFile`), a newer version asks for an update (outsider teacher, issue 12: both got a
 * schema path, "version: this file is from another version of Flashpoint."). Null when they fit.
 */
function headerRefusal(data: unknown): string | null {
	const header = (typeof data === 'object' && data !== null ? data : {}) as {
		format?: unknown;
		version?: unknown;
	};
	const other = otherAppFile(header, 'classroom');
	if (other) return other;
	if (header.format !== CLASSROOM_FORMAT)
		return 'This file is not a Flashpoint classroom file (it has no “flashpoint-classroom” mark).';
	if (typeof header.version === 'number' && header.version > CLASSROOM_VERSION)
		return newerFileText('classroom');
	return null;
}

/**
 * Parses a file's text (`name`: the file's name, to recognise a question file); the error says
 * what is wrong, in words a teacher can act on.
 */
export function parseClassroomFile(
	textContent: string,
	name = ''
): { ok: true; value: ClassroomFile } | { ok: false; error: string } {
	// An image or other file picked by mistake is named as such before any parsing.
	const notJson = notJsonObject(textContent);
	const questions = questionFileAdvice(textContent, name);
	if (questions) return { ok: false, error: questions };
	if (notJson)
		return { ok: false, error: `This file is not a Flashpoint classroom file: ${notJson}` };
	const json = parseJsonText(textContent);
	if (!json.ok)
		return {
			ok: false,
			error: json.cutOff
				? `This classroom file ${CUT_OFF_CLAUSE}`
				: 'This file is not a Flashpoint classroom file (it is not JSON).'
		};
	const { data } = json;
	const header = headerRefusal(data);
	if (header) return { ok: false, error: header };
	const parsed = v.safeParse(FileSchema, data);
	if (!parsed.success) return { ok: false, error: damagedText(parsed.issues[0]) };
	const file = parsed.output as ClassroomFile;
	return {
		ok: true,
		value: {
			...file,
			results: file.results.map(withStudentKey),
			pending: file.pending.map(withStudentKey),
			decided: file.decided.map(withStudentKey)
		}
	};
}

/** What importing a file would do, per kind (`planClassroomMerge`). */
export interface ImportPreview {
	quizzes: KindPlan;
	results: KindPlan;
	/** Same-name results in the file still waiting for a choice; they wait on this device too. */
	waitingResults: number;
	/** The file's quizzes deleted here since, restored or not, for the teacher to choose. */
	deletedHere: DeletedHere[];
}

function previewOf(plan: MergePlan): ImportPreview {
	return {
		quizzes: plan.quizzes,
		results: plan.results,
		waitingResults: plan.waiting,
		deletedHere: plan.deletedHere
	};
}

/** Reads what this device holds that a file is merged with, inside the caller's transaction. */
async function deviceRecords(db: ClassroomDatabase): Promise<DeviceRecords> {
	const [quizzes, results, pendingKeys, decided, deletedQuizzes] = await Promise.all([
		db.quizzes.toArray(),
		db.results.toArray(),
		db.pending.toCollection().primaryKeys(),
		db.decided.toArray(),
		db.deletedQuizzes.toArray()
	]);
	return {
		quizzes,
		results,
		pendingKeys: new Set(pendingKeys as string[]),
		decided,
		deletedQuizzes
	};
}

/**
 * What importing the file would do to this device with the teacher's `choices` (quizzes to
 * restore), without doing it.
 */
export async function previewClassroomImport(
	file: ClassroomFile,
	db: ClassroomDatabase = classroomDb(),
	choices: MergeChoices = {}
): Promise<ImportPreview> {
	const plan = await db.transaction('r', tables(db), () =>
		deviceRecords(db).then((device) => planClassroomMerge(file, device, choices))
	);
	return previewOf(plan);
}

/**
 * Merges the file into this device in one transaction (all or nothing): new quizzes and
 * results are added, and a record already here is replaced only by a newer copy
 * (`planClassroomMerge`), so an older backup never undoes a later rename or accepted answer,
 * nor brings back a quiz deleted since unless the teacher chose to restore it (`choices.restore`).
 * Resolves to what was done.
 */
export async function importClassroom(
	file: ClassroomFile,
	db: ClassroomDatabase = classroomDb(),
	choices: MergeChoices = {}
): Promise<ImportPreview> {
	return db.transaction('rw', tables(db), async () => {
		const plan = planClassroomMerge(file, await deviceRecords(db), choices);
		// New revisions: a quiz screen open on one of them must not write over it unawares.
		await db.quizzes.bulkPut(plan.write.quizzes.map((q) => ({ ...q, revision: newRevision() })));
		await db.results.bulkPut(plan.write.results);
		await db.pending.bulkPut(plan.write.pending);
		await db.decided.bulkAdd(plan.write.decided);
		await db.deletedQuizzes.bulkPut(plan.write.deletedQuizzes);
		await db.deletedQuizzes.bulkDelete(plan.write.undeleted);
		return previewOf(plan);
	});
}

/** A row whose folded name follows its (cleaned) name, whatever the file said. */
function withStudentKey<T extends StoredResult>(row: T): T {
	return { ...row, studentKey: studentKey(row.name) };
}

export function classroomFileName(now = new Date()): string {
	return `flashpoint-classroom-${now.toISOString().slice(0, 10)}.json`;
}
