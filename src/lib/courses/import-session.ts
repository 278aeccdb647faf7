import type { Question } from '$lib/content/schema';
import type { FlashpointDb } from '$lib/db/schema';
import type { ImportFormatId } from '$lib/formats/detect';
import type { ImportProblem, ImportResult } from '$lib/formats/portable';
import {
	fileTitles,
	readImport,
	type ImportSource,
	type ReadProgress,
	type SqliteLoader
} from '$lib/formats/read';
import type { ColumnRole, Table } from '$lib/formats/table';
import { halvesNotes } from '$lib/text/choice-halves';
import type { FileCourse } from './file-course';
import type { ImportOrigin, ImportOutcome, ImportPlan } from './import';
import type { StoreHooks } from './store-progress';

/**
 * One import, from file to stored course, kept where the work is done: in the import worker
 * (`$lib/formats/read.worker.ts`), or on the page where no module worker starts. The page only
 * ever holds what it shows — a table's headers and samples, the preview's counts and its first
 * questions — so a 5 MB sheet or a 30,000-note deck never crosses to the page's thread, where
 * copying, mapping and planning it took seconds (3.6 s and 7.5 s in Chromium, issue 13).
 */

/** Questions and problems sent to the page at a time (the preview lists them in pages). */
export const PREVIEW_PAGE = 30;
/** Problems listed at most: a file of nothing but bad rows would fill the page. */
export const PROBLEMS_SHOWN = 200;

/** A sheet's column as the mapping step shows it. */
export interface ColumnSummary {
	header: string;
	/** The column's first non-empty cell, or `''`. */
	sample: string;
}

/** What opening a file gave: questions (preview next), a sheet to map first, or why not. */
export type OpenSummary =
	| { kind: 'questions'; title: string }
	| {
			kind: 'table';
			title: string;
			columns: ColumnSummary[];
			hasHeader: boolean;
			mapping: ColumnRole[];
	  }
	| { kind: 'error'; message: string };

/** The preview of an import: counts, the first questions, and problems (capped). */
export interface ImportPreviewData {
	/** New questions to store, questions updated in place, and unchanged ones. */
	added: number;
	updated: number;
	unchanged: number;
	/** Questions the course has that Skip duplicates leaves as they are. */
	kept: number;
	/**
	 * The course on this device the file is a copy or a version of (`fileCourseOf`: by its
	 * questions' ids, else its name), or null: the screen offers Anki's choice when set.
	 */
	fileCourse: FileCourse | null;
	/**
	 * The target course's document an earlier import of this file made (same name and format),
	 * which the new questions join instead of a second document; null when there is none.
	 */
	sameDocument: string | null;
	/** Questions the file repeats, left out (a course's own are updates or unchanged). */
	duplicatesInFile: number;
	/** The first new questions (`PREVIEW_PAGE`); `more` gives the next. */
	questions: Question[];
	/** The first updates (`PREVIEW_PAGE`), each with its prompt before (`was`) and every changed field. */
	updates: ImportPlan['updates'];
	/** The course's questions no longer in the file: the first `PROBLEMS_SHOWN`, and how many. */
	missing: { id: string; prompt: string }[];
	missingCount: number;
	/** Problems reading the file and fitting it to a course, the first `PROBLEMS_SHOWN`. */
	problems: ImportProblem[];
	problemCount: number;
	/** The reader's notes (media left out…). */
	readNotes: string[];
	/** The file's Anki scheduling history: answers and cards, when it has one. */
	history: { answers: number; cards: number } | null;
	/** Why a package with a review log brings no history (`ImportResult.historyGap`), else null. */
	historyGap: NonNullable<ImportResult['historyGap']> | null;
	/**
	 * Anki note types whose card templates and styling the package brings and the target course
	 * does not keep yet (`newNoteTypes`, anki50): a deck imported before they were kept, imported
	 * again unchanged, has them to store. 0 for another format.
	 */
	templates: number;
	/**
	 * A sheet's columns and their guessed roles again, when the request changed whether its first
	 * row is a header (`PreviewRequest.hasHeader`): the mapping step shows these.
	 */
	sheet?: SheetSummary;
}

/** A sheet as the mapping step shows it: its columns, whether row 1 is their header, the roles. */
export interface SheetSummary {
	columns: ColumnSummary[];
	hasHeader: boolean;
	mapping: ColumnRole[];
}

