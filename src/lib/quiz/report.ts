import { cleanDisplayText, foldText } from '$lib/text/fold';
import { percent, scoreAnswers } from './scoring';
import type { Answer, Quiz, QuizQuestion, QuizResult } from './types';
import {
	answeredVersion,
	editsSince,
	sameWords,
	versionWords,
	type VersionedQuiz
} from './versions';

export interface StudentRow {
	/** The stored result's key when it has one (for removing it); else the name. */
	key: string;
	name: string;
	/**
	 * Set when another row's name folds alike ("Ana" kept twice): the finish time ("finished
	 * 09:41"), with a short attempt id when that is equal too, so the teacher can tell them apart.
	 */
	tag?: string;
	/**
	 * What the student answered, in the quiz's order; null for a question the version they
	 * answered did not ask (`asked`).
	 */
	answers: Answer[];
	/** Per question of the quiz: whether the version answered asked it (all true when current). */
	asked: boolean[];
	/** Which version was answered, in words, when not the current one (`versionWords`). */
	version?: string;
	/**
	 * For a result of an earlier version kept here: that version's number (1 = first), how many
	 * of the teacher's edits came after it (`editsSince`), its questions, the answers and marks in its order, and which of its questions are not among
	 * the quiz's current ones (`beyond`): exports give them columns of their own, since the
	 * current questions' columns leave them out.
	 */
	earlier?: {
		number: number;
		edits: number;
		questions: QuizQuestion[];
		answers: Answer[];
		marks: boolean[];
		/** Each of its questions' share of the mark, 0–1 (`creditOf`). */
		credit: number[];
		beyond: boolean[];
	};
	correct: number;
	total: number;
	percent: number;
	seconds: number;
	finishedAt: number;
	perQuestion: boolean[];
	/** Each current question's share of the mark, 0–1 (`creditOf`), 0 where it was not asked. */
	credit: number[];
}

export interface QuestionRow {
	index: number;
	question: QuizQuestion;
	correct: number;
	answered: number;
	/** Students whose version of the quiz asked it: the whole class unless the teacher edited it. */
	asked: number;
	/** Share of the students asked it (a result of an earlier version may not have been) who got it right, 0–100. */
	percent: number;
	/**
	 * Results of an earlier version that did not ask it word for word: the teacher changed it
	 * after they answered (`shareWords` says so instead of "0 of 0").
	 */
	changedAfter: number;
	/** Students asked it whose answer was partly right (a weight, a multiple-answer question's share). */
	partly: number;
	/**
	 * The share of its marks the students asked it earned, 0–100: partly right answers count
	 * their share (two of three right choices, 67%), so "Most missed" ranks by what was learned,
	 * not only by whole marks (session 38).
	 */
	markPercent: number;
}

export interface ClassReport {
	students: StudentRow[];
	questions: QuestionRow[];
	/** Questions most students missed first; only those someone missed. */
	mostMissed: QuestionRow[];
	/**
	 * The class's share of right answers, 0–100: all students' right answers over all questions
	 * they were asked, rounded once (Kahoot's report's "correct answers" figure). Not a mean of
	 * rounded per-student percentages: that said "40%" for 11 right of 28 (39%; outsider
	 * teacher, issue 12).
	 */
	classPercent: number;
	/** All students' right answers, and the questions they were asked, `classPercent`'s terms. */
	rightAnswers: number;
	askedAnswers: number;
}

/**
 * The class report: each result marked against the version of the quiz it answered
 * (`answeredVersion`), its answers and marks laid out by the quiz's current questions (a
 * question that version did not ask word for word is left out of its row and of the question's
 * share).
 */
