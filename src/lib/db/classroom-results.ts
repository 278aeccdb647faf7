import type { QuizResult } from '$lib/quiz/types';
import { studentKey } from '$lib/quiz/report';
import {
	changedAt,
	classroomDb,
	type ClassroomDatabase,
	type DecidedResult,
	type StoredResult
} from './classroom';
import { plain } from './plain';
import { largest } from '$lib/text/largest';

/**
 * A quiz's results on the teacher's device (classroom database, `results`): adding a checked
 * result by its attempt, listing, renaming, removing. What happens to a same-name result waiting
 * for the teacher's choice is `classroom-decisions.ts`.
 */

export type AddResultOutcome =
	| { status: 'added'; result: StoredResult }
	/**
	 * This very attempt is already stored (the same code scanned or pasted again), or was set
	 * aside by an earlier same-name choice (`decided`): either way nothing changes.
	 */
	| {
			status: 'duplicate';
			result: StoredResult;
			decided?: Exclude<DecidedResult['decision'], 'removed'>;
	  }
	/**
	 * The teacher removed this attempt from the report earlier (any code of it, edited or not),
	 * or (`replaced`) let a same-name result replace it: nothing is stored; `result` carries the
	 * name it had when set aside, and `addBack` stores it if the teacher says so.
	 */
	| { status: 'removed'; result: StoredResult; replaced?: boolean }
	/**
	 * Another attempt under the same (folded) name is stored: nothing is saved until the teacher
	 * chooses `keepBoth` (two pupils called Ana) or `replace` (a retake replaces the earlier).
	 */
	| {
			status: 'same-name';
			result: StoredResult;
			previous: StoredResult[];
			/** Set when the earlier row is this very attempt with other answers: no "keep both". */
			sameAttempt?: boolean;
	  };

/** Stored results under the same folded name as `result`, other than this very attempt. */
export function namesakesOf(stored: readonly StoredResult[], result: StoredResult): StoredResult[] {
	return stored.filter((r) => r.studentKey === result.studentKey && r.key !== result.key);
}

/** The key a result of `quizId` is stored under. */
export function resultKey(quizId: string, attemptId: string): string {
	return `${quizId}|${attemptId}`;
}

/** Whether two results of one attempt carry the same finish time and answers (not an edited code). */
function sameContents(a: QuizResult, b: QuizResult): boolean {
	return a.finishedAt === b.finishedAt && JSON.stringify(a.answers) === JSON.stringify(b.answers);
}

export class ResultRepository {
	constructor(private db: ClassroomDatabase = classroomDb()) {}
	/**
	 * Adds a checked result, identified by its attempt, not its name. The same attempt scanned
	 * twice is a `duplicate`; another attempt under the same folded name ("Ana", "ána ") is
	 * `same-name` and waits for the teacher; anything else is `added`.
	 */
	async add(result: QuizResult, now = Date.now()): Promise<AddResultOutcome> {
		const { results, pending, decided } = this.db;
		return this.db.transaction('rw', [results, pending, decided], async () => {
			// Two codes scanned in the same millisecond must still list in the order they came:
			// `importedAt` is kept strictly increasing per quiz (it is the sort key of both tables).
			// One read of the quiz's results serves the order, the namesakes and the legacy check.
			const [inQuiz, waiting] = await Promise.all([
				this.listIn(result.quizId),
				pending.where('quizId').equals(result.quizId).toArray()
			]);
			const times = [...inQuiz, ...waiting].map((r) => r.importedAt);
			const latest = largest(times, 0);
			const stored = toStored(result, Math.max(now, latest + 1));
			const namesakes = namesakesOf(inQuiz, stored);
			const same = await this.db.results.get(stored.key);
			if (same && sameContents(same, stored)) return { status: 'duplicate' as const, result: same };
			// Removed, replaced or dropped before: the teacher's choice stands (a re-pasted thread).
			const before = await decided.where('key').equals(stored.key).toArray();
			// Under the name it had when removed: a name the teacher gave it (Rename) stays.
			const removed = same ? undefined : before.find((r) => r.decision === 'removed');
			if (removed) {
				const { name, studentKey } = removed;
				return { status: 'removed' as const, result: { ...stored, name, studentKey } };
			}
			// A replaced attempt may have been the wrong Ana: it can come back, as a removed one can.
			const replaced = same ? undefined : before.find((r) => r.decision === 'replaced');
			if (replaced) {
				const { name, studentKey } = replaced;
				const back = { ...stored, name, studentKey };
				return { status: 'removed' as const, result: back, replaced: true };
			}
			const setAside = before.find((r) => r.decision === 'discarded' && sameContents(r, stored));
			if (setAside?.decision === 'discarded')
				return { status: 'duplicate' as const, result: setAside, decided: setAside.decision };
			// Waits in `pending` until the teacher decides: nothing is lost on a reload.
			if (same || namesakes.length) await this.db.pending.put(plain(stored));
			// The same attempt with other answers: an edited code. Replace or keep, never both.
			if (same)
				return {
					status: 'same-name' as const,
					result: stored,
					previous: [same],
					sameAttempt: true
				};
			// A row from before attempt ids is the same attempt when everything it carried matches.
			const legacy = namesakes.find((r) => !r.attemptId && sameContents(r, stored));
			if (legacy) {
				await this.db.pending.delete(stored.key);
				return { status: 'duplicate' as const, result: legacy };
			}
			if (namesakes.length > 0)
				return { status: 'same-name' as const, result: stored, previous: namesakes };
			await this.db.results.add(plain(stored));
			return { status: 'added' as const, result: stored };
		});
	}

