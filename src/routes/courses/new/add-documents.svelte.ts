/**
 * Add documents, as one flow: files and pasted text are read (off the page's thread) into
 * entries, their details checked, and the course generated in the generator's worker, then
 * saved (`saveCourse`), or added to an existing course (`?course=<id>`: `saveToCourse`). The unsaved work is kept on the device as it changes (`pendingKeeper`)
 * and brought back on the next visit. The page holds this state and its markup.
 */
import { focusFirstInvalid } from '$lib/ui/focus-invalid';
import { takenTitleProblem } from '$lib/courses/titles';
import { tick, untrack } from 'svelte';
import {
	applyDetails,
	courseTitle,
	detailsOf,
	duplicateMessage,
	duplicateOf,
	pastedName,
	sameTitle
} from '$lib/courses/add';
import type { GenerationProgress } from '$lib/courses/generate';
import type { PendingWork } from '$lib/courses/pending';
import { DocumentError, draftCopy, type DocumentDraft } from '$lib/documents/draft';
import { readerNotDownloaded } from '$lib/documents/not-downloaded';
import { isDownloadFailure } from '$lib/ui/app-error';
import { plural } from '$lib/text/plural';
import { carryFile } from '$lib/courses/carried-file';
import type { Entry } from './entry';
import { pendingKeeper } from './keep';
import {
	generationFailure,
	nothingToAsk,
	saveCourse,
	saveToCourse,
	type CourseSaved,
	type TargetCourse
} from './course-saved';
import type { CourseDocumentText } from '$lib/courses/add-to-course';

/** Generate pressed with nothing to generate from: gone once a document is added. */
const NO_DOCUMENT = 'Add a document first: paste an article or open a file.';

type ReadyEntry = Extract<Entry, { state: 'ready' }>;

/** Generation gave documents with no sentence at all: nothing is saved (`nothingToAsk`). */
class NothingToAsk extends Error {}

/** The state of one Add documents screen; create one per page, during its set-up. */
export class AddDocuments {
	entries = $state<Entry[]>([]);
	pasted = $state('');
	pasteError = $state('');
	title = $state('');
	formError = $state('');
	phase = $state<'editing' | 'generating' | 'done'>('editing');
	progress = $state<GenerationProgress | null>(null);
	status = $state('');
	done = $state<CourseSaved | null>(null);
	/** The note on what was brought back from an unfinished attempt (`restoredNote`), or `''`. */
	restored = $state('');
	/**
	 * What "Start afresh" cleared, for its Undo: kept until the person adds or types anything
	 * (Undo would then overwrite it).
	 */
	afresh = $state.raw<{ work: PendingWork; note: string } | null>(null);
	keepFailed = $state(false);
	/**
	 * The existing course the documents go into (`open` with `?course=<id>`), `null` for a new
	 * course, `undefined` until `open` has looked.
	 */
	target = $state.raw<TargetCourse | null | undefined>(undefined);
	/** Why the course asked for cannot take documents (gone, or the built-in one), or `''`. */
	targetProblem = $state('');
	/** The target course's documents, each new one checked against them (`duplicateOf`, `sameTitle`). */
	courseTexts = $state.raw<CourseDocumentText[]>([]);

	readonly ready = $derived(this.entries.filter((e): e is ReadyEntry => e.state === 'ready'));
	readonly percent = $derived(Math.round((this.progress?.fraction ?? 0) * 100));
	/** Each ready document whose title an earlier one has, by key: its warning and rename (`sameTitle`). */
	readonly clashes = $derived.by(() => {
		// The course's own documents first, when adding to one: a new "Week 1" beside its "Week 1".
		const course = this.courseTexts.map((d) => ({ name: d.name, title: d.name, inCourse: true }));
		const titles = [
			...course,
			...this.ready.map((e) => ({ name: e.name, title: e.details.title }))
		];
		// Made afresh by the derivation, never changed in place: no reactivity wanted.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return new Map(this.ready.map((e, i) => [e.key, sameTitle(course.length + i, titles)]));
	});

