import type { Question } from '$lib/content/schema';
import { paragraphsOf, textBlocks, type SourceFile } from '$lib/content/sources';
import { sentenceless } from '$lib/documents/english';
import type { DocumentDraft } from '$lib/documents/draft';
import { generateSteps, NO_KNOWLEDGE, type GenerateStep } from '$lib/generator';
import type { NewCourseDocument } from './create';
import { nextTask } from '$lib/ui/next-task';

/**
 * A user's documents → draft questions, with the built-in course's generator and none of its
 * corpus knowledge (`NO_KNOWLEDGE`). Runs in a Web Worker (`generate.worker.ts`); pure, so it
 * runs in Node tests too. Between batches of sentences it reports progress and gives the event
 * loop a turn, so a "cancel" message can arrive and stop it.
 */

/** How far generation has got: `fraction` 0–1 overall, and which document (1-based) it is on. */
export interface GenerationProgress {
	fraction: number;
	stage: GenerateStep['stage'];
	/** 1-based position of the document being read, among the documents given. */
	document: number;
	documents: number;
}

/**
 * Why a document gave no questions: not English (not read), no sentence at all (a timetable, a
 * list of words: nothing to ask, nor to write from by hand), or no sentence the generator uses.
 */
export type NoQuestionsReason = 'not-english' | 'no-sentences' | 'no-sentence';

/**
 * Why `text` (as stored) gave no questions, `english` as its reader judged it: `no-sentences`
 * for a text of no sentences in no other language (`sentenceless`: a timetable, a list of words),
 * else `not-english` or `no-sentence`. An English timetable was called "not English" (function
 * words are few in a table: outsider teacher, session 38). Pure.
 */
export function noQuestionsReason(text: string, english: boolean): NoQuestionsReason {
	if (sentenceless(text)) return 'no-sentences';
	return english ? 'no-sentence' : 'not-english';
}

export interface GeneratedDocument extends NewCourseDocument {
	questions: Question[];
	/** Set when `questions` is empty. */
	none?: NoQuestionsReason;
}

export interface GenerateOptions {
	onProgress?(progress: GenerationProgress): void;
	/** Aborting it stops generation at the next batch; the promise rejects with an `AbortError`. */
	signal?: AbortSignal;
	/** The time of adding (ms), for a document without a date. Default: now. */
	now?: number;
	/** Hands the event loop a turn between batches. Default: a zero-delay timeout. */
	pause?(): Promise<void>;
}

/** Share of the total work each stage takes (measured on the course corpus: tagging dominates). */
const STAGE_SPAN: Record<GenerateStep['stage'], [start: number, width: number]> = {
	names: [0, 0.45],
	facts: [0.45, 0.2],
	questions: [0.65, 0.3],
	choosing: [0.95, 0.05]
};

/** A draft as the generator's source file; its id is `d-<n>` (n from 1), as `createCourse` numbers them. */
export function sourceOf(draft: DocumentDraft, index: number, now: number): SourceFile {
	const title = draft.title.trim() || `Document ${index + 1}`;
	const outlet = draft.outlet?.trim() ?? '';
	return {
		document: {
			id: `d-${index + 1}`,
			title,
			outlet: outlet || title,
			date: draft.date ?? new Date(now).toISOString().slice(0, 10),
			dateApproximate: !draft.date
		},
		// How a figure is attributed: "According to The Guardian, …"; with no outlet, "the text"
		// (a quoted title would make the prompt twice as long; "the article" misnamed a teacher's
		// handout or notes: outsider teacher, session 24).
		short: outlet || 'the text',
		// Dated the day it was added: no claim of it is dated "As of" that day (issue 12).
		...(!draft.date && { undated: true }),
		// The terms the author bolded: a teacher bolds what a class is tested on (gen50, issue 12).
		...(draft.emphasis?.length && { emphasis: draft.emphasis }),
		// As the reader will show the stored text (`text` below): the same blocks, the same quotes.
		blocks: textBlocks(draft.text)
	};
}

function abortError(): DOMException {
	return new DOMException('Generation was cancelled.', 'AbortError');
}

