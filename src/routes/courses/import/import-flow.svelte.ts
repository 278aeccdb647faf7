/**
 * Import questions, as one flow: a file or pasted text is detected, read in the import worker
 * (`$lib/formats/read-client`), previewed for a target course, then stored. The page holds only
 * this state and its markup; the file, its questions and the plan live in the worker, so a
 * 30,000-note deck never sits on the page. A later preview request wins over an earlier one
 * (a new mapping or course chosen while the worker is at work).
 */
import { rememberStudyCourse } from '$lib/courses/study-choice';
import type { ImportOrigin, ImportOutcome } from '$lib/courses/import';
import type { ImportPreviewData, OpenSummary } from '$lib/courses/import-session';
import type { FileCourse } from '$lib/courses/file-course';
import {
	CARRIED_PARAM,
	FROM_PARAM,
	notCarriedMessage,
	takeCarriedFile
} from '$lib/courses/carried-file';
import { distinctTitle } from '$lib/courses/titles';
import { isDownloadFailure, notDownloadedText } from '$lib/ui/app-error';
import type { CourseRecord } from '$lib/db/records';
import { detectFormat, formatLabel, type ImportFormatId } from '$lib/formats/detect';
import { PASTED_TEXT, pastedTitle, type ImportSource, type ReadProgress } from '$lib/formats/read';
import type { ImportSessionClient } from '$lib/formats/read-client';
import type { ColumnRole } from '$lib/formats/table';
import { copyRequest, defaultCopyChoice, type CopyChoice } from './copy-choice';
import { isCancelled, type StoreProgress } from '$lib/courses/store-progress';
import { historyLine, MAX_IMPORT_BYTES, STORE_CANCELLED } from './summary';

const database = () => import('$lib/db/schema');

/** What the done card shows: the outcome, the course's title and the schedule line. */
export type ImportDone = ImportOutcome & {
	title: string;
	/** Cancel was pressed once the import was saving: it completed (`CANCEL_TOO_LATE`). */
	lateCancel?: boolean;
	schedule?: string;
	/** The file's questions the course already had, unchanged (`doneHeading`). */
	already: number;
};

/** The state of one Import questions screen; create one per page. */
export class ImportFlow {
	source = $state.raw<ImportSource | null>(null);
	format = $state<ImportFormatId>('gift');
	detectionNote = $state<string | undefined>();
	pasted = $state('');
	opened = $state.raw<OpenSummary | null>(null);
	mapping = $state<ColumnRole[]>([]);
	/** A sheet's "First row is a header" (found from the file; the person may change it). */
	hasHeader = $state(false);
	preview = $state.raw<ImportPreviewData | null>(null);
	userCourses = $state.raw<CourseRecord[]>([]);
	/** Every course's title, the built-in one included, so a new course is never named alike. */
	courseTitles = $state.raw<string[]>([]);
	/** `'new'` or the id of the user course the questions go to. */
	target = $state('new');
	/** The course this file is a copy or a version of (by note ids, else name), once previewed. */
	fileCourse = $state.raw<FileCourse | null>(null);
	/** Anki's choice for such a file; null until the preview finds the course. */
	copyChoice = $state<CopyChoice | null>(null);
	/** Keep an Anki package's review history (on by default, as Anki's own import keeps it). */
	withHistory = $state(true);
	/** Take the questions no longer in the file out of study (the preview asks; kept by default). */
	removeMissing = $state(false);
	title = $state('');
	problem = $state<string | null>(null);
	busy = $state(false);
	reading = $state<ReadProgress | null>(null);
	/** Set while the preview is made again (a new mapping or course): the worker is at work. */
	updating = $state(false);
	done = $state<ImportDone | null>(null);
	/** While the confirmed import is stored: what it is doing (`storeLabel`). */
	storeProgress = $state.raw<StoreProgress | null>(null);
	/** Cancel pressed while storing; the store's reply says whether it stopped. */
	cancelling = $state(false);
	/** A calm outcome that is no fault (a cancelled store), shown as a status. */
	notice = $state<string | null>(null);

	#session: ImportSessionClient | null = null;
	#previewRequest = 0;
	/** The course title typed in Add documents for the file carried here, else `''`. */
	#typedTitle = '';

	origin = $derived<ImportOrigin>({
		fileName: this.source?.name ?? '',
		formatLabel: formatLabel(this.format),
		// Anki's note GUIDs identify a note whatever the file is called.
		globalIds: this.format === 'apkg' || this.format === 'anki-text'
	});
	/** Questions the store would take out of study (only when the person asked to). */
	removing = $derived(this.preview && this.removeMissing ? this.preview.missingCount : 0);
	/** Questions the store would write: added, updated and removed. */
	storing = $derived(this.preview ? this.preview.added + this.preview.updated + this.removing : 0);
	/** An Anki package's line on its scheduling, kept or left out (`historyLine`). */
	schedule = $derived(
		this.preview && this.format === 'apkg'
			? historyLine(
					this.#cards(this.preview),
					this.preview.history,
					this.withHistory,
					this.preview.historyGap,
					{ inCourse: this.preview.updated + this.preview.unchanged + this.preview.kept }
				)
			: undefined
	);

