/**
 * The New quiz page's choices and what they give: the course's questions, the title, the
 * settings, the quiz Create will save and what the page says of it (why Create is disabled, how
 * many questions, how many fit a QR code). The page loads the course and saves; this holds no
 * database or navigation, so every line it shows is tested (`quiz-form.test.ts`).
 */
import type { AttemptLimit } from '$lib/quiz/attempt-limit';
import type { BankIndex } from '$lib/content/bank';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import { askedChosen, fillUpPool } from '$lib/quiz/pick';
import { matchingPairs, matchingWords } from '$lib/quiz/matching-choices';
import { FILE_COURSE_ID, newQuiz, timeLimitSeconds, type NewQuizChoice } from '$lib/quiz/new-quiz';
import { joinedQuizTitle } from '$lib/quiz/join-code';
import { courseQuizId, coursesQuizIndex, type QuizCourseChoice } from '$lib/quiz/course-source';
import type { FileCourse } from '$lib/quiz/file-course';
import { andList } from '$lib/text/and-list';
import { askableCount, factCount, inDocsAndTopics, matchingQuestions } from '$lib/quiz/build';
import { unaskedCards } from '$lib/quiz/unasked-cards';
import {
	factCountHint,
	fillUpHint,
	noQuizReason,
	quizFormsLine,
	shortfallNote,
	unaskedCardsNote
} from '$lib/quiz/build-reason';
import { seededRandom } from '$lib/quiz/random';
import { checkQuizTitle } from '$lib/quiz/runs';
import { subjectQuizTitle, unusedTitle } from '$lib/quiz/titles';
import { createFitWords, newQuizQrFit } from '$lib/quiz/qr-plan';
import {
	DEFAULT_SETTINGS,
	LIMITS,
	type QuizQuestionType,
	type QuizSettings,
	type TimerMode
} from '$lib/quiz/types';

/** The page's draws take no id: Create draws again if the one planned is taken. */
const NONE_TAKEN: ReadonlySet<string> = new Set();

export class NewQuizForm {
	/** The chosen course as loaded, and its id (the page's `loadCourse`). */
	loaded = $state.raw<{ id: string; index: BankIndex }>();
	courses = $state<QuizCourseChoice[]>([]);
	courseId = $state(BUILTIN_COURSE_ID);
	course = $derived(this.courses.find((c) => c.id === this.courseId));
	/**
	 * Other courses the quiz asks from too (teach49: a unit spans several handouts' courses and
	 * the built-in one), by id, never `courseId`; and those loaded, in that order (the page's
	 * `loadAlso`). Only loaded ones count: the form never plans a quiz of a course it lacks.
	 */
	alsoIds = $state<string[]>([]);
	alsoLoaded = $state.raw<{ id: string; index: BankIndex }[]>([]);
	/**
	 * A file of questions added (GIFT, Moodle XML, Aiken: `file-course.ts`), drawn from as one
	 * more course, after the courses; null when none is.
	 */
	file = $state.raw<FileCourse | null>(null);
	/** The courses drawn from, the chosen one first, as loaded, then the file added. */
	drawnFrom = $derived(
		this.loaded
			? [
					this.loaded,
					...this.alsoLoaded.filter((c) => c.id !== this.loaded!.id),
					...(this.file ? [this.file] : [])
				]
			: []
	);
	/** Whether the quiz asks from more than one course: drawn here, with no join code. */
	get several(): boolean {
		return this.drawnFrom.length > 1;
	}
	/** With several courses, each document's course title, as the filters name it; else none. */
	docCourses = $derived.by(() => {
		if (!this.several) return undefined;
		const titles = this.drawnTitles;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- made anew, never changed
		return new Map(
			this.drawnFrom.flatMap((c, i) =>
				c.index.bank.documents.map((d) => [d.id, titles[i]] as const)
			)
		);
	});
	/** The titles of the courses drawn from, the chosen one first. */
	get drawnTitles(): string[] {
		return this.drawnFrom.map((c) => this.courseTitle(c.id));
	}

	/** A course's title as the list names it, the file's as `FileCourse.label` says. */
	courseTitle(id: string): string {
		if (id === FILE_COURSE_ID && this.file) return this.file.label;
		return this.courses.find((k) => k.id === id)?.title ?? id;
	}

