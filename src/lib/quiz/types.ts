import { TYPE_LABELS } from '$lib/content/type-labels';
import type { Question } from '$lib/content/schema';
import type { AttemptLimit } from './attempt-limit';

/** Question types a class quiz can check. Flashcards have no answer to mark, so they stay in Study. */
export const QUIZ_TYPES = ['mcq', 'truefalse', 'cloze', 'short'] as const;
export type QuizQuestionType = (typeof QUIZ_TYPES)[number];

/** Whether a question of `type` can be in a class quiz (`QUIZ_TYPES`). */
export function isQuizType(type: string): type is QuizQuestionType {
	return (QUIZ_TYPES as readonly string[]).includes(type);
}

/**
 * Every type a class quiz asks: a course's (`QUIZ_TYPES`), and `multi`, Moodle's multiple-answer
 * question ("Choose all that apply", each choice weighted: `QuizQuestion.weights`), which only a
 * quiz file (GIFT, Moodle XML) brings, as no course question has it (teacher from Moodle,
 * session 38: it was left out of her file).
 */
export const ASKED_TYPES = [...QUIZ_TYPES, 'multi'] as const;
export type AskedType = (typeof ASKED_TYPES)[number];

/** The quiz types' names: the app's one table (`TYPE_LABELS`), flashcards aside. */
export const QUIZ_TYPE_LABELS: Record<AskedType, string> = {
	mcq: TYPE_LABELS.mcq,
	truefalse: TYPE_LABELS.truefalse,
	cloze: TYPE_LABELS.cloze,
	short: TYPE_LABELS.short,
	multi: 'Choose all that apply'
};

/** What a quiz needs of a bank question: enough to ask it, mark it and explain it. */
export type QuizQuestionWords = Pick<
	Question,
	'id' | 'prompt' | 'answer' | 'accept' | 'choices' | 'explanation' | 'source' | 'numeric'
> & { type: AskedType };

/**
 * A quiz question. A bank question the teacher reworded keeps its bank original in `from` (on
 * the teacher's device only), so its link carries only what changed (`reworded.ts`).
 */
export type QuizQuestion = QuizQuestionWords & {
	from?: QuizQuestionWords;
	/**
	 * Partly right answers and the share of the mark each gets, in percent (1–99), by their
	 * text: choices of a multiple-choice question, or typed forms (not the key nor `accept`) of a
	 * short answer or cloze. From a GIFT or Moodle XML file (`~%50%…`, `=%50%…`, `fraction="50"`:
	 * teacher outsider, session 37); marked by `creditOf`, carried in the link, exported back.
	 */
	credit?: Record<string, number>;
	/**
	 * `multi` only: each choice's weight in percent (−100…100), in `choices`' order, as Moodle's
	 * multiple-answer question gives them (`<single>false</single>` fractions, GIFT `~%50%`): the
	 * right choices' weights are positive and add up to 100, a wrong one's is 0 or negative.
	 * Marked by Moodle's rule (`multiCredit`). Its `answer` is the right choices, for lists
	 * (`multiKeyText`).
	 */
	weights?: number[];
	/**
	 * The teacher's regrade of typed responses in the class report, by response folded
	 * (`responseKey` in regrade.ts): true "Accept this answer", false "Stop accepting". On the
	 * teacher's device only (never in a link or a content hash); the key and `accept` stay as
	 * they are.
	 */
	judged?: Record<string, boolean>;
};

export type TimerMode = 'none' | 'quiz' | 'question';

export interface QuizSettings {
	timer: TimerMode;
	/** Seconds for the whole quiz or for each question; ignored when `timer` is `none`. */
	seconds: number;
	shuffleQuestions: boolean;
	shuffleChoices: boolean;
	allowBack: boolean;
	/** Whether students see the right answers in their review at the end. */
	showAnswers: boolean;
	/**
	 * How many times each student may submit, counted on their device (`attempt-limit.ts`);
	 * absent: unlimited (every quiz made before the setting).
	 */
	attempts?: AttemptLimit;
}

export interface Quiz {
	/** Random, URL-safe; a result code names its quiz by it. */
	id: string;
	title: string;
	/** Milliseconds since the epoch. */
	createdAt: number;
	settings: QuizSettings;
	questions: QuizQuestion[];
	/**
	 * Set on a quiz opened from its QR code when that code left out the explanations and source
	 * passages of the questions it carries word for word (`leanQuiz`): they are in the teacher's
	 * link, and the student is told so.
	 */
	lean?: boolean;
	/**
	 * With `lean`: the version of the teacher's questions (`quizVersionId`), for the result code;
	 * the lean questions have short ids of their own, so their own hash would differ.
	 */
	version?: string;
}

/**
 * A student's answer to one question, in the quiz's own order: the index of the chosen choice
 * (multiple choice), the indices of the ticked choices in ascending order (`multi`, never
 * empty), true/false, typed text, or null when left blank.
 */
export type Answer = number | number[] | boolean | string | null;

export interface QuizResult {
	quizId: string;
	/**
	 * Which attempt this is: random per attempt on the student's device, so two pupils called Ana
	 * are two results and the same code scanned twice is one. Codes of format 1 had none; theirs
	 * is derived from their contents (see `decodeResult`).
	 */
	attemptId: string;
	name: string;
	answers: Answer[];
	/** Seconds from start to submit, never negative, at most the quiz's time limit. */
	seconds: number;
	/** Milliseconds since the epoch. */
	finishedAt: number;
	/**
	 * The version of the quiz answered (`quizVersionId` of its questions, 8 hex digits), so the
	 * teacher marks it against those questions (`versions.ts`). Absent in codes made before.
	 */
	version?: string;
	/**
	 * Which of this name's attempts on the student's device it is, from 1 (`attemptNumber`);
	 * absent in codes made before quiz44.
	 */
	attempt?: number;
}

/** Questions a quiz had before the teacher changed them: a phone may still have them. */
export interface QuizVersion {
	/** `quizVersionId` of `questions`. */
	id: string;
	questions: QuizQuestion[];
	/** Milliseconds since the epoch when the teacher changed them. */
	until: number;
}

export const LIMITS = {
	titleChars: 80,
	nameChars: 40,
	typedAnswerChars: 200,
	maxQuestions: 50,
	maxSeconds: 3 * 60 * 60
} as const;

export const DEFAULT_SETTINGS: QuizSettings = {
	timer: 'none',
	seconds: 600,
	shuffleQuestions: true,
	shuffleChoices: true,
	allowBack: true,
	showAnswers: true
};
