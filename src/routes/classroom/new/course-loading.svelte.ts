/**
 * New quiz's courses, read into the form (`NewQuizForm`): the list to pick from and the one the
 * page opens on (`start`), the chosen course's questions (`loadCourse`) and the other courses
 * ticked (`loadAlso`), each with what the page says while it loads or when it cannot be read.
 * The page shows; this reads (the bank's reads, imported when first needed: issue 14).
 */
import { nextTask } from '$lib/ui/next-task';
import type { BankIndex, CourseInfo } from '$lib/content/bank';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import {
	coursesUnreadWords,
	quizCourseChoices,
	startingQuizCourse,
	type StartingWhy
} from '$lib/quiz/course-source';
import { lastCourseWorked, noteCourseWork } from '$lib/courses/study-choice';
import type { NewQuizForm } from './quiz-form.svelte';

/**
 * The course reads (Dexie, the bank's reads): imported when the page starts, in the task after
 * hydration, not with the screen. With it they were most of New quiz's first-load JavaScript,
 * evaluated in its hydration task (issue 14).
 */
const bankReads = () => import('$lib/content/bank');

export class QuizCourseLoading {
	/** Why the chosen course could not be loaded; '' when it was. */
	loadError = $state('');
	/** Why the teacher's own courses are not listed, when they could not be read (twice). */
	coursesError = $state('');
	/** While a ticked course loads, or why it could not be read. */
	alsoStatus = $state('');
	/**
	 * Why the course shown was chosen (`startingQuizCourse`); null until the courses are known,
	 * when no course is shown: the list showed the built-in course first, then switched.
	 */
	startWhy = $state<StartingWhy | null>(null);
	/** The loaded course (`form.loaded`) the form is built for: set a task after it loads. */
	built = $state.raw<NewQuizForm['loaded']>();

	/** The other courses ticked, as read once (`loadAlso`): ticking one again reads nothing. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache: nothing shows it
	readonly #alsoRead = new Map<string, BankIndex>();

	private readonly form: NewQuizForm;

	constructor(form: NewQuizForm) {
		this.form = form;
	}

	/**
	 * The courses to pick from, the titles of the quizzes saved here (`usedTitles`, read after
	 * the courses), then the course New quiz opens on (`startingQuizCourse`): `asked` reads the
	 * address's `?course=<id>` (from a course's own page; a prerendered page reads it then), or null.
	 */
	async start(asked: () => string | null, usedTitles: () => Promise<string[]>) {
		const form = this.form;
		let rows: CourseInfo[] = [];
		try {
			rows = await readCourses();
			this.coursesError = '';
		} catch (e) {
			// Said, not swallowed: the list silently offered only the built-in course (a fresh-clone
			// CI's New quiz lacked the course just accepted, own-documents-bulk.spec.ts).
			this.coursesError = coursesUnreadWords(e);
		}
		form.courses = quizCourseChoices(rows);
		form.usedTitles = await usedTitles();
		const chosen = startingQuizCourse(form.courses, rows, asked(), lastCourseWorked());
		form.courseId = chosen.courseId;
		this.startWhy = chosen.why;
		await this.loadCourse(form.courseId);
	}

	/** The chosen course's questions, under the ids a quiz gives them (`courseQuizIndex`). */
	async loadCourse(id: string) {
		const form = this.form;
		this.loadError = '';
		form.loaded = undefined;
		form.docs = [];
		form.topics = [];
		// A file's questions added stay chosen: the file stays with another course.
		form.chosen = form.chosen.filter((id) => form.file?.own.has(id));
		try {
			const { loadBank, loadCourseBank } = await bankReads();
			const index = id === BUILTIN_COURSE_ID ? await loadBank() : await loadCourseBank(id);
			if (form.courseId !== id) return;
			const loaded = { id, index };
			form.loaded = loaded;
			// What the form says first (how many questions a quiz can ask, `askableCount`: the
			// course's give-aways, pair by pair) is worked out in this task and the form is built in
			// the next: together they were one task of 200 ms at 4× CPU (issue 14, Lighthouse).
			void form.countHint;
			await nextTask();
			if (form.loaded === loaded) this.built = loaded;
		} catch (e) {
			this.loadError = e instanceof Error ? e.message : 'The course could not be loaded.';
		}
	}

	/**
	 * The other courses ticked (`form.alsoIds`) loaded into the form, in that order, the course
	 * chosen above left out; then the ticked documents and chosen questions of a course no longer
	 * ticked are dropped, so the quiz never asks from a course the page does not show.
	 */
	async loadAlso() {
		const form = this.form;
		const ids = form.alsoIds.filter((id) => id !== form.courseId);
		this.alsoStatus = ids.some((id) => !this.#alsoRead.has(id))
			? 'Loading the courses ticked…'
			: '';
		try {
			const { loadBank, loadCourseBank } = await bankReads();
			const loaded: { id: string; index: BankIndex }[] = [];
			for (const id of ids) {
				let index = this.#alsoRead.get(id);
				if (!index) {
					index = id === BUILTIN_COURSE_ID ? await loadBank() : await loadCourseBank(id);
					this.#alsoRead.set(id, index);
				}
				loaded.push({ id, index });
			}
			// Ticked or unticked again meanwhile: the later call loads its own set.
			if (ids.join('\n') !== form.alsoIds.filter((id) => id !== form.courseId).join('\n')) return;
			form.alsoLoaded = loaded;
			this.alsoStatus = '';
			const bank = form.bank;
			if (!bank) return;
			form.docs = form.docs.filter((d) => bank.documentById.has(d));
			form.chosen = form.chosen.filter((q) => bank.questionById.has(q));
		} catch (e) {
			this.alsoStatus = `A course ticked could not be read${e instanceof Error && e.message ? ` (${e.message})` : ''}: untick it, or reload the page to try again.`;
		}
	}

	/** Another course chosen: it is the one worked in now, and New quiz opens on it next time. */
	changeCourse() {
		// Chosen by the teacher here: nothing to explain (as when the address names it).
		this.startWhy = 'address';
		noteCourseWork(this.form.courseId);
		// The course chosen above is no other course as well.
		this.form.alsoIds = this.form.alsoIds.filter((id) => id !== this.form.courseId);
		void this.loadCourse(this.form.courseId).then(() => this.loadAlso());
	}
}

/** The course list, read again once after a failure (a database still opening, say). */
async function readCourses() {
	const { listCourseInfo } = await bankReads();
	try {
		return await listCourseInfo();
	} catch {
		await new Promise((done) => setTimeout(done, 250));
		return await listCourseInfo();
	}
}