	/**
	 * Adds a file's questions (`fileCourse`), in place of any file added before: the teacher
	 * chooses the questions (`how`), every question of the file chosen after those she had, as
	 * many as a quiz holds; she removes and orders them in the chosen list. Its title becomes the
	 * quiz's while she has typed none, to edit before Create (teacher outsider, session 37).
	 */
	addFile(file: FileCourse) {
		const kept = this.withoutFile();
		this.file = file;
		this.how = 'choose';
		const room = Math.max(0, LIMITS.maxQuestions - kept.length);
		const ids = file.index.bank.questions.map((q) => courseQuizId(q.id)).slice(0, room);
		this.chosen = [...kept, ...ids];
		if (this.typedTitle === null && file.title) this.typedTitle = file.title;
	}

	/** Takes the file's questions out of the quiz, its document out of the filters. */
	removeFile() {
		this.chosen = this.withoutFile();
		this.docs = this.docs.filter((d) => !this.file?.index.documentById.has(d));
		this.file = null;
	}

	/** The chosen questions but the file's. */
	private withoutFile(): string[] {
		const own = this.file?.own;
		return own ? this.chosen.filter((id) => !own.has(id)) : [...this.chosen];
	}
	/**
	 * The title the teacher typed, or null while she has not: the quiz is then titled by its
	 * subject (`untypedTitle`), for the built-in course as a phone titles it from its join code
	 * (`joinedQuizTitle`), so students who type the code see the title on her screen (outsider
	 * teacher, issue 12: they saw "Class quiz, 10 questions" while hers said "Class quiz").
	 */
	typedTitle = $state<string | null>(null);
	/** The titles of the quizzes here: a new quiz takes none of them (`unusedTitle`). */
	usedTitles = $state<string[]>([]);
	docs = $state<string[]>([]);
	topics = $state<string[]>([]);
	types = $state<QuizQuestionType[]>(['mcq', 'truefalse', 'cloze', 'short']);
	count = $state(10);
	/** Whether the questions are drawn at random or chosen by the teacher (`pick.ts`). */
	how = $state<'random' | 'choose'>('random');
	/** The chosen questions' ids, in the quiz's order. */
	chosen = $state<string[]>([]);
	/** Whether questions drawn at random make the chosen ones up to `count`. */
	fillUp = $state(false);
	timer = $state<TimerMode>(DEFAULT_SETTINGS.timer);
	quizMinutes = $state(10);
	questionSeconds = $state(30);
	shuffleQuestions = $state(true);
	shuffleChoices = $state(true);
	allowBack = $state(true);
	showAnswers = $state(true);
	/** Attempts allowed (`attempt-limit.ts`); 0: unlimited, the default (as Moodle's). */
	attempts = $state<AttemptLimit | 0>(0);

	/**
	 * `origin`: the app's origin, which the quiz link (and so its QR code's size) starts with;
	 * undefined while prerendering. `drawSeed`: one seed for the page, so what it says the quiz
	 * will ask (`planned`) is what Create saves. `openedAt`: the new quiz's `createdAt`, the same
	 * in the estimate and the quiz (ms since the epoch).
	 */
	readonly origin: string | undefined;
	readonly drawSeed: number;
	readonly openedAt: number;

	constructor(
		origin: string | undefined,
		drawSeed = Math.floor(Math.random() * 2 ** 32),
		openedAt = Date.now()
	) {
		this.origin = origin;
		this.drawSeed = drawSeed;
		this.openedAt = openedAt;
	}

	/*
	 * The courses' questions under their quiz ids, their flashcards in the form the ticked types
	 * allow (`coursesQuizIndex`: unticking Short answer asks a term as multiple choice), each
	 * flashcard's wrong choices from its own course.
	 */
	bank = $derived(this.loaded && coursesQuizIndex(this.drawnFrom, this.types));
	questions = $derived(this.bank?.bank.questions ?? []);
	filters = $derived({ docs: this.docs, topics: this.topics, types: this.types });
	/* One question per fact, so the facts that match bound the quiz's length. */
	matching = $derived(matchingQuestions(this.questions, this.filters));
	facts = $derived(factCount(this.matching));
	/* And none giving another's answer away (`askableCount`): the most a quiz can ask. */
	available = $derived(askableCount(this.matching));
	settings = $derived<QuizSettings>({
		timer: this.timer,
		seconds: timeLimitSeconds(this.timer, this.quizMinutes, this.questionSeconds),
		shuffleQuestions: this.shuffleQuestions,
		shuffleChoices: this.shuffleChoices,
		allowBack: this.allowBack,
		showAnswers: this.showAnswers,
		...(this.attempts ? { attempts: this.attempts } : {})
	});
	title = $derived(this.typedTitle ?? this.untypedTitle());
	/** Questions drawn at random: 1 to a quiz's most, and at most the facts that match. */
	get randomCount(): number {
		return Math.max(1, Math.min(this.count, LIMITS.maxQuestions, this.available));
	}

