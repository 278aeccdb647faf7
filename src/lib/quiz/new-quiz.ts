import type { BankIndex } from '$lib/content/bank';
import { drawCourseQuiz, withShuffledChoices } from './course-source';
import { drawQuiz, type DrawnQuiz } from './join-code';
import { withoutMatching, type MadeChoices } from './matching-choices';
import { pickedQuestions, type PickFilters } from './pick';
import { randomId } from './random';
import { type Quiz, type QuizQuestion, type QuizSettings, type TimerMode } from './types';

/**
 * New quiz's draw (issue 12): the questions its choices give, under a fresh quiz id. Pure but for
 * `random`; the page keeps the choices and saves what this returns.
 */

/**
 * The id a question file added on New quiz goes by among its courses (`file-course.ts`); no
 * course's id is it.
 */
export const FILE_COURSE_ID = 'quiz-file';

/**
 * `questions` (a quiz New quiz drew) with each of a file's questions (`own`, by quiz id) as the
 * teacher's own question it is asked as (`file-course.ts`), in its place: it travels in the link
 * word for word and names no course. Every other question as it is. Pure.
 */
export function withFileQuestions(
	questions: readonly QuizQuestion[],
	own: ReadonlyMap<string, QuizQuestion> | undefined
): QuizQuestion[] {
	return own ? questions.map((q) => own.get(q.id) ?? q) : [...questions];
}

/** What New quiz was told: the course, its filters and how its questions are found. */
export interface NewQuizChoice {
	index: BankIndex;
	/** The built-in course: every student's device has it, so a join code can carry the draw. */
	builtin: boolean;
	filters: PickFilters;
	/** Questions wanted at random, 1–`LIMITS.maxQuestions` and at most the facts that match. */
	count: number;
	/** The teacher's chosen question ids in quiz order, or null when drawn at random. */
	chosen: readonly string[] | null;
	/** With `chosen`: questions drawn at random make them up to `fillTo` (`pickedQuestions`). */
	fillTo: number;
	settings: QuizSettings;
	/**
	 * A course of the teacher's own: which questions' choices the app drew (`courseQuizIndex`'s
	 * `fromCards`, `fromBlanks`), redrawn so the quiz is no matching exercise (`withoutMatching`).
	 */
	made?: Omit<MadeChoices, 'course'>;
	/**
	 * A file's questions added (`file-course.ts`), by quiz id: each drawn is asked as the
	 * teacher's own question it is (`withFileQuestions`).
	 */
	fileQuestions?: ReadonlyMap<string, QuizQuestion>;
}

/**
 * The time limit in seconds a timer choice gives: the whole quiz's minutes or each question's
 * seconds, rounded; 0 with no timer. The page checks the range (`LIMITS.maxSeconds`).
 */
export function timeLimitSeconds(timer: TimerMode, minutes: number, seconds: number): number {
	if (timer === 'quiz') return Math.round(minutes * 60);
	return timer === 'question' ? Math.round(seconds) : 0;
}

/** The teacher's chosen questions in order, made up at random to `fillTo` when it is more. */
export function chosenQuestions(choice: NewQuizChoice, random: () => number) {
	const fill = choice.fillTo ? { filters: choice.filters, fillTo: choice.fillTo } : null;
	return pickedQuestions(choice.index, choice.chosen ?? [], fill, random);
}

/**
 * The quiz `choice` makes, its id not in `taken`. The built-in course drawn at random: by a seed
 * a short join code carries, when the choices fit one (`drawQuiz`). A course of the teacher's
 * own, or chosen questions: no join code (students' devices lack the course; a join code redraws
 * at random from its seed, so chosen questions are marked `handPicked`), answer choices shuffled
 * here when the settings ask, after the choices the app drew are redrawn so the quiz is no
 * matching exercise (`withoutMatching`, with `choice.made`).
 */
export function drawNewQuiz(
	choice: NewQuizChoice,
	taken: ReadonlySet<string>,
	random: () => number = Math.random
): DrawnQuiz {
	let id = randomId(10);
	while (taken.has(id)) id = randomId(10);
	const { shuffleChoices } = choice.settings;
	const unmatched = (questions: QuizQuestion[]) =>
		choice.made
			? withoutMatching(questions, { ...choice.made, course: choice.index.bank.questions })
			: questions;
	if (choice.chosen) {
		const questions = unmatched(chosenQuestions(choice, random));
		return {
			id,
			questions:
				choice.builtin || !shuffleChoices ? questions : withShuffledChoices(questions, random),
			handPicked: true
		};
	}
	const filters = { ...choice.filters, count: choice.count };
	if (choice.builtin)
		return drawQuiz(
			choice.index.bank,
			{ ...filters, settings: choice.settings },
			(quizId) => taken.has(quizId),
			() => randomId(10),
			random
		);
	const drawn = unmatched(drawCourseQuiz(choice.index, filters, random));
	return { id, questions: shuffleChoices ? withShuffledChoices(drawn, random) : drawn };
}

/** What New quiz's form gives a quiz besides its draw. */
export interface NewQuizDetails {
	title: string;
	/** The course drawn from (`StoredQuiz.courseId`). */
	courseId: string;
	/** Milliseconds since the epoch. */
	createdAt: number;
}

/** The quiz New quiz saves: a `Quiz` with its course, and `handPicked` for chosen questions. */
export type NewQuiz = Quiz & { courseId: string; handPicked?: true };

/**
 * The quiz `choice` and `details` make (`drawNewQuiz`, its id not in `taken`). New quiz says
 * what a quiz will ask (its forms) and how many of its questions fit a QR code from the quiz
 * this returns, and Create saves that same quiz, so the page never promises one quiz and makes
 * another (outsider teacher: the page said 4 of 10 fit a code, Create then said 3 of 10, as the
 * estimate was made on a stand-in quiz with other settings and no date).
 */
export function newQuiz(
	choice: NewQuizChoice,
	details: NewQuizDetails,
	taken: ReadonlySet<string>,
	random: () => number = Math.random
): NewQuiz {
	const drawn = drawNewQuiz(choice, taken, random);
	return {
		id: drawn.id,
		title: details.title,
		createdAt: details.createdAt,
		settings: choice.settings,
		questions: withFileQuestions(drawn.questions, choice.fileQuestions),
		courseId: details.courseId,
		...(drawn.handPicked ? { handPicked: true as const } : {})
	};
}
