import { plural } from '$lib/text/plural';
import { orList } from '$lib/text/and-list';
import { codePrefixes } from './envelope';
import type { StoredResult } from '$lib/db/classroom';
import type { AddResultOutcome, ResultRepository } from '$lib/db/classroom-results';
import { highestGrade } from './attempt-limit';
import { findCodes } from './find-codes';
import { checkResultForQuiz, decodeResult, nameInRefusedCode } from './result-code';
import { closedMessage } from './runs';
import { PartCollector, parsePart } from './result-parts';
import { scoreAnswers } from './scoring';
import type { Quiz } from './types';
import { answeredVersion, versionWords, type VersionedQuiz } from './versions';
import { nextTask } from '$lib/ui/next-task';

/**
 * The teacher's side of collecting results, scanned or pasted, kept out of the component so it
 * can be tested: each code is decoded, checked against the quiz, scored and stored, and becomes
 * one event the panel shows.
 */

/**
 * `version`, on a scored event: which version of the quiz the result answered, when not the
 * current one, in words (`versionWords`).
 */
export type CollectEvent =
	| { kind: 'added'; result: StoredResult; correct: number; total: number; version?: string }
	/** Already counted, or (`decided`) set aside by the teacher's earlier same-name choice. */
	| { kind: 'duplicate'; result: StoredResult; decided?: 'replaced' | 'discarded' }
	| {
			kind: 'same-name';
			result: StoredResult;
			previous: StoredResult[];
			sameAttempt: boolean;
			correct: number;
			total: number;
			/**
			 * A retake of a quiz that limits attempts, settled without asking (`highestGrade`): it
			 * replaces `earlier`, or is kept out. Absent: the teacher chooses.
			 */
			auto?: { choice: 'replace'; earlier: StoredResult } | { choice: 'keep' };
	  }
	/**
	 * The teacher removed this attempt earlier, or (`replaced`) let a same-name result replace
	 * it: nothing stored; the panel offers "Add it back".
	 */
	| { kind: 'removed'; result: StoredResult; correct: number; total: number; replaced?: boolean }
	| { kind: 'part'; have: number; total: number; repeated: boolean }
	| {
			kind: 'refused';
			text: string;
			/** Whose code it was, when it could be read. */ name?: string;
			/**
			 * Where a pasted code was: its line in the pasted text and its place among the codes
			 * found ("line 4, code 3 of 5"), so the teacher knows which one to ask for again.
			 */
			where?: string;
	  };

export interface PasteSummary {
	codes: number;
	added: number;
	duplicates: number;
	/** Attempts the teacher already set aside (Replace earlier, Keep earlier only). */
	decided: number;
	/** Attempts the teacher removed from the report earlier, offered to add back. */
	removed: number;
	/** Attempts a same-name result replaced earlier, offered to add back. */
	replaced: number;
	/** Same-name results waiting for the teacher's choice. */
	sameName: number;
	/** Retakes that replaced a lower earlier result (`highestGrade`), and those kept out. */
	retakesReplaced: number;
	retakesKept: number;
	refused: number;
	parts: number;
	ignoredWords: number;
	broken: number;
	/** The lines of the cut-off codes (`broken`), to name in the summary. */
	brokenLines?: number[];
	repeats: number;
	quizLinks: number;
}

/** A summary of a paste in which nothing was found yet: every count 0, no cut-off lines. */
export function emptySummary(): PasteSummary {
	return {
		codes: 0,
		added: 0,
		duplicates: 0,
		decided: 0,
		removed: 0,
		replaced: 0,
		sameName: 0,
		retakesReplaced: 0,
		retakesKept: 0,
		refused: 0,
		parts: 0,
		ignoredWords: 0,
		broken: 0,
		repeats: 0,
		quizLinks: 0
	};
}

/** Codes handled between two yields to the event loop, so a huge paste never freezes the tab. */
export const CODES_PER_SLICE = 20;

export class ResultCollector {
	#parts = new PartCollector();

	constructor(
		/** With `closedAt` when the teacher closed it: then every result is refused. */
		private quiz: Quiz & VersionedQuiz & { closedAt?: number },
		private others: readonly Pick<Quiz, 'id' | 'title'>[],
		private results: Pick<ResultRepository, 'add'>
	) {}

