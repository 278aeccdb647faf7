import * as v from 'valibot';
import { QuestionSchema, type Question } from '$lib/content/schema';
import { distinctTopics, type ImportProblem, type PortableQuestion } from '$lib/formats/portable';
import { foldText } from '$lib/text/fold';
import type { DraftStatus } from '$lib/db/records';
import { changedFields, type FieldChange } from './import-changes';

/**
 * The preview half of an import (`import.ts` stores): which read questions are new, which
 * update a question the course already has (same file id, changed text), which are unchanged
 * or duplicates, and which a course cannot hold. Pure; nothing is written.
 */

/** Where imported questions came from. */
export interface ImportOrigin {
	/** The file's name, or `Pasted text`. */
	fileName: string;
	/** The format as a person names it (`Moodle GIFT`). */
	formatLabel: string;
	/**
	 * True when the file's ids are unique across files (Anki note GUIDs): they identify a
	 * question whatever the file is called. Other ids (a GIFT title such as `Q1`, a Moodle
	 * question name) are only unique in their file, so they are kept with the file's name.
	 */
	globalIds?: boolean;
}

/**
 * The `externalId` a course stores for a read question: the file's id as it is when ids are
 * global (Anki), else `<file name>::<id>`, so `Q1` of one GIFT file never updates `Q1` of
 * another.
 */
export function storedExternalId(
	externalId: string | undefined,
	origin: ImportOrigin
): string | undefined {
	if (externalId === undefined || origin.globalIds || FLASHPOINT_ID.test(externalId))
		return externalId;
	return `${origin.fileName}::${externalId}`.slice(0, 200);
}

/**
 * A user course's question id (`u-<UUID>:q-<n>`), as Flashpoint's own exports write it (a GIFT
 * `[id:…]`, a Moodle idnumber): unique everywhere, so kept without the file's name, and a
 * re-import of the file under another name ("course (1).gift") still finds its questions.
 */
const FLASHPOINT_ID = /^u-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[a-z0-9-]+$/;

/** What the course already holds that an import compares the file with. */
export type ExistingQuestion = Pick<
	Question,
	| 'id'
	| 'type'
	| 'prompt'
	| 'answer'
	| 'accept'
	| 'choices'
	| 'numeric'
	| 'explanation'
	| 'topics'
	| 'source'
	| 'externalId'
	| 'anki'
	| 'weight'
> &
	Partial<Pick<Question, 'origin'>> & { status?: DraftStatus };

/** What an import will store, for the preview. */
export interface ImportPlan {
	/** New questions, checked by `QuestionSchema`, in file order; ids and `source.doc` are placeholders. */
	questions: Question[];
	/**
	 * Questions of the course the file has again (same Anki GUID, Moodle idnumber, GIFT title,
	 * or the id a Flashpoint export wrote; without a matching id, same type and prompt) with
	 * changed text: `id` is the course question, kept
	 * with its card and answers; `question` its new content (checked by `QuestionSchema`);
	 * `was` its prompt before; `changes` every field that differs (`changedFields`, never empty).
	 */
	updates: { id: string; question: Question; was: string; changes: FieldChange[] }[];
	/** Questions of the course the file has again (as for `updates`), unchanged: nothing to store. */
	unchanged: number;
	/** Questions the course has that "Skip duplicates" leaves as they are (`skipKnown`). */
	kept?: number;
	/**
	 * Questions no longer in the file (`missingFrom`): questions of the course's documents the
	 * file matched (or imported before from a file of the same name, by their GIFT title or
	 * Moodle idnumber) that it does not have now, by id and prompt, in course order. Kept unless the person chooses to remove them.
	 */
	missing: { id: string; prompt: string }[];
	/** Questions left out because the file has them earlier (same type, prompt and answer). */
	duplicates: { prompt: string }[];
	/** Questions a reader accepted that a course cannot hold, worded for a person. */
	problems: ImportProblem[];
}

/** The identity of a question for duplicate checks: type, prompt and answer, folded. */
function identity(q: Pick<Question, 'type' | 'prompt' | 'answer'>): string {
	return [q.type, foldText(q.prompt), foldText(q.answer)].join('\u0000');
}

/** The GUID of the Anki note a read question is a card of, or '' for a question not from Anki. */
function ankiNoteOf(q: PortableQuestion): string {
	return q.anki?.guid ?? '';
}