	/**
	 * Reads the courses a file may go to, then opens the file Add documents carried here when the
	 * address names one (`?file=`), or says it was not carried (a reload, a new tab). Returns
	 * the cleanup that ends the worker.
	 */
	mount(search = ''): () => void {
		const courses = this.#readCourses();
		// Read once, never changed: no reactivity wanted.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const params = new URLSearchParams(search);
		const name = params.get(CARRIED_PARAM);
		if (name !== null) {
			const carried = takeCarriedFile(name);
			if (!carried) this.problem = notCarriedMessage(name, params.get(FROM_PARAM));
			// After the titles: the carried course title must not repeat a course's.
			else void courses.then(() => this.openFile(carried.file, carried.title));
		}
		return () => this.#session?.close();
	}

	/**
	 * A file chosen in the file button, or carried from Add documents with the course `title`
	 * typed there (`''` for none): refused above `MAX_IMPORT_BYTES`, else read.
	 */
	async openFile(file: File, title?: string): Promise<void> {
		if (file.size > MAX_IMPORT_BYTES) {
			this.problem = `This file is ${Math.round(file.size / 1024 / 1024)} MB; Flashpoint reads files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Export a smaller deck or split the file.`;
			return;
		}
		this.#start({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, title);
	}

	/** "Read pasted text": the pasted questions, titled by their first line (`pastedTitle`). */
	readPasted(): void {
		if (!this.pasted.trim()) {
			this.problem = 'Paste some questions first.';
			return;
		}
		const bytes = new TextEncoder().encode(this.pasted);
		this.#start({ name: PASTED_TEXT, bytes, title: pastedTitle(this.pasted) });
	}

	/** The format changed by hand: the file is read again as that format. */
	reread(): void {
		this.detectionNote = undefined;
		void this.#readAs(this.format);
	}

	/** Cancel while reading or previewing: nothing is imported and the file is forgotten. */
	cancel(): void {
		this.#failed(new DOMException('', 'AbortError'));
	}

	/** Anki's choice picked (or its default set): the target and the preview follow. */
	chooseCopy(choice: CopyChoice): void {
		if (!this.fileCourse) return;
		this.copyChoice = choice;
		this.target = copyRequest(choice, this.fileCourse).target;
		void this.refresh();
	}

	/** The course select changed: Anki's choice follows it where it names one. */
	chooseTarget(): void {
		this.copyChoice =
			this.target === 'new' ? 'new' : this.target === this.fileCourse?.courseId ? 'update' : null;
		void this.refresh();
	}

	/** Asks the worker for the preview of the current mapping and course; a later ask wins. */
	async refresh(): Promise<void> {
		const opened = this.opened;
		if (!this.#session || !opened || opened.kind === 'error') return;
		const request = ++this.#previewRequest;
		this.updating = true;
		try {
			const skip =
				this.copyChoice === 'skip' && this.fileCourse ? copyRequest('skip', this.fileCourse) : {};
			const next = await this.#session.preview({
				...(opened.kind === 'table'
					? { mapping: $state.snapshot(this.mapping), hasHeader: this.hasHeader }
					: {}),
				origin: $state.snapshot(this.origin),
				target: this.target,
				...skip
			});
			if (request !== this.#previewRequest) return;
			this.preview = next;
			// The header choice changed: the columns are named and guessed again.
			if (next.sheet && this.opened?.kind === 'table') {
				this.opened = {
					...this.opened,
					columns: next.sheet.columns,
					hasHeader: next.sheet.hasHeader
				};
				this.mapping = next.sheet.mapping;
			}
			// The first preview that finds the file's course starts on Anki's default: update it.
			if (next.fileCourse && !this.fileCourse) {
				this.fileCourse = next.fileCourse;
				this.chooseCopy(defaultCopyChoice(next.fileCourse));
			}
		} catch (error) {
			if (request === this.#previewRequest) this.#failed(error);
		} finally {
			if (request === this.#previewRequest) this.updating = false;
		}
	}

	/** "Show more": the next 100 questions of the preview. */
	async more(): Promise<void> {
		const shown = this.preview;
		if (!this.#session || !shown) return;
		const next = await this.#session.more(shown.questions.length, 100);
		if (this.preview === shown)
			this.preview = { ...shown, questions: [...shown.questions, ...next] };
	}

	/** Stores the previewed questions; on success `done` is set and the file forgotten. */
	async confirm(): Promise<void> {
		const preview = this.preview;
		if (!preview || !this.#session) return;
		this.busy = true;
		this.problem = this.notice = null;
		this.cancelling = false;
		this.storeProgress = { stage: 'checking', done: 0, total: 0 };
		try {
			const stored = await this.#session.store(
				{
					target: this.target,
					title: this.title.trim(),
					withHistory: this.withHistory,
					removeMissing: this.removing > 0
				},
				(progress) => (this.storeProgress = progress)
			);
			const course = this.userCourses.find((c) => c.id === this.target);
			const inCourse = preview.updated + preview.unchanged + preview.kept;
			this.done = {
				...stored,
				...(this.cancelling ? { lateCancel: true } : {}),
				title: this.target === 'new' ? this.title.trim() : (course?.title ?? ''),
				already: preview.unchanged + preview.kept,
				// What was stored, in the preview's words (a second import keeps no answer twice).
				schedule:
					this.format === 'apkg'
						? historyLine(
								this.#cards(preview),
								stored.history ?? preview.history,
								this.withHistory,
								preview.historyGap,
								{ inCourse, newAnswers: stored.answers }
							)
						: undefined
			};
			// Study (the navigation's too) goes to the course just imported, not to all courses.
			rememberStudyCourse(stored.courseId);
			forgetCarriedAddress();
			this.#endSession();
			this.source = null;
			await this.#readCourses();
		} catch (error) {
			// Cancelled: the transaction was aborted, so nothing was written; the preview stays.
			if (isCancelled(error)) this.notice = STORE_CANCELLED;
			// Two sentences: the reason is a sentence of its own ("There is no question to import.").
			else
				this.problem = `Nothing was imported. ${error instanceof Error ? error.message : String(error)}`;
		} finally {
			this.busy = this.cancelling = false;
			this.storeProgress = null;
		}
	}

	/** Cancel while storing: the store stops at its next chunk, writing nothing (`confirm` says so). */
	cancelStore(): void {
		if (!this.storeProgress || this.storeProgress.stage === 'saving') return;
		this.cancelling = true;
		this.#session?.cancelStore();
	}

	#cards(preview: ImportPreviewData): number {
		return preview.added + preview.updated + preview.unchanged + preview.kept;
	}

	async #readCourses(): Promise<void> {
		const { getDb } = await database();
		this.userCourses = await getDb().courses.where('kind').equals('user').sortBy('title');
		this.courseTitles = (await getDb().courses.toArray()).map((c) => c.title);
	}

	/** Ends the worker and forgets the file (Cancel, or a new file). */
	#endSession(): void {
		this.#session?.close();
		this.#session = null;
		this.opened = this.preview = null;
	}