	/** One code (scanned, or found in a paste). Never throws: a failure is a `refused` event. */
	async addCode(code: string): Promise<CollectEvent> {
		const part = parsePart(code);
		if (part) {
			const outcome = this.#parts.add(part);
			if (outcome.status === 'waiting') return { kind: 'part', ...outcome };
			if (outcome.status === 'mismatch')
				return {
					kind: 'refused',
					text: `The ${outcome.total} parts scanned do not make one result code; scan them again.`
				};
			code = outcome.code;
		}
		const decoded = decodeResult(code);
		if (!decoded.ok)
			return { kind: 'refused', text: decoded.message, name: nameInRefusedCode(code) };
		const closed = closedMessage(this.quiz);
		if (closed) return { kind: 'refused', text: closed, name: decoded.value.name };
		const checked = checkResultForQuiz(decoded.value, this.quiz, this.others);
		if (!checked.ok) return { kind: 'refused', text: checked.message, name: decoded.value.name };
		try {
			return outcomeEvent(this.quiz, await this.results.add(checked.value));
		} catch {
			return {
				kind: 'refused',
				text: 'The result could not be saved on this device.',
				name: checked.value.name
			};
		}
	}

	/**
	 * Every code found in pasted text, in order, reporting each event as it happens and yielding
	 * to the event loop every `CODES_PER_SLICE` codes. Returns the totals for one summary line.
	 */
	async addText(text: string, onEvent: (event: CollectEvent, done: number, of: number) => void) {
		const found = findCodes(text);
		const summary: PasteSummary = {
			...emptySummary(),
			codes: found.codes.length,
			ignoredWords: found.ignoredWords,
			broken: found.broken,
			brokenLines: found.brokenLines,
			repeats: found.repeats,
			quizLinks: found.quizLinks
		};
		const many = found.codes.length > 1;
		const lines = text.split('\n');
		for (const [i, code] of found.codes.entries()) {
			if (i > 0 && i % CODES_PER_SLICE === 0) await nextTask();
			let event = await this.addCode(code);
			if (event.kind === 'refused') {
				const place = many ? `, code ${i + 1} of ${found.codes.length}` : '';
				// A damaged code names no student: the line's own words ("[16:02] Ćiro:") say who
				// sent it (outsider teacher had to count the chat's lines to know whom to ask).
				const said = event.name ? '' : lineWords(lines[found.lines[i] - 1] ?? '');
				event = { ...event, where: `line ${found.lines[i]}${place}${said ? ` (“${said}”)` : ''}` };
			}
			if (event.kind === 'added') summary.added++;
			else if (event.kind === 'duplicate' && event.decided) summary.decided++;
			else if (event.kind === 'duplicate') summary.duplicates++;
			else if (event.kind === 'same-name')
				summary[
					!event.auto
						? 'sameName'
						: event.auto.choice === 'replace'
							? 'retakesReplaced'
							: 'retakesKept'
				]++;
			else if (event.kind === 'removed') summary[event.replaced ? 'replaced' : 'removed']++;
			else if (event.kind === 'part') summary.parts++;
			else summary.refused++;
			onEvent(event, i + 1, found.codes.length);
		}
		return summary;
	}

	/** Result codes still waiting for parts: "2 of 3 parts scanned". */
	get pendingParts() {
		return this.#parts.pending;
	}
}

/**
 * A pasted line's own words without its code-like runs (16 or more code characters), at most 30
 * characters: what a chat shows before a code, such as the sender's name. `''` when none.
 */
