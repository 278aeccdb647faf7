import type { SkippedLine } from '$lib/generator/glossary-skips';
import type { QueueQuestion } from '$lib/srs/queue';
import type { Question } from '$lib/content/schema';
import type { AnkiNoteTypeFormats } from '$lib/content/anki-ref';
import { largest } from '$lib/text/largest';

/**
 * The rows of the `flashpoint` IndexedDB database that hold the student's data and courses (cards,
 * answers, days, settings, holds, courses, documents, questions, Anki note types), with the
 * constants and id rules that go with them. Dates are epoch milliseconds (numbers index and
 * compare fast, and survive a JSON backup unchanged); study days are local `YYYY-MM-DD`. The
 * index tables' rows, derived from these (`items`, `fresh`, `tallies`), are in
 * `index-records.ts`.
 */

/** FSRS card states, as ts-fsrs numbers them. */
export type CardState = 0 | 1 | 2 | 3;
export const CARD_STATE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

/**
 * Whether a card in `state` is a learning card: learning or relearning (a forgotten card back in
 * its steps), as Anki's learning queue holds both. The one definition of "Learning" on Home,
 * Study and Stats (`countKind` for today's counts, `stateTally` for Cards by state): they once
 * differed (Stats left relearning cards out), and after a merge Home said "Learning 33" and
 * Stats 32 (outsider, issue 14).
 */
export function isLearningState(state: number): boolean {
	return state === CARD_STATE.learning || state === CARD_STATE.relearning;
}

/** Ratings, as ts-fsrs numbers them. */
export type RatingValue = 1 | 2 | 3 | 4;
export const RATING = { again: 1, hard: 2, good: 3, easy: 4 } as const;

/**
 * One question's scheduling state: a ts-fsrs card, keyed by question id. A question with no row
 * is new; rows are created when a question is first answered (or queued by
 * `queueQuestionsForStudy`), so a bigger bank needs no migration.
 */
export interface CardRecord {
	questionId: string;
	/** When the card is next due (ms). Indexed: today's queue is a range query on it. */
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	/** Times forgotten after being learned. Indexed (v2) for the leech list. */
	lapses: number;
	state: CardState;
	lastReview: number | null;
	/** Set once `lapses` reaches the leech threshold. */
	leech: boolean;
	/**
	 * Present only while the student has asked for this question today ("add to my study
	 * queue"); cleared by the next answer. Indexed (v2), so the index holds only queued cards.
	 */
	queuedAt?: number;
}

/**
 * How an answer was turned into a rating: 'self', the student's own grade (a flashcard, or
 * Show answer on a typed question: Again with nothing typed); 'auto', marked by Flashpoint;
 * 'override', the student changed the mark ("I was right", or Again after a right answer).
 */
export type GradingMode = 'self' | 'auto' | 'override';

/**
 * Every answer ever given. Holds the card exactly as it was before the answer (to undo, and to
 * re-optimise FSRS parameters from the full history later) and the resulting schedule.
 */
export interface ReviewRecord {
	/** This device's key (auto-increment); differs between devices for the same answer. */
	id?: number;
	/**
	 * The answer's global id, a UUIDv7 (`uuid.ts`), the same on every device that has it: Merge
	 * unions answers by it. Written since schema v5 (older rows filled by the upgrade).
	 */
	uuid?: string;
	questionId: string;
	rating: RatingValue;
	/** When the answer was given (ms). */
	answeredAt: number;
	/** Study day of `answeredAt` (v2: derived by the migration for older rows). Indexed. */
	studyDay: string;
	/**
	 * When that study day began (ms), where it began (`StudyToday.dayStart`): after a move east
	 * the day goes on until it has lasted long enough (`studyToday`). Absent on older rows and
	 * on rows from a course file's history.
	 */
	dayStart?: number;
	/** Time from showing the question to answering it (ms). */
	durationMs: number;
	grading: GradingMode;
	/**
	 * Auto-graded questions: whether the answer was right (after any "I was right"); false for
	 * Show answer on a typed question. Null for a flashcard.
	 */
	correct: boolean | null;
	/**
	 * When the schedule shown to the student was computed (ms), if not `answeredAt`: a regrade
	 * computes from it again, so the new grade gets the interval its button showed.
	 */
	previewAt?: number;
	/**
	 * The question's sibling keys when answered (schema v10, `answer-siblings.ts`): its fact and
	 * source-sentence key, as its `items` row had them, so today's answers read as one range
	 * say which siblings to bury without one `get` per answer. `null`: the question was in no
	 * course (nothing to bury). Absent: not filled (rows older than the v10 upgrade's window,
	 * answers from a backup or another device before they are filled): the queue then reads the
	 * question's item, as before v10. Kept on this device only: Export leaves it out.
	 */
	siblings?: AnswerSiblings | null;
	/**
	 * Added here by Import → Merge from another device's log: its key says when it arrived, not
	 * when it was given, so Check database's clock rule (`clock-days.ts`) leaves it out. Absent
	 * on this device's own answers. Kept in backup files.
	 */
	merged?: true;
	/** The card before this answer; null when this was the question's first answer. */
	before: CardRecord | null;
	/** The schedule this answer produced. */
	after: Pick<CardRecord, 'due' | 'state' | 'stability' | 'difficulty' | 'scheduledDays'>;
}

