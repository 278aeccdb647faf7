import { indexBank, type BankIndex } from '$lib/content/bank-index';
import { hasSourceSentence } from '$lib/content/schema';
import { BUILTIN_COURSE_ID, BUILTIN_TITLE, courseIdOf, type CourseRecord } from '$lib/db/records';
import { askableCount, buildQuizQuestions, DRAW_RULE, matchingQuestions } from './build';
import { shuffled } from './random';
import { crc32Text } from './bytes';
import { OWN_DOC } from './edit';
import { COURSE_QUESTION_PREFIX, isCourseQuestion } from './travels';
import { withBlankChoices } from './blank-choices';
import { withCardQuestions } from './card-questions';
import { QUIZ_TYPES, type QuizQuestion, type QuizQuestionType } from './types';
import { andList } from '$lib/text/and-list';

/**
 * A class quiz drawn from any course: the built-in one or one of the teacher's own (issue 12,
 * "a teacher builds a quiz from any course, including their own").
 *
 * Students' devices have the built-in course (it ships with the app), so its questions travel in
 * a quiz link by reference (`quiz-code.ts`). A question of the teacher's own course is on no
 * student's device, so it travels word for word, like a question the teacher wrote in the quiz
 * editor. To tell the two apart without the bank, a course question gets a quiz id of its own:
 * `uc-` + its course id with `:` made `-` (`u-<uuid>:q-7` → `uc-u-<uuid>-q-7`, 46 characters or
 * so), which the bank's id rule (`^[a-z0-9][a-z0-9-]{2,80}$`) accepts and no bank id starts with.
 */

/** The quiz id of a user course's question (`<courseId>:q-<n>`). */
export function courseQuizId(questionId: string): string {
	const plain = COURSE_QUESTION_PREFIX + questionId.toLowerCase().replace(/[^a-z0-9-]/g, '-');
	if (plain.length <= MAX_ID_CHARS) return plain;
	// An imported course's id may be up to 82 characters: keep the id unique, not readable.
	const local = questionId.slice(questionId.indexOf(':') + 1).replace(/[^a-z0-9-]/g, '-');
	return `${COURSE_QUESTION_PREFIX}${crc32Text(questionId).toString(36)}-${local}`.slice(
		0,
		MAX_ID_CHARS
	);
}

/** The bank's id rule allows 81 characters. */
const MAX_ID_CHARS = 81;

/**
 * Whether a student's device can open the question's source passage: only the built-in course's
 * articles ship with the app. A user course's document stays on the teacher's device, so the
 * student sees the quoted sentence without a link.
 */
export function sourceOnStudentDevice(question: QuizQuestion): boolean {
	return question.source.doc !== OWN_DOC && !isCourseQuestion(question);
}

/**
 * Whether a quiz question has a source passage to quote: a sentence of one of the course's
 * documents. A question the teacher wrote in the quiz editor has no document, and one imported
 * from a file that gave no source sentence has none to quote (`hasSourceSentence`).
 */
export function quotesPassage(question: Pick<QuizQuestion, 'source'>): boolean {
	return question.source.doc !== OWN_DOC && hasSourceSentence(question);
}

/**
 * A course's studied questions as a quiz draws them (`loadCourseBank(courseId)`): the built-in
 * course unchanged, a user course's questions under their quiz ids (`courseQuizId`), its
 * flashcards made questions a phone marks in the first form `types` allow (`withCardQuestions`:
 * short answer or multiple choice; issue 12, an own course's quiz had one question), and its
 * key-term blanks multiple choice when `types` ticks it and not Fill the blank
 * (`withBlankChoices`). Facts and
 * documents keep their course ids, so "never one fact twice" and the document filter still hold.
 * `fromCards` names the questions made from a flashcard, so the builder says which form each
 * takes.
 */
export function courseQuizIndex(
	index: BankIndex,
	courseId: string,
	types: readonly QuizQuestionType[] = QUIZ_TYPES
): CourseQuizIndex {
	if (courseId === BUILTIN_COURSE_ID)
		return { ...index, fromCards: new Set(), fromBlanks: new Set() };
	const cards = withCardQuestions(
		index.bank.questions.map((q) => ({ ...q, id: courseQuizId(q.id) })),
		types
	);
	const { questions, fromBlanks } = withBlankChoices(cards.questions, types);
	return { ...indexBank({ ...index.bank, questions }), fromCards: cards.fromCards, fromBlanks };
}