/** A fact key shared by the cards of one note (Anki's siblings: cloze numbers, reversed card). */
function factOf(q: PortableQuestion, index: number): string {
	const note = q.externalId?.replace(/#(c\d+|r)$/, '');
	return note ? `note-${note}` : `i-${index + 1}`;
}

/**
 * A read question as a course question (placeholder id `i-<n>`, `source.doc` `import`): the
 * file's explanation (`''` when it gives none; the file is named by its document, not here);
 * difficulty 2 (medium).
 */
export function toImportedQuestion(q: PortableQuestion, index: number): Question {
	return {
		id: `i-${index + 1}`,
		type: q.type,
		prompt: q.prompt,
		answer: q.answer,
		...(q.accept?.length ? { accept: [...q.accept] } : {}),
		...(q.choices ? { choices: [...q.choices] } : {}),
		...(q.numeric ? { numeric: { ...q.numeric } } : {}),
		// Empty, not a sentence about the file: screens say there is none (`explanationOf`).
		explanation: q.explanation ?? '',
		source: { doc: 'import', quote: q.quote ?? '' },
		fact: factOf(q, index),
		topics: [...q.topics],
		...(q.externalId ? { externalId: q.externalId } : {}),
		...(q.anki ? { anki: q.anki } : {}),
		...(q.name ? { name: q.name } : {}),
		...(q.weight !== undefined ? { weight: q.weight } : {}),
		difficulty: 2,
		origin: 'imported'
	};
}

/**
 * The course question a read question is another version of: same stored `externalId`
 * (`storedExternalId`), or (a file Flashpoint exported, whose note GUID, GIFT title or idnumber
 * is the question id) same id, a lone cloze deletion's `#c1` left off.
 */
function matchIn<Q extends Pick<ExistingQuestion, 'id' | 'externalId'>>(existing: readonly Q[]) {
	const byKey = new Map<string, Q>();
	for (const q of existing) {
		byKey.set(q.id, q);
		if (q.externalId) byKey.set(`x:${q.externalId}`, q);
	}
	return (stored: string | undefined, raw: string | undefined) =>
		(stored === undefined ? undefined : byKey.get(`x:${stored}`)) ??
		(raw === undefined ? undefined : (byKey.get(raw) ?? byKey.get(raw.replace(/#c1$/, ''))));
}

/**
 * The question a file's review history card (`PortableHistory.externalId`) belongs to, among
 * `questions` (the course's, and for a preview the plan's new ones), by the rule the plan
 * matches questions with (`matchIn`): its stored `externalId`, else its id (a file Flashpoint
 * exported names each card by its question's id). The preview counts the history it will keep
 * and the import stores it with this one function, so they agree (student outsider, session
 * 33: the preview said "8 with review history, kept", the result "the file has no review
 * history": storing looked the card up by Anki GUID only, and a re-imported Flashpoint export
 * names its cards by question id).
 */
export function historyQuestionOf(
	questions: readonly Pick<ExistingQuestion, 'id' | 'externalId'>[],
	origin: ImportOrigin
): (externalId: string) => string | undefined {
	const byId = matchIn(questions);
	return (externalId) => byId(storedExternalId(externalId, origin), externalId)?.id;
}

/**
 * The course question each read question is another version of, one rule for every format:
 * first by file id (`matchIn`: Anki GUID, Moodle idnumber, GIFT title, a Flashpoint export's
 * question id); then, for a question whose id matched nothing or that has none (a GIFT file
 * without names, Anki text without a GUID column, Aiken, a sheet), by its type and prompt
 * (folded), since the prompt is what a person edits last. Each course question is taken once,
 * ids before prompts, so a name or prompt a file repeats is a question of its own after that.
 */
function matchAll(
	read: readonly PortableQuestion[],
	origin: ImportOrigin,
	existing: readonly ExistingQuestion[]
): (ExistingQuestion | undefined)[] {
	const byId = matchIn(existing);
	const taken = new Set<string>();
	const found = read.map((q) => {
		// Before a Flashpoint id was kept whole, it was stored with the file's name: still found.
		const legacy =
			q.externalId && !origin.globalIds ? `${origin.fileName}::${q.externalId}` : undefined;
		const hit =
			byId(storedExternalId(q.externalId, origin), q.externalId) ?? byId(legacy, undefined);
		if (!hit || taken.has(hit.id)) return undefined;
		taken.add(hit.id);
		return hit;
	});
	// A changed copy saved under another name ("london (2).gift") keeps its question names: in
	// the course the person chose, a name that only one file gave, on a question of the same type
	// and answer, is that question reworded (outsider: a reworded `::Q5 Pump::` came in as new
	// beside the old one). Another file's own "Q1" asks something else and stays new.
	const byName = localNames(existing, origin);
	found.forEach((hit, index) => {
		const q = read[index];
		const other = !hit && q.externalId !== undefined ? byName.get(q.externalId) : undefined;
		if (!other || taken.has(other.id) || other.type !== q.type) return;
		if (foldText(other.answer) !== foldText(q.answer)) return;
		taken.add(other.id);
		found[index] = other;
	});
	const byPrompt = new Map<string, ExistingQuestion[]>();
	for (const q of existing) {
		if (taken.has(q.id)) continue;
		const key = promptKey(q);
		byPrompt.set(key, [...(byPrompt.get(key) ?? []), q]);
	}
	// A flashcard from a format that cannot tell one from a short answer (Quizlet) is either.
	const samePrompt = (q: PortableQuestion) =>
		byPrompt.get(promptKey(q))?.shift() ??
		(q.looseType ? byPrompt.get(promptKey({ ...q, type: 'short' }))?.shift() : undefined);
	return found.map((hit, index) => hit ?? samePrompt(read[index]));
}

/**
 * The course's questions by their file-local name (the part of `<file name>::<name>` after the
 * file's name), for names exactly one question holds; none when ids are global (Anki GUIDs).
 */
function localNames(
	existing: readonly ExistingQuestion[],
	origin: ImportOrigin
): Map<string, ExistingQuestion> {
	const byName = new Map<string, ExistingQuestion | null>();
	if (origin.globalIds) return new Map();
	for (const q of existing) {
		const cut = q.externalId?.indexOf('::') ?? -1;
		if (cut < 0 || FLASHPOINT_ID.test(q.externalId ?? '')) continue;
		const name = q.externalId!.slice(cut + 2);
		byName.set(name, byName.has(name) ? null : q);
	}
	return new Map([...byName].flatMap(([name, q]) => (q ? [[name, q] as const] : [])));
}

function promptKey(q: Pick<Question, 'type' | 'prompt'>): string {
	return `${q.type}\u0000${foldText(q.prompt)}`;
}

/**
 * Decides what an import stores: each read question converted and checked by `QuestionSchema`
 * (a failure is a problem naming the question); a question the course already has
 * (`matchAll`: same file id, else same type and prompt) is an update when its text changed and
 * unchanged otherwise; a question the file repeats (same type, prompt and answer, folded) is
 * left out and listed, unless it is another card of the same Anki note (`anki.guid`), which Anki
 * keeps too. Pure; writes nothing.
 */
export function planImport(
	read: readonly PortableQuestion[],
	origin: ImportOrigin,
	existing: readonly ExistingQuestion[] = [],
	fileDocuments?: ReadonlySet<string>
): ImportPlan {
	const matches = matchAll(read, origin, existing);
	// A file in which no question has a topic has no tags column or categories (Aiken, a sheet
	// without a topic column): its empty topics say nothing about the course's (issue 13).
	const fileHasTopics = read.some((q) => q.topics.length > 0);
	// Each question identity (`identity`) read so far, with the Anki note it came from ('' for none).
	const seen = new Map<string, string>();
	const plan: ImportPlan = {
		questions: [],
		updates: [],
		unchanged: 0,
		missing: missingFrom(existing, matches, origin, fileDocuments),
		duplicates: [],
		problems: []
	};
	read.forEach((portable, index) => {
		const question = toImportedQuestion(portable, index);
		const stored = storedExternalId(portable.externalId, origin);
		if (stored) question.externalId = stored;
		const known = matches[index];
		// A file without an explanation keeps the one the course has (perhaps the person's own).
		if (known && portable.explanation === undefined) question.explanation = known.explanation;
		// Likewise its source sentence: GIFT, Aiken and the games carry none, and lose none.
		if (known && portable.quote === undefined) question.source.quote = known.source.quote;
		// And its topics, when the file has no tags for it; a tags cell present but empty clears them.
		if (known && (portable.keepTopics || !fileHasTopics))
			question.topics = distinctTopics([...known.topics, ...question.topics]);
		if (known) keepWhatTheFileCannotSay(question, portable, known);
		const key = identity(question);
		const first = seen.get(key);
		// Cards of one Anki note that read the same ("OK"/"OK" with a reversed card) are both kept,
		// as Anki keeps them: dropping one lost it from the note when the course went back to Anki
		// (anki53). A question another note or line already asks is still a duplicate.
		const sibling = !!first && ankiNoteOf(portable) === first;
		if (!known && first !== undefined && !sibling) {
			plan.duplicates.push({ prompt: question.prompt });
			return;
		}
		if (first === undefined) seen.set(key, ankiNoteOf(portable));
		const checked = v.safeParse(QuestionSchema, question);
		if (!checked.success)
			plan.problems.push({ message: `“${short(question.prompt)}”: ${checked.issues[0].message}` });
		else if (!known) plan.questions.push(checked.output);
		else {
			// What a person reads of it, choices as a set (exports and quizzes reorder them).
			const changes = changedFields(known, checked.output);
			if (!changes.length) plan.unchanged++;
			else
				plan.updates.push({ id: known.id, question: checked.output, was: known.prompt, changes });
		}
	});
	return plan;
}

/**
 * What a format has no place for, kept from the course question `known` (issue 12: a Quizlet
 * round trip of one's own export came back as new questions): a flashcard that may be a short
 * answer takes the course's type (`looseType`), and a file with no place for other accepted
 * answers or a number's tolerance (`keepAnswers`) keeps the course's, the number only while the
 * answer reads the same.
 */
function keepWhatTheFileCannotSay(
	question: Question,
	portable: PortableQuestion,
	known: ExistingQuestion
): void {
	if (portable.looseType && (known.type === 'short' || known.type === 'flashcard'))
		question.type = known.type;
	if (!portable.keepAnswers || question.type !== known.type) return;
	if (known.accept?.length && !question.accept?.length) question.accept = [...known.accept];
	if (known.numeric && !question.numeric && foldText(known.answer) === foldText(question.answer))
		question.numeric = { ...known.numeric };
}

/**
 * The course questions a re-imported file no longer has (Moodle's re-import leaves them alone
 * and says nothing; here they are listed): questions imported before from a file of the same
 * name (their stored id), and the imported questions of a document that holds a question the
 * file matched and that a file of this format made (`fileDocuments`: the course's documents
 * whose outlet is this format; every document when not given), that the file does not match now.
 * Never a pasted or generated document's questions, nor another format's file's: one's own
 * Quizlet export matched the pasted article's questions, and the preview said "The course got
 * these from this file before" of the rest, which is untrue (outsider, issue 12). A file that
 * matches nothing and was never imported has none missing. Questions already out of study
 * (`rejected`, by an earlier re-import or the drafts review) are not listed: taking them out
 * again would change nothing (outsider: every re-import listed the questions she had removed
 * the time before).
 */
function missingFrom(
	existing: readonly ExistingQuestion[],
	matches: readonly (ExistingQuestion | undefined)[],
	origin: ImportOrigin,
	fileDocuments: ReadonlySet<string> | undefined
): { id: string; prompt: string }[] {
	const matched = new Set(matches.flatMap((m) => (m ? [m.id] : [])));
	const docs = new Set(
		matches.flatMap((m) =>
			m && m.origin !== 'generated' && m.origin !== 'written' ? [m.source.doc] : []
		)
	);
	const sameFile = (doc: string) => docs.has(doc) && (fileDocuments?.has(doc) ?? true);
	const fromFile = (q: ExistingQuestion) =>
		(sameFile(q.source.doc) && q.origin !== 'generated' && q.origin !== 'written') ||
		(!!q.externalId && !origin.globalIds && q.externalId.startsWith(`${origin.fileName}::`));
	return existing
		.filter((q) => !matched.has(q.id) && q.status !== 'rejected' && fromFile(q))
		.map((q) => ({ id: q.id, prompt: q.prompt }));
}

function short(text: string): string {
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
