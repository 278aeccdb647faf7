import * as v from 'valibot';
import {
	AnkiNoteRefSchema,
	type AnkiNoteRef,
	type AnkiNoteTypeFormats
} from '$lib/content/anki-ref';
import { NumericSchema, type NumericAnswer } from '$lib/content/numeric';
import { QUESTION_TYPES, type QuestionType } from '$lib/content/schema';
import { firstWords } from '$lib/text/first-words';

/**
 * A question as it travels in and out of other tools' files (Anki, Quizlet, GIFT, Aiken,
 * Moodle XML, spreadsheets). It is the bank's question without what only Flashpoint knows:
 * an imported question has no source sentence unless the file carries one, and none is
 * ever invented.
 */
export interface PortableQuestion {
	/** The file's own stable id where it has one (Anki note GUID, Moodle `idnumber`, GIFT title). */
	externalId?: string;
	/**
	 * In an export only: the Anki card this question was imported as (its stored `externalId`:
	 * the note GUID, `<guid>#r` for a reversed card, `<guid>#c<n>` for cloze deletion n). The
	 * Anki writers put that GUID back on the note (`ankiNotes`), so Anki updates the note it
	 * came from instead of adding a duplicate beside it (student outsider, session 33).
	 */
	ankiCard?: string;
	/**
	 * The question's Anki note (`$lib/content/anki-ref.ts`): its GUID and, read from an Anki
	 * package, the note type, deck and fields Anki had; the `.apkg` writer writes the note back
	 * as Anki has it, so Anki updates it (anki47).
	 */
	anki?: AnkiNoteRef;
	/**
	 * The question's own name in its file (a GIFT `::name::`, a Moodle XML `<name>`), only when it
	 * is not the default a writer gives (`ownName`); written back as its name (`questionName`).
	 */
	name?: string;
	type: QuestionType;
	/** For `cloze`, exactly one `____` blank; for a flashcard, the front. */
	prompt: string;
	/** `"true"`/`"false"` for true/false; the back of a flashcard. */
	answer: string;
	/** Other typed answers that count as right (short answer, cloze). */
	accept?: string[];
	/** Multiple choice only: the answer plus the distractors, in the file's order. */
	choices?: string[];
	/** A numerical answer (Moodle's numerical question), short answer or cloze only. */
	numeric?: NumericAnswer;
	/**
	 * Partly right answers with their weight in percent (1–99), by their text: choices of a
	 * multiple-choice question (GIFT `~%50%…`, Moodle `fraction="50"`), or typed forms of a short
	 * answer or cloze not among `answer` and `accept` (GIFT `=%50%…`). Read only for a class
	 * quiz (`ReadOptions.credit`), which marks them (`creditOf`); written back with the weight.
	 */
	credit?: Record<string, number>;
	explanation?: string;
	/**
	 * A true/false part of a Moodle multiple-answer question: its choice's weight in percent
	 * (−100…100) as the file gave it, written back as given (`moodle-parts.ts`).
	 */
	weight?: number;
	/**
	 * The explanation is one text for every student (Flashpoint made or a teacher wrote it), never
	 * per-answer feedback folded in (`answer-feedback.ts`): a writer puts it all in the general
	 * feedback. A generated "False: the text gives 2011, not 2020." read as a fold went on the
	 * False answer alone, lower-case, seen only by who chose it (outsider teacher, issue 12).
	 */
	wholeExplanation?: true;
	/** Categories, decks or tags, as plain names. */
	topics: string[];
	/** The sentence the question rests on, only when the file carries one. */
	quote?: string;
	/**
	 * The file has no tags for this question (an Anki text without a tags column): a re-import
	 * adds `topics` (a deck) to the course question's own instead of replacing them.
	 */
	keepTopics?: true;
	/**
	 * The format cannot tell a flashcard from a short answer (Quizlet's term and definition): read
	 * as a flashcard, it is the course's short answer or flashcard of the same prompt, whose type a
	 * re-import keeps (`frontBackQuestion`).
	 */
	looseType?: true;
	/**
	 * The format has no place for other accepted answers or a number's tolerance (Quizlet, Aiken,
	 * a sheet without such a column): a re-import keeps the course question's `accept`, and its
	 * `numeric` while the answer's text is the same.
	 */
	keepAnswers?: true;
}

/**
 * `topics` without repeats, the first spelling of each kept: names that differ only in case
 * are one topic, as Anki's tags are case-insensitive (a deck "Balkans::Capitals" with the tag
 * "capitals" read "Capitals, geo, capitals": outsider, session 29). Accents still tell names
 * apart, as in Anki. Blank names are left out. Every reader and the import's topic merge use it.
 */