	/** Reads `next`; `carriedTitle` only for the file Add documents carried here. */
	#start(next: ImportSource, carriedTitle?: string): void {
		if (carriedTitle === undefined) forgetCarriedAddress();
		this.#typedTitle = carriedTitle ?? '';
		this.problem = this.notice = null;
		this.done = null;
		this.#endSession();
		this.withHistory = true;
		this.removeMissing = false;
		this.target = 'new';
		this.fileCourse = this.copyChoice = null;
		this.source = next;
		const detection = detectFormat(next.name, next.bytes);
		if (!detection.ok) {
			this.problem = detection.message;
			return;
		}
		this.format = detection.format;
		this.detectionNote = detection.note;
		void this.#readAs(this.format);
	}

	#failed(error: unknown): void {
		const cancelled = error instanceof DOMException && error.name === 'AbortError';
		const name = this.source?.name;
		this.#endSession();
		this.source = null;
		this.problem = cancelled
			? 'Reading was cancelled. Nothing was imported.'
			: isDownloadFailure(error)
				? // The importer (its worker, module or SQLite engine) did not download: offline
					// before the app was all saved (outsider student, session 34).
					notDownloadedText(
						'Reading questions',
						name && name !== PASTED_TEXT
							? `open “${name}” again, or paste the questions`
							: 'read them again'
					)
				: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`;
	}

	async #readAs(chosen: ImportFormatId): Promise<void> {
		if (!this.source) return;
		this.busy = true;
		this.reading = { stage: 'loading', done: 0, total: 1 };
		this.opened = this.preview = null;
		try {
			const { startImportSession } = await import('$lib/formats/read-client');
			const current = (this.#session ??= startImportSession());
			const result = await current.open(this.source, chosen, (p) => (this.reading = p));
			// Cancelled meanwhile (where the session runs on this page it cannot be stopped).
			if (this.#session !== current) return;
			if (result.kind === 'error') this.problem = result.message;
			else {
				this.title = distinctTitle(this.#typedTitle || result.title, this.courseTitles);
				if (result.kind === 'table')
					[this.mapping, this.hasHeader] = [result.mapping, result.hasHeader];
				this.opened = result;
				await this.refresh();
			}
		} catch (error) {
			this.#failed(error);
		} finally {
			this.busy = false;
			this.reading = null;
		}
	}
}

/**
 * The address stops naming the file carried from another screen (another file was chosen, or it
 * is imported): a reload then opens the screen as it is, without saying the file was lost.
 */
function forgetCarriedAddress(): void {
	const url = new URL(location.href);
	if (!url.searchParams.has(CARRIED_PARAM)) return;
	url.searchParams.delete(CARRIED_PARAM);
	url.searchParams.delete(FROM_PARAM);
	history.replaceState(history.state, '', url);
}