/**
 * The questions of several courses as one quiz draws them (teach49, issue 12: a teacher's unit
 * spans handouts she made into more than one course, and the built-in course; Moodle draws a
 * quiz's random questions from several question-bank categories, Kahoot merges questions of
 * several kahoots): each course's questions as `courseQuizIndex` makes them, its flashcards'
 * and blanks' wrong choices from that course alone, then all of them together, the first
 * course's first. Ids do not clash: a user course's questions, documents and facts start with
 * its id, the built-in course's with none. One course: `courseQuizIndex` of it.
 */
export function coursesQuizIndex(
	courses: readonly { id: string; index: BankIndex }[],
	types: readonly QuizQuestionType[] = QUIZ_TYPES
): CourseQuizIndex {
	const each = courses.map((c) => courseQuizIndex(c.index, c.id, types));
	if (each.length === 1) return each[0];
	return {
		...indexBank({
			version: 1,
			documents: each.flatMap((c) => c.bank.documents),
			questions: each.flatMap((c) => c.bank.questions)
		}),
		fromCards: new Set(each.flatMap((c) => [...c.fromCards])),
		fromBlanks: new Set(each.flatMap((c) => [...c.fromBlanks]))
	};
}

/**
 * What New quiz says of a quiz of several courses (`coursesQuizIndex`), of `courses` (the ones
 * drawn from, the chosen one first): how its questions travel (a user course's word for word in
 * the link, the built-in course's as short references every device resolves), that it has no
 * short join code and what students do instead, and where a flashcard's wrong choices come from.
 * '' for one course (`ownCourseWords` and the course's hint say it).
 */
export function severalCoursesWords(
	courses: readonly Pick<QuizCourseChoice, 'title' | 'builtin'>[]
) {
	if (courses.length < 2) return '';
	const own = courses.filter((c) => !c.builtin).map((c) => `“${c.title}”`);
	const builtin = courses.some((c) => c.builtin);
	const travel = builtin
		? `Questions of ${andList(own)} travel inside the quiz link word for word, as your students’ devices do not have ${own.length === 1 ? 'that course' : 'those courses'}; questions of the built-in course travel as short references, as every device has it, so they add little to the link.`
		: 'Your students’ devices have none of these courses, so every question travels inside the quiz link word for word.';
	return `${travel} A quiz of more than one course has no short join code (a join code only tells a phone how to draw questions from the built-in course alone): students scan the QR code or open the link. A flashcard asked as multiple choice takes its wrong choices from its own course only.`;
}

/**
 * The courses a stored quiz's questions come from, `courseId` (the course New quiz chose; the
 * built-in one for a quiz made before) first, then each other course a question's document
 * names (`courseIdOf`: a quiz of several courses, teach49), in question order. A question the
 * teacher wrote (`OWN_DOC`) names none. The Questions panel swaps from these, so a question of
 * the second course is swapped for another of it, not of the first only.
 */
export function quizCourseIds(quiz: {
	courseId?: string;
	questions: readonly Pick<QuizQuestion, 'source'>[];
}): string[] {
	const ids = new Set([quiz.courseId ?? BUILTIN_COURSE_ID]);
	for (const q of quiz.questions) if (q.source.doc !== OWN_DOC) ids.add(courseIdOf(q.source.doc));
	return [...ids];
}

/** A course's questions as a quiz draws them, with those made from a flashcard (`courseQuizIndex`). */
export interface CourseQuizIndex extends BankIndex {
	/** Quiz ids of the questions made from one of the course's flashcards. */
	fromCards: ReadonlySet<string>;
	/** Quiz ids of the key-term blanks asked as multiple choice (`withBlankChoices`). */
	fromBlanks: ReadonlySet<string>;
}

/** A course the quiz builder offers, with how many quiz-type questions it has. */
export interface QuizCourseChoice {
	id: string;
	title: string;
	builtin: boolean;
}

/**
 * The courses a quiz can be built from: the built-in course first, then each user course with at
 * least one accepted question (`questionCount`), in `listCourses` order (or `listCourseInfo`'s). A course with drafts
 * only has nothing to ask yet. Flashcards are counted too: the builder asks them as short answers
 * or multiple choice (`courseQuizIndex`), or says why it cannot (`noQuizReason`).
 *
 * The built-in course is offered even before its row is written: a quiz draws it from the
 * shipped bank (`loadBank`), and on a first visit the row comes only when the background install
 * ends, which left a teacher (and the fresh-clone CI) a course list without it.
 */
export function quizCourseChoices(
	courses: readonly Pick<CourseRecord, 'id' | 'title' | 'questionCount'>[]
): QuizCourseChoice[] {
	const listed = courses
		.filter((c) => c.id === BUILTIN_COURSE_ID || c.questionCount > 0)
		.map((c) => ({ id: c.id, title: c.title, builtin: c.id === BUILTIN_COURSE_ID }));
	if (listed.some((c) => c.builtin)) return listed;
	return [{ id: BUILTIN_COURSE_ID, title: BUILTIN_TITLE, builtin: true }, ...listed];
}