export function lineWords(line: string): string {
	const words = line
		.replace(/[A-Za-z0-9_+/=.-]{16,}/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return words.length > 30 ? `${words.slice(0, 29)}…` : words;
}

/**
 * What storing a result did, as the event the panel shows (also for "Add it back", which stores
 * a removed result again), scored against the version of `quiz` it answered.
 */
export function outcomeEvent(quiz: Quiz & VersionedQuiz, outcome: AddResultOutcome): CollectEvent {
	const answered = answeredVersion(quiz, outcome.result);
	const { correct, total } = scoreAnswers(answered, outcome.result.answers);
	const version = versionWords(answered);
	switch (outcome.status) {
		case 'added':
			return { kind: 'added', result: outcome.result, correct, total, ...(version && { version }) };
		case 'removed':
			return {
				kind: 'removed',
				result: outcome.result,
				correct,
				total,
				...(outcome.replaced ? { replaced: true } : {})
			};
		case 'duplicate':
			return {
				kind: 'duplicate',
				result: outcome.result,
				...(outcome.decided ? { decided: outcome.decided } : {})
			};
		case 'same-name': {
			// A changed code of a stored attempt is always the teacher's to judge.
			const auto = outcome.sameAttempt
				? null
				: highestGrade(
						quiz.settings.attempts,
						outcome.result.attempt,
						correct,
						outcome.previous.map((result) => ({
							result,
							score: scoreAnswers(answeredVersion(quiz, result), result.answers).correct
						}))
					);
			return {
				kind: 'same-name',
				result: outcome.result,
				previous: outcome.previous,
				sameAttempt: outcome.sameAttempt ?? false,
				correct,
				total,
				...(auto && { auto })
			};
		}
	}
}

/**
 * What the teacher is told when there is nothing to read: an empty paste, or an opened result
 * file `file` that is empty (it said "Paste result codes first.", outsider, session 29).
 */
export function nothingToRead(file?: string): string {
	return file ? `${file} is empty: it holds no result code.` : 'Paste result codes first.';
}

/** What the teacher is told about a code that changes nothing (after the student's name). */
export function duplicateText(decided?: 'replaced' | 'discarded'): string {
	if (decided === 'replaced')
		return 'this attempt was replaced by a later result of the same name; nothing changed.';
	if (decided === 'discarded')
		return 'this attempt was refused as a retake (you kept the earlier result); nothing changed.';
	return 'already counted; nothing changed.';
}

/**
 * One line about a whole paste or opened file, in words. `file`: the name of the result file
 * the text came from, when it did (Open result files): its refusal names the file, not "the
 * pasted text" (outsider, session 29: a binary file got "No result code found in the pasted
 * text").
 */
export function describePaste(s: PasteSummary, file?: string): string {
	const quizLink =
		s.quizLinks > 0
			? ' This is a quiz link, not a result code: students open it on the Quiz screen.'
			: '';
	if (s.codes === 0 && quizLink) return (file ? `${file}: ` : '') + quizLink.trim();
	if (s.codes === 0)
		return s.broken > 0
			? `No complete result code found${file ? ` in ${file}` : ''}: ${s.broken} looked cut off${linesOf(s.brokenLines)}. Ask for the whole code.`
			: `${file ? `${file} holds no result code` : 'No result code found in the pasted text'}. A result code starts with ${orList(codePrefixes('result').map((p) => `“${p}”`))}.`;
	const done = [
		s.added && `${s.added} added`,
		s.duplicates && `${s.duplicates} already counted`,
		s.decided && `${s.decided} already decided`,
		s.sameName && `${s.sameName} waiting for you (same name)`,
		// Said here as the log line below says it ("replaced … The highest score counts"), not as
		// "waiting for you" beside a "Done: replaced" (outsider teacher, session 34).
		s.retakesReplaced && `${plural(s.retakesReplaced, 'retake')} replaced a lower earlier result`,
		s.retakesKept &&
			`${plural(s.retakesKept, 'retake')} not counted (an earlier result scored as high)`,
		s.removed && `${s.removed} you removed earlier (asked below: add it back?)`,
		s.replaced &&
			`${s.replaced} replaced earlier by a same-name result (asked below: add it back?)`,
		s.parts && `${plural(s.parts, 'part')} of longer codes`,
		s.refused && `${s.refused} refused`
	].filter(Boolean);
	const ignored = [
		s.ignoredWords && plural(s.ignoredWords, 'other word'),
		s.repeats && plural(s.repeats, 'repeated code'),
		s.broken && `${plural(s.broken, 'cut-off code')}${linesOf(s.brokenLines)}`
	].filter(Boolean);
	return (
		`Found ${plural(s.codes, 'result code')}${file ? ` in ${file}` : ''}: ${done.join(', ')}.` +
		(ignored.length ? ` Ignored ${ignored.join(', ')}.` : '') +
		quizLink
	);
}

/** " (line 3)", " (lines 3, 7 and 9)": where cut-off codes were; empty when not known. */
function linesOf(lines: readonly number[] | undefined): string {
	if (!lines?.length) return '';
	const shown = lines.slice(0, 10);
	const list =
		shown.length === 1
			? `${shown[0]}`
			: `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}${lines.length > shown.length ? ' and more' : ''}`;
	return ` (${lines.length === 1 ? 'line' : 'lines'} ${list})`;
}