/** What sibling burying needs of an answered question (`ReviewRecord.siblings`). */
export interface AnswerSiblings {
	/** Its `fact` key. */
	fact: string;
	/** Its source-sentence key (`sentenceKey`), if it has a source sentence. */
	sentence?: string;
}

/** Per study day totals, kept in the same transaction as each answer. */
export interface DayRecord {
	day: string;
	/** Every answer given that day. */
	answers: number;
	/** First answers to new questions (counts against "new per day"). */
	newCards: number;
	/** Answers to cards in review state (counts against "maximum reviews per day"). */
	reviewCards: number;
	/** Answers rated Again. */
	again: number;
	/**
	 * Answers to cards in review state not rated Again (true retention's numerator; its
	 * denominator is `reviewCards`). Since schema v5; absent in backup files, which are
	 * recounted from their answers on import (`withRetainedCounts`).
	 */
	retained?: number;
	/** Total answering time (ms). */
	timeMs: number;
	/**
	 * Consecutive study days with answers ending on this day, 0 with none (schema v11,
	 * `streaks.ts`, kept by its middleware on every write). This device's bookkeeping: backups
	 * leave it out and every write counts it again.
	 */
	streak?: number;
	/**
	 * Running totals over every day up to and including this one (schema v12, `streaks.ts`,
	 * kept by the same middleware): answers, review-state answers and those retained (each
	 * day's `retained` at most its `reviewCards`, as `retentionFromDays` counts), so Stats reads
	 * the days it shows and the latest row, not every day. Bookkeeping, left out of backups.
	 */
	sums?: DaySums;
}

/** `DayRecord.sums`. */
export interface DaySums {
	answers: number;
	reviewCards: number;
	retained: number;
}

export interface SettingRecord {
	key: string;
	value: unknown;
}

export function emptyDay(day: string): DayRecord {
	return { day, answers: 0, newCards: 0, reviewCards: 0, again: 0, retained: 0, timeMs: 0 };
}

/** The id of the course shipped with the app (`questions/bank.json`). */
export const BUILTIN_COURSE_ID = 'builtin';

/** The title of the course shipped with the app. */
export const BUILTIN_TITLE = 'Turkey between Serbia and Kosovo, 2008–2025';

/**
 * A course: the built-in one, or (issue 12) one a user made from their own documents. Its
 * questions and documents live in the `questions` and `documents` tables, validated once when
 * the course was installed or imported, so no screen re-validates them on load.
 *
 * Ids never collide across courses: question and document ids are the primary keys of their
 * tables. The built-in course keeps its bank ids (so every card and answer since v1 keeps
 * pointing at its question); a user course prefixes its ids with its own id
 * (`<courseId>:<id>`, see `courseItemId`). Cards are keyed by question id and review rows by
 * an auto-increment key, so neither can collide either.
 */
export interface CourseRecord {
	id: string;
	title: string;
	kind: 'builtin' | 'user';
	/**
	 * Content hash of the bank this course was installed from (hex SHA-256 prefix): when the
	 * shipped bank's hash differs, the course is validated and written again. Empty for a
	 * user's course, which is never reinstalled.
	 */
	hash: string;
	/** When it was installed or last updated (ms). */
	installedAt: number;
	/** Questions studied: every question of the built-in course; a user course's accepted ones. */
	questionCount: number;
	documentCount: number;
	/**
	 * Every question's id, fact key, source-sentence key, type and rank (`toQueueQuestion`), in
	 * course order: all today's queue and Home's counts need from the questions, read as one
	 * row instead of every question. A user course lists only its accepted questions.
	 */
	queue: QueueQuestion[];
}

/**
 * A card left out of study (schema v18, table `holds`, `card-holds.ts`), as Anki's `-` and `@`:
 * `buried` until the next study day begins (`until`, ms: that day's 4 AM where the student is,
 * as `studyToday` counts days), or `suspended` until the student unsuspends it (`until` is
 * `SUSPENDED_UNTIL`, so one index range, `until` above now, gives every card held now). Any
 * studied question may be held, new ones too (no card row is made). Today's queue, Home's and
 * Study's counts leave held cards out; the card's schedule is untouched.
 */
export interface CardHoldRecord {
	questionId: string;
	kind: 'buried' | 'suspended';
	until: number;
	/** When it was held (ms). */
	at: number;
}