export function distinctTopics(topics: Iterable<string>): string[] {
	const seen = new Set<string>();
	const kept: string[] = [];
	for (const topic of topics) {
		const key = topic.normalize('NFC').toLowerCase();
		if (!topic.trim() || seen.has(key)) continue;
		seen.add(key);
		kept.push(topic);
	}
	return kept;
}

/** One thing in a file that could not be imported, located for a person to find it. */
export interface ImportProblem {
	/** 1-based line in the file, where the format has lines. */
	line?: number;
	/** The question's own name in the file (a GIFT `::name::`, a Moodle XML `<name>`), if any. */
	name?: string;
	message: string;
}

/**
 * Where a problem is, as the import screens say it: "Line 25, “Q7 typo”", "Line 25", "“Q7
 * typo”", or '' (a teacher finds a question by its name in her file as often as by its line).
 */
export function problemPlace(problem: ImportProblem): string {
	const name = problem.name ? `“${problem.name}”` : '';
	return [problem.line ? `Line ${problem.line}` : '', name].filter(Boolean).join(', ');
}

/** One answer from another tool's review log (Anki's `revlog`). */
export interface PortableAnswer {
	/** When it was given (ms since the epoch; Anki's revlog id). */
	at: number;
	/** Again 1, Hard 2, Good 3, Easy 4 (Anki's `ease`, the same buttons). */
	rating: 1 | 2 | 3 | 4;
	/** Time spent answering (ms; Anki caps it, 60 s by default). */
	durationMs: number;
}

/** A card held in the tool a file came from (`ImportResult.held`): its `externalId` and how. */
export interface PortableHold {
	externalId: string;
	kind: 'suspended' | 'buried';
}

/**
 * One card's scheduling history in the tool a file came from: its answers and, where the file
 * says, when the card is next due and its FSRS memory state. Read only from Anki packages.
 */
export interface PortableHistory {
	/** The `externalId` of the question this card became. */
	externalId: string;
	/** Oldest first. */
	answers: PortableAnswer[];
	/** When the tool has the card due next (ms), for a card in learning or review. */
	due?: number;
	/** Anki's FSRS memory state (`cards.data` `s`, `d`): stability in days, difficulty 1–10. */
	memory?: { stability: number; difficulty: number };
	/**
	 * The card's state in the tool: learning 1, review 2, relearning 3 (Anki's card `type`,
	 * whatever its queue: a suspended or buried review card is still a review card). Absent for a
	 * card the tool has as new, whose state the replay decides.
	 */
	state?: 1 | 2 | 3;
	/**
	 * The card's answers and lapses as the tool counts them (Anki's `cards.reps`, `cards.lapses`),
	 * for a card past new: the card keeps them, though its log may hold fewer answers or none that
	 * lapsed (a log Anki trimmed, a deck made by a script; anki52: lapses 1 and 3 came back 0).
	 */
	reps?: number;
	lapses?: number;
}

/**
 * How a reader reads: `credit`, partly right answers kept with their weight (`PortableQuestion
 * .credit`) for a class quiz, which marks them; without it (a course, which has no place for
 * them) they are left out and said so, as before.
 */
export interface ReadOptions {
	credit?: boolean;
	/**
	 * For a class quiz: a multiple-answer question (Moodle's several right choices with weights)
	 * is read as its true/false parts with no note saying so, as the quiz puts them back together
	 * as one question (`fileItems` in `$lib/quiz/multi-answer.ts`; session 37 refused it by name,
	 * session 38 asks it). A course reads it as its parts, said in a note.
	 */
	multiAnswerWhole?: boolean;
	/**
	 * For a class quiz, which counts every question 1: a note names the questions whose default
	 * mark (Moodle XML `<defaultgrade>`) is another, as their weight is not kept (`weightsNote`).
	 */
	weightsNote?: boolean;
}