	/**
	 * The title a quiz gets when the teacher types none (`typedTitle`): its subject, as Kahoot
	 * titles one (`subjectQuizTitle`): for her own course "Panama Canal (Year 10) quiz"; for the
	 * built-in course, whose students may join by code, the title their phones make from the code
	 * (`joinedQuizTitle`, "Turkey between Serbia and Kosovo, 2008–2025 quiz"; it was "Class quiz,
	 * 25 questions", final outsider, session 29).
	 */
	untypedTitle(): string {
		if (!this.bank) return 'Class quiz';
		if (this.several)
			return subjectQuizTitle(andList(this.drawnTitles), this.docTitles(), this.topics);
		if (this.ownCourse && this.course) {
			const docs = this.bank.bank.documents.filter((d) => this.docs.includes(d.id));
			return subjectQuizTitle(
				this.course.title,
				docs.map((d) => d.title),
				this.topics
			);
		}
		return joinedQuizTitle(this.filters, this.bank.bank);
	}

	/** The titles of the ticked documents, of whichever course. */
	docTitles(): string[] {
		return (this.bank?.bank.documents ?? [])
			.filter((d) => this.docs.includes(d.id))
			.map((d) => d.title);
	}

	/** The page's choices for `newQuiz` (`settings` decide the join code and shuffling). */
	choice(index: BankIndex): NewQuizChoice {
		return {
			index,
			// The built-in course alone: a join code can carry the draw.
			builtin: this.courseId === BUILTIN_COURSE_ID && !this.several,
			filters: this.filters,
			count: this.randomCount,
			chosen: this.how === 'choose' ? this.chosen : null,
			fillTo: this.fillUp ? this.count : 0,
			settings: this.settings,
			...(this.file ? { fileQuestions: this.file.own } : {}),
			...(this.bank && this.ownCourse
				? { made: { fromCards: this.bank.fromCards, fromBlanks: this.bank.fromBlanks } }
				: {})
		};
	}

	/**
	 * A quiz drawn here, with this page's seed: of a course of the teacher's own, or of several
	 * courses (teach49; a quiz with any course of her own is on no student's device whole).
	 */
	get ownCourse(): boolean {
		return !!this.bank && !!this.course && (!this.course.builtin || this.several);
	}