/** `CardHoldRecord.until` of a suspended card: never ends by itself. */
export const SUSPENDED_UNTIL = Number.MAX_SAFE_INTEGER;

/** A course's source document; `position` is its order in the course's list. */
export interface DocumentRecord {
	id: string;
	courseId: string;
	position: number;
	title: string;
	outlet: string;
	author?: string;
	/**
	 * ISO `YYYY-MM-DD` or `YYYY-MM`; absent when the document gives none and the person set none
	 * (a date is never invented: screens say "no date", issue 12).
	 */
	date?: string;
	dateApproximate: boolean;
	dateNote?: string;
	/** The document's text (user documents; the built-in articles ship as their own files). */
	text?: string;
	/**
	 * The terms its author bolded in running text (`$lib/documents/emphasis.ts`, at most
	 * `MAX_TERMS`), kept so drafts made from the stored row later read them as the first drafts
	 * did (gen51, issue 12). Not indexed, so no schema version: a row stored before has none and
	 * reads as a document that bolds nothing.
	 */
	emphasis?: string[];
	/**
	 * The glossary-like lines ("- **Term** – meaning") that gave no draft when the document was
	 * added, each with the generator's reason code (`SkippedLine`, gen83): Review drafts lists
	 * them with the reason in words and a way to write the card by hand. Not indexed, no schema
	 * version: a row stored before has none. Not part of a backup (it says what one run did).
	 */
	skipped?: SkippedLine[];
	/**
	 * The row's size in UTF-8 bytes of its JSON without this field (`documentBytes`), set on
	 * every write (`documentBytesMiddleware`, schema v17) and indexed with the course
	 * (`[courseId+bytes]`), so Settings sizes a course's documents without reading their texts.
	 * Not part of a backup (`readUserCourses` leaves it out; a restored row gets it again).
	 */
	bytes?: number;
}

/** A global question or document id for item `id` of user course `courseId`. */
export function courseItemId(courseId: string, id: string): string {
	return courseId === BUILTIN_COURSE_ID ? id : `${courseId}:${id}`;
}

/**
 * The course an item (question or document id) belongs to: the prefix before `:` of a user
 * course's ids, else the built-in course (whose ids carry no colon: `DocumentSchema` and
 * `QuestionSchema` ids are lower-case letters, digits and dashes).
 */
export function courseIdOf(itemId: string): string {
	const colon = itemId.indexOf(':');
	return colon < 0 ? BUILTIN_COURSE_ID : itemId.slice(0, colon);
}

/** The course-local part of an item id (`<courseId>:<local>` → `<local>`; a built-in id as is). */
export function localItemId(itemId: string): string {
	return itemId.slice(itemId.indexOf(':') + 1);
}

/**
 * The number a course's next item of kind `prefix` takes (`q` questions, `d` documents, whose
 * local ids are `<prefix>-<n>`): one more than the largest such n among `items`' ids, 1 with none
 * (ids numbered otherwise, as an import's kept ids may be, count as 0).
 */
export function nextItemNumber(prefix: 'q' | 'd', items: readonly { id: string }[]): number {
	const pattern = new RegExp(`^${prefix}-(\\d+)$`);
	const numbers = items.map(({ id }) => Number(pattern.exec(localItemId(id))?.[1] ?? 0));
	return largest(numbers, 0) + 1;
}

/**
 * Review status of a user course's question (`$lib/courses/create.ts`): generated questions
 * start as `draft`; only `accepted` ones are studied (they alone are in the course row's
 * `queue` and `questionCount`).
 */
export type DraftStatus = 'draft' | 'accepted' | 'rejected';

/**
 * A course's question, as validated at install (`Question`), with its course and order.
 * `status` is absent for the built-in course (every question studied). In a user course `id`
 * is `<courseId>:q-<n>`, `fact` is prefixed with `<courseId>:` too, and `source.doc` is the
 * id of its `documents` row.
 */
export type QuestionRecord = Question & {
	courseId: string;
	position: number;
	status?: DraftStatus;
	/**
	 * When it joined study on this device (ms): first stored studied (a course made or imported, a
	 * question written, the built-in course installed) or accepted from the drafts (schema v16,
	 * `addedAtMiddleware`; rows older than v16 have their course's `installedAt`). What "Preview
	 * new cards" calls added. Absent on a draft never accepted.
	 */
	addedAt?: number;
};

/** Whether a question is studied: accepted, or (built-in and imported rows) no status at all. */
export function isStudied(question: { status?: DraftStatus }): boolean {
	return question.status === undefined || question.status === 'accepted';
}

/**
 * An Anki note type's card formats and styling as a course keeps them (schema v15, table
 * `ankiNoteTypes`, key `[courseId, id]`): read from an imported package, written back by the
 * `.apkg` export, never rendered here (anki50).
 */
export type AnkiNoteTypeRecord = AnkiNoteTypeFormats & { courseId: string };
