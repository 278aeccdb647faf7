import { quizContentHash } from './content-hash';
import type { Quiz, QuizQuestion, QuizResult, QuizVersion } from './types';

/**
 * Which version of a quiz a result answered, so it is marked against the questions the student
 * saw (issue 14, outsider teacher: a phone kept the quiz from before the teacher reworded Q1 and
 * swapped Q3, and its result was marked against the edited quiz, the swapped question counted
 * blank).
 *
 * A version's identity is the content hash of its questions without their accepted answers
 * (`quizVersionId`): the student's device computes it from the questions it asked and puts it
 * in the result code (`v`); the teacher's device computes it from its stored quiz. It needs no
 * field in the quiz link or join code: the link carries the questions (or references the
 * student's bank must match by this very hash, `resolveQuiz`) and a join code draws them again
 * (its 7 content bits check the draw), so both ends hash the same words. Accepted answers are
 * left out: "Accept this answer" while marking is not an edit (`joinCodeOf` says the same), and
 * it must count for every result.
 *
 * The teacher's device keeps each version the quiz had before an edit (`withQuestions`): a link,
 * QR code or join code shown once may already be on a phone.
 */

/** At most this many earlier versions are kept (each up to 50 questions); the oldest go first. */
export const MAX_VERSIONS = 20;

/** The version id of these questions: 8 hex digits (CRC-32), accepted answers left out. */
export function quizVersionId(questions: readonly QuizQuestion[]): string {
	return quizContentHash(questions.map(({ accept: _accept, ...rest }) => rest));
}

/** A stored quiz with the versions it had before its questions were last changed. */
export type VersionedQuiz = Pick<Quiz, 'questions'> & { versions?: QuizVersion[] };

/**
 * The quiz with `questions` as its questions, its current ones kept as an earlier version when
 * they differ (as a student reads them: an accepted answer or an explanation alone is not a
 * new version). A version the teacher edits back to is current again, not listed twice.
 * `now`: milliseconds since the epoch, when the kept version stopped being current.
 */
export function withQuestions<Q extends VersionedQuiz>(
	quiz: Q,
	questions: QuizQuestion[],
	now = Date.now()
): Q {
	const before = quizVersionId(quiz.questions);
	const after = quizVersionId(questions);
	if (before === after) return { ...quiz, questions };
	const kept = (quiz.versions ?? []).filter((v) => v.id !== before && v.id !== after);
	const versions = [...kept, { id: before, questions: quiz.questions, until: now }];
	return { ...quiz, questions, versions: versions.slice(-MAX_VERSIONS) };
}

/** The version a result answered: the current one, an earlier one kept here, or unknown here. */
export type AnsweredVersion =
	| { kind: 'current'; questions: QuizQuestion[] }
	/** `number`: 1 for the first version; the current one is `count + 1`. */
	| { kind: 'earlier'; number: number; count: number; questions: QuizQuestion[] }
	/** Not kept on this device (edited before versions were kept): marked against the current. */
	| { kind: 'unknown'; questions: QuizQuestion[] };

/**
 * Which version `result` answered and the questions to mark it against. A result without a
 * version (codes made before versions, format 2 without `v`) is taken as the current one, as it
 * always was. An earlier version's question that is still in the quiz word for word is marked
 * with the quiz's current accepted answers and the teacher's regrades (`judged`), so "Accept this
 * answer" counts for it too.
 */
export function answeredVersion(
	quiz: VersionedQuiz,
	result: Pick<QuizResult, 'version'>
): AnsweredVersion {
	const current = quiz.questions;
	if (!result.version || result.version === quizVersionId(current))
		return { kind: 'current', questions: current };
	const versions = quiz.versions ?? [];
	const index = versions.findIndex((v) => v.id === result.version);
	if (index < 0) return { kind: 'unknown', questions: current };
	const questions = versions[index].questions.map((q) => {
		const now = current.find((c) => c.id === q.id);
		if (!now || !sameWords(now, q)) return q;
		return {
			...q,
			...(now.accept ? { accept: now.accept } : {}),
			...(now.judged ? { judged: now.judged } : {})
		};
	});
	return { kind: 'earlier', number: index + 1, count: versions.length, questions };
}

/** Whether two questions ask and mark the same (accepted answers aside). */
export function sameWords(a: QuizQuestion, b: QuizQuestion): boolean {
	return quizVersionId([a]) === quizVersionId([b]);
}

/**
 * How many of the teacher's edits came after an earlier version (1: the latest edit replaced
 * it). Edits back to a version kept are not counted twice (`withQuestions`).
 */
export function editsSince(version: { number: number; count: number }): number {
	return version.count + 1 - version.number;
}

/**
 * Which of the teacher's edits a result predates, as she counts them: "before your latest edit",
 * "before your last 3 edits". A teacher from Kahoot or Moodle read "version 1 of 4" as four
 * versions she had made (outsider teacher); Moodle speaks of a quiz edited after it "has been
 * attempted", never of numbered versions.
 */
export function beforeEdits(edits: number): string {
	return edits === 1 ? 'before your latest edit' : `before your last ${edits} edits`;
}

/**
 * What the teacher is told about a result of another version, after its score ("answered
 * before your last 2 edits; marked against the questions as they were then"); `''` for the
 * current version. `short`: without how it was marked, for the report's narrow score column (at
 * 320 px the long one stood a word a line) and the exports' "Version answered" column.
 */
export function versionWords(version: AnsweredVersion, { short = false } = {}): string {
	if (version.kind === 'current') return '';
	if (version.kind === 'earlier') {
		const which = `answered ${beforeEdits(editsSince(version))}`;
		return short ? which : `${which}; marked against the questions as they were then`;
	}
	return short
		? 'answered before edits this device did not keep: check its mark'
		: 'answered before edits this device did not keep; marked against the current questions, so check it';
}