export function buildReport(
	quiz: Quiz & VersionedQuiz,
	results: readonly (QuizResult & { key?: string })[],
	clock: (ms: number) => string = localClock
): ClassReport {
	const students = results
		.map((r) => {
			const answered = answeredVersion(quiz, r);
			const score = scoreAnswers(answered, r.answers);
			// Where each current question sits in the version answered (-1: it was not asked).
			const places = quiz.questions.map((q, i) =>
				answered.kind === 'earlier'
					? answered.questions.findIndex((a) => a.id === q.id && sameWords(a, q))
					: i
			);
			const version = versionWords(answered, { short: true });
			return {
				key: r.key ?? r.name,
				// Cleaned again where every screen and export reads it: a row stored by an older
				// version may still carry a U+202E that would reverse it and the text around it.
				name: cleanDisplayText(r.name),
				answers: places.map((j) => (j < 0 ? null : (r.answers[j] ?? null))),
				asked: places.map((j) => j >= 0),
				correct: score.correct,
				total: score.total,
				percent: percent(score.correct, score.total),
				seconds: r.seconds,
				finishedAt: r.finishedAt,
				perQuestion: places.map((j) => j >= 0 && score.perQuestion[j]),
				credit: places.map((j) => (j >= 0 ? score.credit[j] : 0)),
				...(version ? { version } : {}),
				...(answered.kind === 'earlier'
					? {
							earlier: {
								number: answered.number,
								edits: editsSince(answered),
								questions: answered.questions,
								answers: answered.questions.map((_, j) => r.answers[j] ?? null),
								marks: score.perQuestion,
								credit: score.credit,
								beyond: answered.questions.map((_, j) => !places.includes(j))
							}
						}
					: {})
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name) || a.finishedAt - b.finishedAt);
	tagNamesakes(students, results, clock);
	const questions = quiz.questions.map((question, index) => {
		const correct = students.filter((s) => s.perQuestion[index]).length;
		const answered = students.filter(
			(s) => s.answers[index] !== null && s.answers[index] !== ''
		).length;
		const asked = students.filter((s) => s.asked[index]).length;
		const changedAfter = students.length - asked;
		const shares = students.filter((s) => s.asked[index]).map((s) => s.credit[index]);
		const marks = shares.reduce((sum, c) => sum + c, 0);
		return {
			index,
			question,
			correct,
			answered,
			asked,
			percent: percent(correct, asked),
			changedAfter,
			partly: shares.filter((c) => c > 0 && c < 1).length,
			markPercent: percent(marks, asked)
		};
	});
	// Fewest marks first: a question half the class got partly right is missed less than one
	// nobody got right at all.
	const mostMissed = students.length
		? questions
				.filter((q) => q.correct < q.asked)
				.sort((a, b) => a.markPercent - b.markPercent || a.percent - b.percent || a.index - b.index)
				.slice(0, 5)
		: [];
	const rightAnswers = students.reduce((sum, s) => sum + s.correct, 0);
	const askedAnswers = students.reduce((sum, s) => sum + s.total, 0);
	const classPercent = percent(rightAnswers, askedAnswers);
	return { students, questions, mostMissed, classPercent, rightAnswers, askedAnswers };
}

/** Hours and minutes in the device's own time zone and style ("09:41", "9:41 AM"). */
function localClock(ms: number): string {
	return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/**
 * The short attempt id a teacher and a student both read (its first 5 letters and digits): the report
 * tells two same-name results apart by it, so the student's result screen shows it too (outsider
 * teacher, 2026-12-02: "which one is yours?").
 */
export function shortAttemptId(attemptId: string): string {
	// Its letters and digits only: an id may hold "-" and "_", and "attempt ACSU-" on the
	// student's result read as cut off (outsider teacher, session 33).
	return attemptId.replace(/[-_]/g, '').slice(0, 5);
}

/**
 * Tags each row whose folded name another row shares: "finished <clock>", plus "attempt <first
 * 5 characters of its attempt id>" when the clock is the same too (two "Ana"s who finished in
 * the same minute). Rows with a name of their own get none.
 */
function tagNamesakes(
	students: StudentRow[],
	results: readonly (QuizResult & { key?: string })[],
	clock: (ms: number) => string
) {
	const byName = new Map<string, StudentRow[]>();
	for (const s of students) {
		const key = studentKey(s.name);
		byName.set(key, [...(byName.get(key) ?? []), s]);
	}
	const attempt = new Map(results.map((r) => [r.key ?? r.name, r.attemptId]));
	for (const group of byName.values()) {
		if (group.length < 2) continue;
		for (const s of group) {
			const time = clock(s.finishedAt);
			const sameTime = group.some((o) => o !== s && clock(o.finishedAt) === time);
			const id = shortAttemptId(attempt.get(s.key) ?? s.key);
			s.tag = sameTime ? `finished ${time}, attempt ${id}` : `finished ${time}`;
		}
	}
}

/**
 * A name folded the app's one way (`foldText`): "Đorđe Petrović", "dorde  petrovic" and
 * "Ána"/"ana " fold alike, so the teacher is asked whether two results are one pupil.
 */
export function studentKey(name: string): string {
	return foldText(name);
}