/**
 * What New quiz says when the course list could not be read, even on a second try: only the
 * built-in course is offered, and why, with the error's own words (`error`, whatever was thrown).
 */
export function coursesUnreadWords(error: unknown): string {
	const why = error instanceof Error && error.message ? ` (${error.message})` : '';
	return `Your own courses could not be read${why}, so only the built-in course is offered. Reload the page to try again; nothing was changed.`;
}

/** Why New quiz opened on its course: the address named it, or which rule chose it. */
export type StartingWhy = 'address' | 'last-worked' | 'newest-own' | 'builtin';

/**
 * The course New quiz opens on, of `choices` (`quizCourseChoices`): the one its address names
 * (`?course=`, a course's own New quiz link); else the course last worked in on this device
 * (`lastCourseWorked`: made, imported, studied, drafts accepted, a quiz built); else the newest
 * of the teacher's own courses with accepted questions (`installedAt` of `courses`, the rows
 * `choices` came from); else the built-in course. An outsider teacher (Kahoot and Moodle,
 * issue 12) had just made and accepted her own course and New quiz chose the built-in one; a
 * Moodle quiz is added inside the course one is in, and Kahoot opens on one's own kahoots.
 * `why` lets the page say which rule chose, so the choice is never made silently. Pure.
 */
export function startingQuizCourse(
	choices: readonly QuizCourseChoice[],
	courses: readonly Pick<CourseRecord, 'id' | 'installedAt'>[],
	wanted: string | null,
	lastWorked: string | null
): { courseId: string; why: StartingWhy } {
	const listed = (id: string | null) => !!id && choices.some((c) => c.id === id);
	if (listed(wanted)) return { courseId: wanted!, why: 'address' };
	if (listed(lastWorked)) return { courseId: lastWorked!, why: 'last-worked' };
	const own = courses
		.filter((c) => c.id !== BUILTIN_COURSE_ID && listed(c.id))
		.sort((a, b) => b.installedAt - a.installedAt);
	if (own.length) return { courseId: own[0].id, why: 'newest-own' };
	return { courseId: BUILTIN_COURSE_ID, why: 'builtin' };
}

/**
 * Draws a quiz from a user course (already `courseQuizIndex`ed): a random seed, no join code (a
 * join code redraws the quiz from the student's bank, which has no user course). Same rule as the
 * built-in draw: never two questions on one fact; of several courses, evenly across them
 * (`evenlyAcrossCourses`: 25 from two small courses and the built-in one were 4 and 21).
 *
 * With `shuffleChoices`, each multiple-choice question's choices are stored in a shuffled order:
 * an imported file lists the right answer first (GIFT `=right ~wrong`, Aiken's usual A), and the
 * projector and the paper version show the quiz's own order, so the answer was always A there
 * (phones shuffle again per attempt). The built-in bank already stores its choices shuffled.
 */
export function drawCourseQuiz(
	index: BankIndex,
	filters: {
		docs: string[];
		topics: string[];
		types: QuizQuestionType[];
		count: number;
		shuffleChoices?: boolean;
	},
	random: () => number = Math.random
): QuizQuestion[] {
	// Of a few draws, the first that asks as many as New quiz said (`askableCount`: give-aways
	// can leave one draw a question short), else the longest.
	const wanted = Math.min(
		filters.count,
		askableCount(matchingQuestions(index.bank.questions, filters))
	);
	let questions: QuizQuestion[] = [];
	for (let attempt = 0; attempt < 8 && questions.length < wanted; attempt++) {
		const drawn = buildQuizQuestions(
			index.bank.questions,
			{ ...filters, seed: Math.floor(random() * 2 ** 32) },
			DRAW_RULE,
			true
		);
		if (drawn.length > questions.length) questions = drawn;
	}
	return filters.shuffleChoices ? withShuffledChoices(questions, random) : questions;
}

/**
 * Each multiple-choice question's choices in a shuffled order (`drawCourseQuiz` says why), for
 * a user course's questions however they were picked, at random or by the teacher (`pick.ts`);
 * a built-in course's question of the same quiz as it is.
 */
export function withShuffledChoices(
	questions: readonly QuizQuestion[],
	random: () => number
): QuizQuestion[] {
	// A built-in question of a quiz of several courses keeps the bank's order: it travels by
	// reference, and the bank's choices are stored shuffled already.
	return questions.map((q) =>
		q.type === 'mcq' && q.choices && isCourseQuestion(q)
			? { ...q, choices: shuffled(q.choices, random) }
			: q
	);
}