/**
 * Draft questions for every English document (all read as one corpus, as the built-in course
 * is, so wrong choices can come from the other documents). A document that is not English is
 * kept with no questions (`none: 'not-english'`: its reader offers flashcards by hand), as is
 * one where no sentence gave a question (`none: 'no-sentence'`), or that has none (`noQuestionsReason`). Returns one entry per draft, in
 * order, with the text as it will be stored (`paragraphsOf`, joined by blank lines). Rejects with a `DOMException`
 * named `AbortError` when `signal` is aborted.
 */
export async function generateDrafts(
	drafts: DocumentDraft[],
	options: GenerateOptions = {}
): Promise<GeneratedDocument[]> {
	const now = options.now ?? Date.now();
	const pause = options.pause ?? nextTask;
	const sources = drafts.map((draft, i) => sourceOf(draft, i, now));
	const read = sources.filter((_, i) => drafts[i].english);
	const position = new Map(sources.map((s, i) => [s.document.id, i + 1]));
	const steps = generateSteps(read, NO_KNOWLEDGE);
	// Said before the first batch, which tags 40 sentences (0.1–0.5 s on a 2-core machine): the
	// screen shows the generator at work at once, not "Starting" until that batch is done.
	options.onProgress?.({
		fraction: 0,
		stage: 'names',
		document: position.get(read[0]?.document.id ?? '') ?? 1,
		documents: drafts.length
	});
	if (options.signal?.aborted) throw abortError();
	let next = steps.next();
	while (!next.done) {
		if (options.signal?.aborted) throw abortError();
		const { stage, done, total, doc } = next.value;
		const [start, width] = STAGE_SPAN[stage];
		options.onProgress?.({
			fraction: start + (width * done) / Math.max(total, 1),
			stage,
			document: position.get(doc) ?? 1,
			documents: drafts.length
		});
		await pause();
		if (options.signal?.aborted) throw abortError();
		next = steps.next();
	}
	const skipped = next.value.skipped;
	const byDoc = new Map<string, Question[]>();
	for (const { question } of next.value.candidates) {
		const list = byDoc.get(question.source.doc) ?? [];
		list.push(question);
		byDoc.set(question.source.doc, list);
	}
	options.onProgress?.({
		fraction: 1,
		stage: 'choosing',
		document: drafts.length,
		documents: drafts.length
	});
	return drafts.map((draft, i) => {
		const questions = byDoc.get(sources[i].document.id) ?? [];
		const ownSkipped = skipped.filter((line) => line.doc === sources[i].document.id);
		const text = paragraphsOf(draft.text).join('\n\n');
		// Lines listed as skipped are written from by hand (Review drafts): never "no sentences".
		const none = questions.length
			? undefined
			: ownSkipped.length && draft.english
				? 'no-sentence'
				: noQuestionsReason(text, draft.english);
		return {
			title: sources[i].document.title,
			...(draft.author?.trim() && { author: draft.author.trim() }),
			...(draft.outlet?.trim() && { outlet: draft.outlet.trim() }),
			...(draft.date && { date: draft.date }),
			text,
			// Kept on the stored row (`DocumentRecord.emphasis`): later drafts read it too (gen51).
			...(draft.emphasis?.length && { emphasis: draft.emphasis }),
			questions,
			...(none && { none }),
			// Its "Term – meaning" lines that gave no draft, and why (Review drafts says so, gen83).
			...(ownSkipped.length && { skipped: ownSkipped })
		};
	});
}

/**
 * Runs the generator's first step on one made-up sentence, so what its first use builds (the
 * tagger's word model: its first call took about 250 ms in Node on this machine) is built before
 * a person presses Generate. For the worker started ahead of use (`prepareGenerator`).
 */
export function warmGenerator(): void {
	const draft: DocumentDraft = {
		title: 'Warm-up',
		text: 'Ada Lovelace wrote the first program in London in 1843.',
		format: 'text',
		notes: [],
		english: true
	};
	generateSteps([sourceOf(draft, 0, 0)], NO_KNOWLEDGE).next();
}