	/** Until the kept work is read back, nothing is written over it. */
	#restoring = true;
	readonly #keeper = pendingKeeper(
		() => (this.keepFailed = true),
		() => this.target?.id
	);
	#controller: AbortController | undefined;
	#nextKey = 1;
	#autoTitle = '';
	/**
	 * Adds still loading their reader (the first paste or file loads it with `import()`): Generate
	 * waits for them, so a quick press never finds "no document" while one is on its way.
	 */
	// Never shown, only awaited: no reactivity wanted.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #arriving = new Set<Promise<unknown>>();

	constructor() {
		/*
		 * The title field shows the one document's title while there is one document and nobody
		 * has typed a title; with several, it empties and asks for one (`courseTitle`): the title
		 * of whichever was read first named a three-document course (outsider teacher).
		 */
		$effect(() => {
			const only =
				this.entries.length === 1 && this.ready.length === 1 ? this.ready[0].draft.title : '';
			untrack(() => {
				if (this.title && this.title !== this.#autoTitle) return;
				this.title = this.#autoTitle = only;
			});
		});
		// Kept as it changes: a reload, a closed tab or a phone dropping the page loses nothing.
		$effect(() => {
			const work = this.pendingWork();
			if (!this.#restoring && this.phase === 'editing') this.#keeper.keep(work);
			const started = work.documents.length > 0 || work.pasted.trim() || work.title.trim();
			if (started) untrack(() => (this.afresh = null));
		});
	}

	/**
	 * Reads one file or text into a new entry: ready, or refused with its message. `file`: the
	 * file as chosen, kept on the entry when it proves a question file, for Import questions.
	 */
	add(name: string, read: () => Promise<DocumentDraft>, file?: File) {
		const key = this.#nextKey++;
		// An outsider added her files and still read "Add a document first" above them.
		if (this.formError === NO_DOCUMENT) this.formError = '';
		this.entries.push({ key, name, state: 'reading' });
		// Generate waits for it, its entry updated (`arriving`), as for a reader still loading.
		void this.#track(
			read().then(
				(draft) => {
					const others = this.ready.filter((e) => e.key !== key);
					const inCourse = duplicateOf(draft, this.courseTexts);
					const twin = inCourse ?? duplicateOf(draft, others);
					if (twin)
						this.#replace(key, {
							state: 'error',
							message: duplicateMessage(twin, inCourse !== undefined)
						});
					else this.#replace(key, { state: 'ready', draft, details: detailsOf(draft), errors: {} });
				},
				(error: unknown) =>
					this.#replace(key, {
						state: 'error',
						message:
							error instanceof Error && error.name === 'DocumentError'
								? error.message
								: isDownloadFailure(error)
									? readerNotDownloaded(file?.name).message
									: `This file could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was stored.`,
						...(file && error instanceof DocumentError && error.kind === 'question-file'
							? { questionFile: file }
							: {})
					})
			)
		);
	}

	#replace(key: number, next: Omit<Entry, 'key' | 'name'> & Partial<Entry>) {
		const index = this.entries.findIndex((e) => e.key === key);
		if (index >= 0) this.entries[index] = { ...this.entries[index], ...next } as Entry;
	}

	#track<T>(work: Promise<T>): Promise<T> {
		this.#arriving.add(work);
		return work.finally(() => this.#arriving.delete(work));
	}

	/** The file input's change: each chosen file becomes an entry. */
	openFiles = (event: Event) => this.#track(this.#readFiles(event));

	async #readFiles(event: Event) {
		const input = event.currentTarget as HTMLInputElement;
		const files = [...(input.files ?? [])];
		input.value = '';
		// The readers (Readability, PDF.js, mammoth) load only now, never with the screen; plain
		// text and Markdown are read in a worker (`readFileDocument`).
		let readFileDocument: (typeof import('$lib/documents/read-client'))['readFileDocument'];
		try {
			({ readFileDocument } = await import('$lib/documents/read-client'));
		} catch {
			// No reader downloaded (offline before the app was all saved): each file says so by
			// name, where the PDF picked offline was dropped without a word (outsider, session 34).
			for (const file of files)
				this.add(file.name, () => Promise.reject(readerNotDownloaded(file.name)), file);
			return;
		}
		for (const file of files)
			this.add(
				file.name,
				async () =>
					readFileDocument({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
				file
			);
	}

	/** "Add pasted text": the paste box becomes an entry, or says why not. */
	addPasted = () => this.#track(this.#readPasted());

	async #readPasted() {
		this.pasteError = '';
		if (!this.pasted.trim()) {
			this.pasteError = 'There is no text to read: paste the article first.';
			return;
		}
		// Read in a worker: a 1.4 MB paste froze the page for about 5 s (outsider teacher, issue
		// 12). The entry shows "Reading…" meanwhile; the paste box is emptied at once.
		// Emptied before the worker's module loads: emptied after, it wiped a second text pasted
		// meanwhile (a flaky e2e on a loaded machine: the second paste never became an entry).
		const text = this.pasted;
		this.pasted = '';
		let read: typeof import('$lib/documents/read-client');
		try {
			read = await import('$lib/documents/read-client');
		} catch {
			// The reader did not load (a first visit cut off): the text goes back in the box.
			this.pasted ||= text;
			this.pasteError = readerNotDownloaded().message;
			return;
		}
		this.add(pastedName(this.entries.map((e) => e.name)), () =>
			read.readPastedOffThread(text).catch((error: unknown) => {
				// Its reader did not download: the text goes back in the box, as the entry says.
				if (error instanceof DocumentError && error.kind === 'not-downloaded') this.pasted ||= text;
				throw error;
			})
		);
	}

	/**
	 * "Import questions" on a question file's entry: the file goes on to the import screen, and
	 * the course title with it when the file is all that was given (with documents or pasted
	 * text beside it, the title is theirs). A title that went with it is no longer kept here:
	 * restored later, it would name a second course after the imported one. Returns the
	 * import screen's search (`carryFile`).
	 */
	carryToImport(file: File): string {
		const alone = !this.ready.length && !this.pasted.trim();
		const title = alone && this.title !== this.#autoTitle ? this.title.trim() : '';
		// Gone on to Import questions: a restored attempt no longer names it (`questionFiles`).
		this.#carried.push(file.name);
		if (title) void this.#keeper.forget().catch(() => undefined);
		else this.#keeper.keep(this.pendingWork());
		return carryFile({ file, title, from: 'documents' });
	}

	/** Question files sent on to Import questions (`carryToImport`), by name. */
	#carried: string[] = [];

	/** The screen's unsaved work, as `$lib/courses/pending` keeps it. */
	pendingWork(): PendingWork {
		const questionFiles = this.entries
			.filter((e) => e.state === 'error' && (e.questionFile || e.questionFileName))
			.map((e) => e.name)
			.filter((name) => !this.#carried.includes(name));
		return {
			...(questionFiles.length ? { questionFiles } : {}),
			documents: this.ready.map(({ name, draft, details }) => ({
				name,
				// Not `$state.snapshot`: it copies the text (36 ms for 1 MB), at every change.
				draft: draftCopy(draft),
				details: $state.snapshot(details)
			})),
			pasted: this.pasted,
			title: this.title
		};
	}

	/**
	 * Opens the screen for a new course (`courseId` null) or for adding to course `courseId`
	 * (the course's "Add documents"): looks the course up (a deleted or built-in one says so and
	 * takes nothing), reads its documents for the duplicate check, then brings back what was
	 * pending for it (`restorePending`).
	 */
	async open(courseId: string | null) {
		if (courseId) {
			const [{ courseDocumentTexts }, { getDb }] = await Promise.all([
				import('$lib/courses/add-to-course'),
				import('$lib/db/schema')
			]);
			const course = await getDb()
				.courses.get(courseId)
				.catch(() => undefined);
			if (!course || course.kind !== 'user') {
				this.targetProblem =
					course?.kind === 'builtin'
						? 'The course that comes with Flashpoint cannot take documents of yours: start a course of your own.'
						: 'This course is not on this device (it may have been deleted): nothing can be added to it.';
				this.target = null;
				return;
			}
			this.courseTexts = await courseDocumentTexts(getDb(), courseId).catch(() => []);
			this.target = { id: course.id, title: course.title };
		} else this.target = null;
		await this.restorePending();
	}

	/** Brings back what was given and not yet used, with a note saying so. */
	async restorePending() {
		const [{ loadPending, restoredNote }, { getDb }] = await Promise.all([
			import('$lib/courses/pending'),
			import('$lib/db/schema')
		]);
		const work = await loadPending(getDb(), this.target?.id).catch(() => null);
		this.#restoring = false;
		if (!work) return;
		this.#bringBack(work, restoredNote(work));
		// A reload puts the page back where it was scrolled, below the note: it must be seen.
		await tick();
		document.getElementById('pending-restored')?.scrollIntoView({ block: 'nearest' });
	}

	#bringBack(work: PendingWork, note: string) {
		for (const { name, draft, details } of work.documents)
			this.entries.push({ key: this.#nextKey++, name, state: 'ready', draft, details, errors: {} });
		for (const name of work.questionFiles ?? [])
			this.entries.push({
				key: this.#nextKey++,
				name,
				state: 'error',
				message: `“${name}” is a file of questions, not a document. A chosen file is not kept after a reload: choose it again in Import questions, which reads it as a course of its own.`,
				questionFileName: name
			});
		this.pasted ||= work.pasted;
		this.title ||= work.title;
		this.restored = note;
	}

	/**
	 * "Start afresh": the restored attempt is cleared and forgotten, with an Undo until anything
	 * new is added (as Gmail's "Draft discarded · Undo"): undo over a confirm, since a confirm is
	 * clicked through and the draft is worth keeping (outsider teacher, issue 12).
	 */
	startAfresh = async () => {
		const work = this.pendingWork();
		const note = this.restored;
		this.entries = [];
		this.pasted = '';
		this.title = '';
		this.restored = '';
		await tick();
		this.afresh = { work, note };
		(document.getElementById('title') ?? document.getElementById('docs-title'))?.focus();
		await this.#keeper.forget();
	};

	/** Undo of "Start afresh": the attempt comes back as it was, and is kept again. */
	undoAfresh = () => {
		if (!this.afresh) return;
		const { work, note } = this.afresh;
		this.afresh = null;
		this.#bringBack(work, note);
		(document.getElementById('title') ?? document.getElementById('docs-title'))?.focus();
	};

	/**
	 * Leaving while a file is still being read, questions are being made or the last change
	 * could not be kept: the browser asks first (what is kept needs no question).
	 */
	beforeUnload = (event: BeforeUnloadEvent) => {
		void this.#keeper.flush();
		if (
			this.phase === 'generating' ||
			this.keepFailed ||
			this.entries.some((e) => e.state === 'reading')
		)
			event.preventDefault();
	};

	/** The page is hidden (a phone switching apps): what is pending is written now. */
	pageHide = () => void this.#keeper.flush();

	/** Cancel during generation: nothing is saved. */
	cancel = () => this.#controller?.abort();

	/** Checks every document's details and the course title; focuses the first problem. */
	async #collect(): Promise<DocumentDraft[] | null> {
		this.formError = '';
		const drafts: DocumentDraft[] = [];
		for (const entry of this.entries) {
			if (entry.state !== 'ready') continue;
			const checked = applyDetails(draftCopy(entry.draft), $state.snapshot(entry.details));
			entry.errors = checked.ok ? {} : checked.errors;
			if (checked.ok) drafts.push(checked.draft);
		}
		this.formError = await this.#formProblem(drafts);
		if (!this.formError) return drafts;
		await focusFirstInvalid(document, '#form-error');
		return null;
	}

	/** What stops Generate, in words, or `''`. */
	async #formProblem(drafts: DocumentDraft[]): Promise<string> {
		if (this.entries.some((e) => e.state === 'reading'))
			return 'Some files are still being read. Wait a moment, then press Generate again.';
		if (this.entries.length === 0 || this.ready.length === 0) return NO_DOCUMENT;
		if (drafts.length < this.ready.length) return 'Correct the details marked above.';
		if (this.target) return '';
		const title = courseTitle(this.title, drafts);
		if (!title)
			return drafts.length > 1
				? `Give the course a title: it holds ${plural(drafts.length, 'document')}, so it needs a name of its own.`
				: 'Give the course a title.';
		const { listCourseInfo } = await import('$lib/content/bank');
		return takenTitleProblem(title, await listCourseInfo());
	}

	/** Generate questions: the drafts are made in the worker, then the course is saved. */
	generate = async (event: SubmitEvent) => {
		event.preventDefault();
		// Until nothing is on its way: a paste's reader, once loaded, starts its read (in a worker).
		while (this.#arriving.size) await Promise.allSettled([...this.#arriving]);
		const drafts = await this.#collect();
		if (!drafts) return;
		this.phase = 'generating';
		this.progress = null;
		this.status = 'Drafting questions…';
		const controller = (this.#controller = new AbortController());
		try {
			const { generateInWorker } = await import('$lib/courses/generate-client');
			const documents = await generateInWorker(drafts, {
				signal: controller.signal,
				onProgress: (p) => (this.progress = p)
			});
			// Cancel pressed as the last document finished: the drafts arrived anyway, but the
			// teacher asked for nothing to be saved (an outsider found a course saved after Cancel).
			controller.signal.throwIfAborted();
			const empty = nothingToAsk(documents);
			if (empty) throw new NothingToAsk(empty);
			this.status = 'Saving the course…';
			const saved = this.target
				? await saveToCourse(this.target, documents)
				: await saveCourse(courseTitle(this.title, drafts), documents);
			// In the course now: nothing is pending any more.
			await this.#keeper.forget().catch(() => undefined);
			this.done = saved;
			this.phase = 'done';
			this.status = '';
			await tick();
			document.getElementById('done-title')?.focus();
		} catch (error) {
			this.phase = 'editing';
			this.formError = error instanceof NothingToAsk ? error.message : generationFailure(error);
			await tick();
			document.getElementById('form-error')?.focus();
		}
	};
}