	/**
	 * For a course of the teacher's own: the quiz Create will save (`newQuiz`), with the form's
	 * title and settings, so what the page says it will ask and how many of its questions fit a
	 * QR code are said of that very quiz. Null for the built-in course (drawn at Create, for a
	 * free join code; its links are short).
	 */
	planned = $derived.by(() => {
		if (!this.bank || !this.ownCourse) return null;
		const titled = checkQuizTitle(this.title);
		const details = {
			title: unusedTitle(titled.ok ? titled.title : this.title, this.usedTitles),
			courseId: this.courseId,
			createdAt: this.openedAt
		};
		return newQuiz(this.choice(this.bank), details, NONE_TAKEN, seededRandom(this.drawSeed));
	});
	/**
	 * For a course of the teacher's own, one count said everywhere (`newQuizQrFit`): how many of
	 * the planned quiz's questions fit a QR code phones read reliably, and how many of the
	 * course's, on that quiz continued by a draw of all it has (up to a quiz's most).
	 */
	qrCounts = $derived.by(() => {
		// Each derived this one (and `readableEstimate`, `fitLine`) reads is read once: outside a
		// component, as the server-side tests use this class, Svelte recomputes a $derived at
		// every read, so one read of `fitLine` computed these counts 16 times (a test took
		// 30-65 s under load). In the page a $derived is computed once a change either way.
		const bank = this.bank;
		const planned = this.planned;
		if (!bank || !planned || this.origin === undefined) return null;
		const choice = {
			...this.choice(bank),
			filters: { docs: [], topics: [], types: this.types },
			count: Math.max(1, Math.min(factCount(this.questions), LIMITS.maxQuestions)),
			chosen: null
		};
		const whole = newQuiz(choice, planned, NONE_TAKEN, seededRandom(this.drawSeed));
		return newQuizQrFit(planned, whole.questions, this.origin);
	});
	/**
	 * How many of the planned quiz's questions fit a QR code phones read reliably, and how many
	 * QR codes it is shown as (`QrFitCounts.codes`).
	 */
	readableEstimate = $derived.by(() => {
		const counts = this.qrCounts;
		return counts && { fits: counts.fits, of: counts.asked, codes: counts.codes };
	});
	/* Why Create is disabled (a flashcards-only course, no type chosen…), said beside it. */
	blocked = $derived.by(() => {
		if (!this.bank) return undefined;
		if (this.how === 'choose' && askedChosen(this.bank, this.chosen).length) return undefined;
		if (this.how === 'choose' && !this.fillUp)
			return 'Tick at least one question to ask, or add questions at random.';
		return noQuizReason(this.questions, this.filters);
	});
	/*
	 * Under the number: what it will give (chosen + fill-up says both, issue 12), and when the
	 * quiz will be shorter than asked, why and what to do (`shortfallNote`), else the accepted
	 * flashcards no quiz can ask (`unaskedCardsNote`).
	 */
	/* What a fill-up can add to the chosen questions (`fillUpPool`); null unless choosing. */
	pool = $derived(
		this.how === 'choose' && this.bank ? fillUpPool(this.bank, this.chosen, this.filters) : null
	);
	/**
	 * The most "Number of questions" takes, said in its label ("at most 44"): what can be asked
	 * (`available`, or the chosen questions and what a fill-up can add), never past a quiz's most.
	 * The label said "at most 50" over a line saying "44 can be asked" (outsider teacher, issue
	 * 12). A quiz's most while nothing can be asked: the reason is said instead.
	 */
	mostQuestions = $derived.by(() => {
		const askable = this.pool
			? askedChosen(this.bank!, this.chosen).length + this.pool.room
			: this.available;
		return askable > 0 ? Math.min(askable, LIMITS.maxQuestions) : LIMITS.maxQuestions;
	});
	countHint = $derived.by(() => {
		const most = Math.min(this.count, LIMITS.maxQuestions);
		let hint: string | undefined;
		let short: boolean;
		if (this.pool && this.bank) {
			const pool = this.pool;
			hint = fillUpHint(this.chosen.length, pool, this.count, this.blocked, LIMITS.maxQuestions);
			short = this.fillUp && this.chosen.length + pool.room < most;
		} else {
			hint = factCountHint(
				this.available,
				this.count,
				this.blocked,
				LIMITS.maxQuestions,
				this.facts
			);
			short = this.available < most;
		}
		if (!hint) return hint;
		// Shorter than asked: why and what to do; else still the flashcards no quiz can ask, so
		// the counts never silently miss accepted questions (issue 12).
		const note = short
			? shortfallNote(this.questions, this.filters)
			: unaskedCardsNote(this.questions, this.filters);
		return note ? `${hint} ${note}` : hint;
	});
	/*
	 * The accepted flashcards of the ticked documents and topics no quiz can ask with the ticked
	 * types, each with why (`unaskedCards`; issue 12: listed, never silently dropped).
	 */
	unasked = $derived(
		this.bank
			? unaskedCards(this.questions, this.bank.fromCards, this.types, (q) =>
					inDocsAndTopics(q, this.filters)
				)
			: []
	);
	/** The title Create will save: never one a quiz here has (`unusedTitle`). */
	savedTitle = $derived(unusedTitle(this.title.trim(), this.usedTitles));
	/* Above Create, once the questions are chosen: how many of these fit a QR code. */
	fitLine = $derived.by(() => {
		const estimate = this.readableEstimate;
		return estimate && !this.blocked
			? createFitWords(estimate.fits, estimate.of, estimate.codes)
			: '';
	});
	/*
	 * The planned quiz's questions that still offer another's answer as a wrong choice, as the
	 * course has too few of their kind (`matchingPairs`): said above Create, never handed out as
	 * a matching exercise unsaid (outsider teacher, issue 12).
	 */
	matchingLine = $derived(
		this.planned && !this.blocked && this.bank
			? matchingWords(matchingPairs(this.planned.questions, this.bank))
			: ''
	);
	/* What the quiz will ask, by form: a teacher's flashcards are asked as choices or typed. */
	formsLine = $derived(
		this.planned && !this.blocked && this.bank
			? quizFormsLine(this.planned.questions, this.bank.fromCards, this.bank.fromBlanks)
			: ''
	);
}