/** What a reader makes of a file: the questions it could read and what it could not. */
export interface ImportResult {
	questions: PortableQuestion[];
	problems: ImportProblem[];
	/** Things a person should know that are not errors ("12 images were left out"). */
	notes: string[];
	/** Scheduling history (Anki packages only), imported only when the person asks for it. */
	history?: PortableHistory[];
	/**
	 * Cards suspended (Anki's queue −1) or buried (−2, −3) in the package, by `externalId`,
	 * answered or not: held here too with the history (`CardHoldRecord`; issue 12, a student
	 * from Anki). Absent when none is.
	 */
	held?: PortableHold[];
	/**
	 * Why an Anki package whose review log has entries brings no `history` (its summary must not
	 * say the file has none, outsider teacher, issue 12): `unreadable`, the log could not be read;
	 * `refused`, every answer for the imported cards was refused (dated in the future, unknown
	 * button: `problems` says which); `no-answers`, the log holds no answer to an imported card
	 * (only cramming, rescheduling, or answers to notes not imported). Absent: no log entries.
	 */
	historyGap?: 'unreadable' | 'refused' | 'no-answers';
	/**
	 * The file's own name for its questions, where it has one (`fileTitle`: an Anki deck, a GIFT
	 * or Moodle XML category): a new course is named by it before the file's name.
	 */
	title?: string;
	/**
	 * Anki packages only: the card formats and styling of the note types the questions keep
	 * (`AnkiNoteRef.noteType`), stored with the course for an export (anki50), never shown.
	 */
	noteTypes?: AnkiNoteTypeFormats[];
}

/** What a writer produced, and what it had to leave out and why. */
export interface ExportResult {
	text: string;
	skipped: { question: PortableQuestion; reason: string }[];
}

const text = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20_000));
/** Longest name kept: Moodle's `question.name` column holds 255 characters. */
const NAME_LIMIT = 255;

/**
 * The check every reader's output passes before a preview shows it: the same shape rules as
 * the bank (one blank in a cloze, the answer among the choices, true/false keys).
 */
export const PortableQuestionSchema = v.pipe(
	v.object({
		externalId: v.optional(v.pipe(v.string(), v.maxLength(200))),
		anki: v.optional(AnkiNoteRefSchema),
		name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(NAME_LIMIT))),
		type: v.picklist(QUESTION_TYPES),
		prompt: text,
		answer: text,
		accept: v.optional(v.array(text)),
		choices: v.optional(v.pipe(v.array(text), v.minLength(2), v.maxLength(26))),
		numeric: v.optional(NumericSchema),
		credit: v.optional(v.record(text, v.pipe(v.number(), v.gtValue(0), v.ltValue(100)))),
		weight: v.optional(v.pipe(v.number(), v.minValue(-100), v.maxValue(100))),
		explanation: v.optional(text),
		topics: v.array(text),
		quote: v.optional(text),
		keepTopics: v.optional(v.literal(true)),
		looseType: v.optional(v.literal(true)),
		keepAnswers: v.optional(v.literal(true))
	}),
	v.check(
		(q) => q.type !== 'mcq' || (q.choices?.includes(q.answer) ?? false),
		'a multiple-choice question needs its answer among the choices'
	),
	v.check(
		(q) =>
			!q.credit ||
			Object.keys(q.credit).every((c) =>
				q.type === 'mcq' ? q.choices?.includes(c) && c !== q.answer : c !== q.answer
			),
		'a partly right answer is one of the choices, not the right one'
	),
	v.check(
		(q) => q.type !== 'truefalse' || q.answer === 'true' || q.answer === 'false',
		'a true/false answer is true or false'
	),
	v.check(
		(q) => q.type !== 'cloze' || q.prompt.split('____').length === 2,
		'a fill-the-blank question has exactly one blank'
	)
);

/** Checks one read question; the message is worded for a person. */
export function checkPortable(q: PortableQuestion): string | undefined {
	const result = v.safeParse(PortableQuestionSchema, q);
	return result.success ? undefined : result.issues[0].message;
}

export type { QuestionType };

/** A default name: a prompt's first words (Moodle names an unnamed question by its text's start). */
const NAME = { words: 8, chars: 60 };

function defaultName(prompt: string): string {
	return firstWords(prompt.replace(/_{4,}/g, '…'), NAME);
}

/**
 * The name a question is written under in GIFT (`::name::`) and Moodle XML (`<name>`): its own
 * from the file it came from (`name`), else its prompt's first words. The outsider teacher's
 * `::Q5 Pump::` came back from an export as "The pump on Broad Street was…" (issue 12).
 */
export function questionName(q: Pick<PortableQuestion, 'name' | 'prompt'>): string {
	return q.name ?? defaultName(q.prompt);
}

/**
 * The name a reader keeps for a question named `name` in its file: trimmed, at most
 * 255 characters; none when blank or when it is only the default for `prompt` (what a Flashpoint
 * export writes), so a question whose prompt is edited later is not stuck with old first words.
 */
export function ownName(name: string | undefined, prompt: string): string | undefined {
	const kept = name?.trim().slice(0, NAME_LIMIT);
	return kept && kept !== defaultName(prompt) ? kept : undefined;
}