	/**
	 * Gives a stored result another name (the teacher tells two kept "Ana"s apart). `name` must
	 * already be checked (`checkStudentName`); its folded key follows, so a later attempt under
	 * the new name is compared with it. Throws when no result has `key`.
	 */
	async rename(key: string, name: string) {
		const changed = await this.db.results.update(key, { name, studentKey: studentKey(name) });
		if (!changed) throw new Error(`No result ${key}`);
	}

	private listIn(quizId: string): Promise<StoredResult[]> {
		return this.db.results.where('quizId').equals(quizId).toArray();
	}
	async list(quizId: string): Promise<StoredResult[]> {
		return this.db.results.where('quizId').equals(quizId).sortBy('importedAt');
	}
	async count(quizId: string): Promise<number> {
		return this.db.results.where('quizId').equals(quizId).count();
	}
	/**
	 * Removes a result from the report and remembers it as `removed`, so its code pasted again
	 * (a chat thread re-pasted) asks before it comes back (`add` says `removed`). No-op when no
	 * result has `key`.
	 */
	async remove(key: string, now = Date.now()) {
		const { results, decided } = this.db;
		await this.db.transaction('rw', [results, decided], async () => {
			const row = await results.get(key);
			if (!row) return;
			await decided.add(setAside(row, 'removed', now));
			await results.delete(key);
		});
	}

	/**
	 * "Add it back": forgets that the teacher removed (or replaced) this attempt and adds it as
	 * any new result (it may then wait for a same-name choice), in one transaction.
	 */
	async addBack(result: QuizResult, now = Date.now()): Promise<AddResultOutcome> {
		const { results, pending, decided } = this.db;
		const key = resultKey(result.quizId, result.attemptId);
		return this.db.transaction('rw', [results, pending, decided], async () => {
			await decided
				.where('key')
				.equals(key)
				.filter((r) => r.decision === 'removed' || r.decision === 'replaced')
				.delete();
			return this.add(result, now);
		});
	}
}

function toStored(result: QuizResult, now: number): StoredResult {
	return {
		...plain(result),
		key: resultKey(result.quizId, result.attemptId),
		studentKey: studentKey(result.name),
		importedAt: now
	};
}

/**
 * A stored row as a set-aside attempt (its own row id dropped: the table numbers rows), decided
 * at `now` (ms) or just after the row's last stamp if that is later, as a quiz's deletion is
 * (`QuizRepository.remove`): a row's stamp runs ahead of the clock when it changes twice in one
 * millisecond (`stampChanges`), and a decision stamped before it let an older classroom file
 * bring the removed result back (npm run fuzz, classroom-merge property, seed 2005: a rename,
 * then a removal, in one millisecond).
 */
export function setAside(
	row: StoredResult,
	decision: DecidedResult['decision'],
	now: number
): DecidedResult {
	const { id: _, ...result } = plain(row) as DecidedResult;
	return { ...result, decision, decidedAt: Math.max(now, changedAt(row) + 1) };
}
