/**
 * Writes the teacher's changes of a quiz's questions (`Edit`s, `question-edits.ts`) and keeps
 * what the Questions panel says of them: the status line, a change another tab's save refused
 * (with the same change again on top), and the last removal, for Undo. The storage is passed in,
 * so every outcome is tested (`question-writer.test.ts`).
 */
import type { StoredQuiz } from '$lib/db/classroom';
import type { QuizWrite } from '$lib/db/classroom-quizzes';
import { conflictWords } from '$lib/quiz/quiz-changes';
import { encodeQuiz } from '$lib/quiz/quiz-code';
import type { Edit } from '$lib/quiz/question-edits';
import { quizLinkProblem } from '$lib/quiz/share-check';
import type { QuizQuestion } from '$lib/quiz/types';
import { withQuestions } from '$lib/quiz/versions';

/** Said when the device refused the write (storage full or blocked). */
export const NOT_SAVED =
	'The change could not be saved on this device (storage may be full or blocked).';

export interface QuestionWriterDeps {
	/** The quiz as the panel shows it now. */
	quiz: () => StoredQuiz;
	/** `QuizRepository.saveOver(base, next, { versions: true })`: written only over `base`. */
	saveOver: (base: StoredQuiz, next: StoredQuiz) => Promise<QuizWrite>;
	/** The quiz as saved, for the page. */
	onsaved: (quiz: StoredQuiz) => void;
	/** Another tab's save came first: the quiz as it is now (an open form is based on it). */
	onrefused?: (stored: StoredQuiz) => void;
}

export class QuestionWriter {
	/** What the last change did, or why it was not made ('' for nothing). */
	status = $state('');
	/** The last question removed, for Undo; cleared by any other change. */
	removed = $state<{ question: QuizQuestion; index: number } | null>(null);
	/**
	 * A change not saved because another tab saved first (`saveOver`): what changed there, and
	 * the change again on top of the quiz as it is now (none once the quiz is gone).
	 */
	unsaved = $state<{ text: string; again: (() => Promise<void>) | null } | null>(null);

	readonly #deps: QuestionWriterDeps;

	constructor(deps: QuestionWriterDeps) {
		this.#deps = deps;
	}

	/**
	 * Writes `edit` of `base`'s questions, only over `base` as stored. Another tab's save first:
	 * nothing is written, `unsaved` says what changed there and offers the same change on top of
	 * the quiz as it is now. `message`: the status once saved; `what`: the change, as the teacher
	 * keeps it ("Your wording"). Resolves to the problem shown, or null when saved. The questions
	 * before the edit are kept as a version: a phone may have them already (`withQuestions`).
	 */
	async update(
		edit: Edit,
		message: string,
		what: string,
		base: StoredQuiz = this.#deps.quiz()
	): Promise<string | null> {
		const questions = edit(base.questions);
		if (typeof questions === 'string') return (this.status = questions);
		const next = withQuestions(base, questions);
		const saved = { ...next, code: encodeQuiz(next) };
		const problem = quizLinkProblem(saved, saved.code);
		if (problem) return (this.status = problem);
		let written: QuizWrite;
		try {
			written = await this.#deps.saveOver(base, saved);
		} catch {
			return (this.status = NOT_SAVED);
		}
		if (!written.ok) {
			this.unsaved = this.#unsavedWords(written, base, what, edit, message);
			this.status = '';
			return this.unsaved.text;
		}
		this.unsaved = null;
		this.#deps.onsaved(written.quiz);
		this.status = message;
		this.removed = null;
		return null;
	}

	/** What a refused write tells the teacher, and the change again on top. */
	#unsavedWords(
		written: Exclude<QuizWrite, { ok: true }>,
		base: StoredQuiz,
		what: string,
		edit: Edit,
		message: string
	) {
		if (written.reason === 'gone')
			return { text: 'This quiz was deleted in another tab or window.', again: null };
		// Results coming in never refuse a question change (`saveOver` keeps their version).
		const stored = written.reason === 'changed' ? written.stored : base;
		this.#deps.onrefused?.(stored);
		return {
			text: conflictWords(base, stored, what),
			again: async () => void (await this.update(edit, message, what, stored))
		};
	}
}