/** How the preview is asked for: the mapping (sheets only), where the file comes from, the target. */
export interface PreviewRequest {
	mapping?: ColumnRole[];
	/**
	 * Sheets only: the person's "First row is a header". When it differs from the sheet's, the
	 * first row is read the other way, the roles guessed again (`mapping` is then ignored) and
	 * returned as `sheet`.
	 */
	hasHeader?: boolean;
	origin: ImportOrigin;
	/** `new`, or the id of the user course the questions go into. */
	target: string;
	/**
	 * The course the file is compared with when it is not `target` (a new course made of what
	 * the built-in course lacks: Skip duplicates); default `target`.
	 */
	compareWith?: string;
	/** Skip duplicates: questions the compared course has are left as they are (`skipKnown`). */
	skipKnown?: boolean;
}

/** How the import is stored, once the person confirms. */
export interface StoreRequest {
	target: string;
	/** The new course's title (`target` `new`). */
	title: string;
	withHistory: boolean;
	/** Take the questions no longer in the file out of study (else they are kept). */
	removeMissing?: boolean;
}

/** What the session needs from where it runs. */
export interface SessionEnvironment {
	loadSqlite: SqliteLoader;
	db(): FlashpointDb;
	/** The time of storing (ms); default now. */
	now?(): number;
}

/** The first non-empty cell of each column (what the mapping step shows as an example). */
function columnsOf(table: Table): ColumnSummary[] {
	return table.headers.map((header, column) => ({
		header,
		sample: table.rows.find((row) => row[column])?.[column] ?? ''
	}));
}

/**
 * What of the file's scheduling history storing will keep (`ImportPreviewData.history`): its
 * cards whose question `questionOf` finds, and their answers; null when none is kept.
 */
function historyKept(
	result: ImportResult,
	questionOf: (externalId: string) => string | undefined
): ImportPreviewData['history'] {
	const kept = result.history?.filter((card) => questionOf(card.externalId)) ?? [];
	if (!kept.length) return null;
	return { answers: kept.reduce((sum, card) => sum + card.answers.length, 0), cards: kept.length };
}

export class ImportSession {
	private table: Table | null = null;
	private result: ImportResult | null = null;
	private plan: ImportPlan | null = null;
	private origin: ImportOrigin | null = null;
	/** `fileCourse` for the file read now (found once per file, not per preview). */
	private fileCourse: Promise<FileCourse | null> | null = null;
	/** The names the file's course may have here (`fileTitles`), for `fileCourseOf`. */
	private titles: string[] = [];

	constructor(private readonly env: SessionEnvironment) {}

	/**
	 * Reads `source` as `format` (any earlier file is forgotten), reporting progress. Never
	 * throws for a bad file: that is `{ kind: 'error' }`.
	 */
	async open(
		source: ImportSource,
		format: ImportFormatId,
		onProgress: (progress: ReadProgress) => void = () => {}
	): Promise<OpenSummary> {
		this.table = this.result = this.plan = this.fileCourse = null;
		const outcome = await readImport(source, format, this.env.loadSqlite, onProgress);
		if (outcome.kind === 'error') return outcome;
		this.titles = fileTitles(source.name, outcome.title);
		if (outcome.kind === 'questions') {
			this.result = outcome.result;
			return { kind: 'questions', title: outcome.title };
		}
		this.table = outcome.table;
		return {
			kind: 'table',
			title: outcome.title,
			columns: columnsOf(outcome.table),
			hasHeader: outcome.table.hasHeader,
			mapping: outcome.mapping
		};
	}

	/**
	 * The open file's questions: a sheet's rows read again with `request.mapping` (a new guess
	 * when the header row changed, returned as `sheet`), else those read by `open`. Throws when
	 * no file is open.
	 */
	private async readQuestions(
		request: PreviewRequest
	): Promise<{ result: ImportResult; sheet?: SheetSummary }> {
		let sheet: SheetSummary | undefined;
		if (this.table && request.mapping) {
			const { guessMapping, tableToQuestions, withHeader } = await import('$lib/formats/table');
			let mapping = request.mapping;
			if (request.hasHeader !== undefined && request.hasHeader !== this.table.hasHeader) {
				this.table = withHeader(this.table, request.hasHeader);
				mapping = guessMapping(this.table);
				sheet = { columns: columnsOf(this.table), hasHeader: this.table.hasHeader, mapping };
			}
			this.result = tableToQuestions(this.table, mapping);
		}
		if (!this.result) throw new Error('No file is open.');
		return { result: this.result, sheet };
	}

