import type { FieldErrors } from '$lib/courses/drafts';
import {
	acceptAllNotice,
	checkForm,
	editOf,
	editsToSaveFirst,
	placeErrors,
	unsavedEditMessage,
	writtenQuestion,
	type OpenEdit
} from '$lib/courses/draft-form';
import { noteCourseWork } from '$lib/courses/study-choice';
import type { QuestionFields } from '$lib/content/question-fields';
import type { QuestionType } from '$lib/content/schema';
import type { DraftStatus, QuestionRecord } from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';

/** The draft functions the review screen writes with (`$lib/courses/drafts`, loaded lazily). */
export type ReviewDrafts = Pick<
	typeof import('$lib/courses/drafts'),
	'decideDraft' | 'acceptAllDrafts' | 'updateDraft' | 'addWrittenQuestion'
>;

/** A draft's status not written because another tab decided first: its words, and what is stored. */
export interface Refusal {
	message: string;
	stored: DraftStatus;
}

/**
 * Review drafts' writes to one course. Each says its failure (a full disk, a question deleted in
 * another tab) through `report(message)`, shown at the top of the screen, and changes nothing;
 * `report('')` clears it as the next write starts. Accepting is working in the course: New quiz
 * then opens on it (`noteCourseWork`).
 */
export class ReviewWrites {
	#problem = '';

	constructor(
		readonly courseId: string,
		private readonly drafts: ReviewDrafts,
		private readonly db: FlashpointDb,
		private readonly report: (problem: string) => void
	) {}

	/** Runs a write; resolves to its result, or undefined when it failed (said by `report`). */
	async write<T>(action: (drafts: ReviewDrafts, db: FlashpointDb) => Promise<T>) {
		this.#say('');
		try {
			return await action(this.drafts, this.db);
		} catch (error) {
			this.#say(error instanceof Error ? error.message : String(error));
			return undefined;
		}
	}

	/**
	 * Decides a draft from the status its card showed (`from`); resolves to null when written or
	 * when the write failed, or to the refusal when another tab decided first.
	 */
	async setStatus(
		question: QuestionRecord,
		status: DraftStatus,
		from: DraftStatus
	): Promise<Refusal | null> {
		const result = await this.write((d, db) => d.decideDraft(db, question.id, status, from));
		if (result?.ok && status === 'accepted') noteCourseWork(this.courseId);
		if (!result || result.ok) return null;
		return { message: result.message, stored: result.stored.status ?? 'accepted' };
	}

	/**
	 * Accepts every draft of `type` (every type when none), saving first each open edit of one
	 * (`edits`); an edit that cannot be saved stops it. `acceptedBefore` is the count of accepted
	 * questions before. Resolves to the words to show and the ids accepted (none when stopped or
	 * failed; the notice is then '' for a failure said by `report`).
	 */
	async acceptAll(
		type: QuestionType | undefined,
		edits: Iterable<OpenEdit>,
		acceptedBefore: number
	): Promise<{ notice: string; ids: readonly string[] }> {
		for (const edit of editsToSaveFirst(edits, type)) {
			const errors = await edit.save();
			if (errors) return { notice: unsavedEditMessage(edit.question.prompt, errors), ids: [] };
		}
		const done = await this.write((d, db) => d.acceptAllDrafts(db, this.courseId, type));
		if (!done) return { notice: '', ids: [] };
		noteCourseWork(this.courseId);
		return { notice: acceptAllNotice(done, type, acceptedBefore), ids: done.ids };
	}

	/**
	 * Saves an edit of `question` over `options.base` only (`updateDraft`); resolves to null when
	 * saved, else to the problems by field and, when another tab changed it first, the question
	 * as stored now (`changed`).
	 */
	async saveEdit(
		question: QuestionRecord,
		form: QuestionFields,
		options: { base: QuestionRecord; status?: DraftStatus }
	): Promise<{ errors: FieldErrors; changed?: QuestionRecord } | null> {
		const errors = checkForm(form, question.origin, options.base);
		if (Object.keys(errors).length) return { errors };
		const edit = editOf(form, options.base);
		const result = await this.write((d, db) => d.updateDraft(db, question.id, edit, options));
		if (!result) return { errors: { question: this.#problem || 'Not saved.' } };
		if (result.ok) return null;
		if (result.changed) return { errors: result.errors, changed: result.changed };
		return { errors: placeErrors(result.errors, question.type) };
	}

	/** Adds a question written by hand from `quote` of document `doc`; null when saved. */
	async saveWritten(doc: string, quote: string, form: QuestionFields): Promise<FieldErrors | null> {
		const made = writtenQuestion(form, { doc, quote });
		if (!made.ok) return made.errors;
		const row = await this.write((d, db) => d.addWrittenQuestion(db, this.courseId, made.question));
		return row ? null : { question: this.#problem || 'Not saved.' };
	}

	#say(problem: string) {
		this.#problem = problem;
		this.report(problem);
	}
}