	/**
	 * The preview for a mapping (a sheet's rows read again with it) and a target course (its
	 * questions read from the database, to skip duplicates and update what the file changed).
	 * Throws when no file is open.
	 */
	async preview(request: PreviewRequest): Promise<ImportPreviewData> {
		const { result, sheet } = await this.readQuestions(request);
		const [{ planImport, historyQuestionOf }, documents, { courseQuestions }, files] =
			await Promise.all([
				import('./import'),
				import('./import-document'),
				import('./drafts'),
				import('./file-course')
			]);
		const compared = request.compareWith ?? request.target;
		const existing = compared === 'new' ? [] : await courseQuestions(this.env.db(), compared);
		const fileDocuments =
			compared === 'new'
				? new Set<string>()
				: await documents.formatDocumentIds(this.env.db(), compared, request.origin.formatLabel);
		const planned = planImport(result.questions, request.origin, existing, fileDocuments);
		const plan = request.skipKnown ? files.skipKnown(planned) : planned;
		this.fileCourse ??= files.findFileCourse(
			this.env.db(),
			result.questions,
			this.titles,
			request.origin
		);
		const fileCourse = await this.fileCourse;
		const sameDocument =
			request.target === 'new'
				? undefined
				: await documents.earlierFileDocument(this.env.db(), request.target, request.origin);
		this.plan = plan;
		this.origin = request.origin;
		const problems = [...result.problems, ...plan.problems];
		// The history storing will keep: cards of questions in the target course after the import,
		// found as storing finds them (`historyQuestionOf`), so preview and result agree.
		const questionOf = historyQuestionOf(
			[...(compared === request.target ? existing : []), ...plan.questions],
			request.origin
		);
		const history = historyKept(result, questionOf);
		const templates =
			request.target === 'new'
				? (result.noteTypes?.length ?? 0)
				: await (
						await import('$lib/db/anki-note-types')
					).newNoteTypes(this.env.db(), request.target, result.noteTypes);
		return {
			added: plan.questions.length,
			updated: plan.updates.length,
			unchanged: plan.unchanged,
			kept: plan.kept ?? 0,
			fileCourse,
			sameDocument: sameDocument?.title ?? null,
			duplicatesInFile: plan.duplicates.length,
			questions: plan.questions.slice(0, PREVIEW_PAGE),
			updates: plan.updates.slice(0, PREVIEW_PAGE),
			missing: plan.missing.slice(0, PROBLEMS_SHOWN),
			missingCount: plan.missing.length,
			problems: problems.slice(0, PROBLEMS_SHOWN),
			problemCount: problems.length,
			// A file's own choices listing both halves of another: said, imported as written.
			readNotes: [
				...result.notes,
				...halvesNotes([...plan.questions, ...plan.updates.map((u) => u.question)])
			],
			history,
			historyGap: result.historyGap ?? null,
			templates,
			...(sheet ? { sheet } : {})
		};
	}

	/** New questions `from` (0-based) on, `count` of them, for the preview's next page. */
	more(from: number, count: number): Question[] {
		return this.plan?.questions.slice(from, from + count) ?? [];
	}

	/**
	 * Stores the last preview's plan: a new course titled `title`, or into course `target`, with
	 * the file's history if asked, reporting to `hooks.onProgress`; `hooks.signal` cancels it
	 * (`store-progress.ts`: rejects with an `AbortError`, nothing written). Throws as
	 * `importAsNewCourse` and `importIntoCourse` do (nothing written then), or when there is no
	 * preview.
	 */
	async store(request: StoreRequest, hooks: StoreHooks = {}): Promise<ImportOutcome> {
		const { plan, origin, result } = this;
		if (!plan || !origin || !result) throw new Error('There is nothing to import yet.');
		const store = await import('./import');
		const options = {
			...hooks,
			...(this.env.now ? { now: this.env.now() } : {}),
			...(request.withHistory && result.history ? { history: result.history } : {}),
			// Anki's suspended and buried cards, unless its scheduling was declined (as Anki's
			// import without scheduling brings every card unsuspended).
			...(result.held && (request.withHistory || !result.history) ? { held: result.held } : {}),
			...(request.removeMissing ? { removeMissing: true } : {}),
			...(result.noteTypes ? { noteTypes: result.noteTypes } : {})
		};
		const db = this.env.db();
		return request.target === 'new'
			? store.importAsNewCourse(db, plan, origin, request.title, options)
			: store.importIntoCourse(db, request.target, plan, origin, options);
	}
}
