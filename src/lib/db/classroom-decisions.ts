import { newRevision } from './classroom-quizzes';
import {
	classroomDb,
	type ClassroomDatabase,
	type DecidedResult,
	type StoredResult
} from './classroom';
import { namesakesOf, setAside } from './classroom-results';
import { plain } from './plain';

/**
 * The teacher's choices on same-name results (classroom database, `pending` and `decided`): a
 * result waiting for Keep both / Replace earlier / Keep earlier only, stored until decided, and
 * the attempts a choice set aside, remembered so the same code pasted again changes nothing.
 */

/** A same-name result waiting for the teacher, with what it collides with. */
export interface PendingResult {
	result: StoredResult;
	previous: StoredResult[];
	/** The very attempt is stored with other answers (an edited code): no "keep both". */
	sameAttempt: boolean;
}

/**
 * What a same-name choice did: `decided` when the waiting result was no longer waiting (the
 * choice was made in another tab or window) or the earlier result to replace is gone: nothing
 * is written (a stale tab's Replace undid the other tab's Keep earlier only, issue 14).
 */
export type ChoiceWrite = 'done' | 'decided';

/** What the screen says of a choice refused as `decided`: the report shows the other choice. */
export const DECIDED_ELSEWHERE =
	'Nothing changed: the choice for this result was already made in another tab or window (or its earlier result was removed there). The report shows what was chosen there.';

export class DecisionRepository {
	constructor(private db: ClassroomDatabase = classroomDb()) {}

	/** Stores a `same-name` result beside the earlier ones (not for a `sameAttempt` one). */
	async keepBoth(result: StoredResult): Promise<ChoiceWrite> {
		const row = plain(result);
		return this.db.transaction('rw', this.db.results, this.db.pending, async () => {
			if (!(await this.db.pending.get(row.key)) || (await this.db.results.get(row.key)))
				return 'decided';
			await this.db.results.add(row);
			await this.db.pending.delete(row.key);
			return 'done';
		});
	}

	/**
	 * Stores a `same-name` result in place of ONE earlier result (`previousKey`), atomically; the
	 * other namesakes stay (two pupils called Ana: only the one who retook is replaced). The
	 * earlier result is remembered as `replaced`, so its code pasted again offers "Add it back".
	 * The gradebook id typed for that earlier result is that student's: it moves to the new one;
	 * an id typed for any other namesake stays where it was typed. The new result takes the earlier
	 * one's display name.
	 */
	async replace(result: StoredResult, previousKey: string, now = Date.now()): Promise<ChoiceWrite> {
		const row = plain(result);
		const { quizzes, results, pending, decided } = this.db;
		return this.db.transaction('rw', [quizzes, results, pending, decided], async () => {
			const earlier = await results.get(previousKey);
			if (!earlier || !(await pending.get(row.key))) return 'decided';
			await decided.add(setAside(earlier, 'replaced', now));
			const quiz = await quizzes.get(row.quizId);
			const id = quiz?.studentIds?.[previousKey];
			if (quiz && id && !quiz.studentIds?.[row.key])
				await quizzes.update(row.quizId, {
					studentIds: { ...quiz.studentIds, [row.key]: id },
					revision: newRevision()
				});
			await results.delete(previousKey);
			// Under the earlier result's name: the teacher's spelling ("Ben O'Brien"), or the one
			// she gave it by Rename, not the retake's "ben o'brien" (outsider teacher, session 37).
			// Rename is the way to another.
			await results.put({ ...row, name: earlier.name, studentKey: earlier.studentKey });
			await pending.delete(row.key);
			return 'done';
		});
	}

	/**
	 * "Keep earlier only": the waiting result is not added, the stored ones stay; it is
	 * remembered as `discarded` (a refused retake), so its code pasted again changes nothing and
	 * says so, never "add it back?" as a removed result does.
	 */
	async discardPending(result: Pick<StoredResult, 'key'>, now = Date.now()): Promise<ChoiceWrite> {
		const { pending, decided } = this.db;
		return this.db.transaction('rw', [pending, decided], async () => {
			const waiting = await pending.get(result.key);
			if (!waiting) return 'decided';
			await decided.add(setAside(waiting, 'discarded', now));
			await pending.delete(result.key);
			return 'done';
		});
	}

	/**
	 * Takes a stored result out of the report as a same-name choice made in the report (Rename to
	 * a name another result has): `replaced` (the other result replaced it) or `discarded` ("Keep
	 * earlier only": this later attempt is a refused retake, as Moodle's "first attempt" grading
	 * keeps the first and records the rest). Unlike `ResultRepository.remove`, its code pasted
	 * again then says what the teacher decided (`duplicateText`, or "replaced… add it back?"),
	 * not "removed earlier". No-op when no result has `key`.
	 */
	async setAsideStored(key: string, decision: 'replaced' | 'discarded', now = Date.now()) {
		const { results, decided } = this.db;
		await this.db.transaction('rw', [results, decided], async () => {
			const row = await results.get(key);
			if (!row) return;
			await decided.add(setAside(row, decision, now));
			await results.delete(key);
		});
	}

	/**
	 * The attempts of `quizId` set aside and not back in the report, one per attempt (its latest
	 * decision): refused retakes (`discarded`), results the teacher removed (`removed`) and
	 * results a same-name result replaced (`replaced`), for the report to list them outside the
	 * grades (refused ones were nowhere, outsider teacher issue 12; a removed one left no trace,
	 * 2026-12-02). An attempt stored again, or waiting for a choice again, is not listed. Sorted
	 * by name, then finish time.
	 */
	async listSetAside(quizId: string): Promise<DecidedResult[]> {
		const { decided, results, pending } = this.db;
		const [rows, stored, waiting] = await this.db.transaction(
			'r',
			[decided, results, pending],
			() =>
				Promise.all([
					decided.where('quizId').equals(quizId).toArray(),
					results.where('quizId').equals(quizId).primaryKeys(),
					pending.where('quizId').equals(quizId).primaryKeys()
				])
		);
		const latest = new Map<string, DecidedResult>();
		for (const row of rows) {
			const seen = latest.get(row.key);
			if (!seen || row.decidedAt >= seen.decidedAt) latest.set(row.key, row);
		}
		const back = new Set<string>([...stored, ...waiting]);
		return [...latest.values()]
			.filter((row) => !back.has(row.key))
			.sort((a, b) => a.name.localeCompare(b.name) || a.finishedAt - b.finishedAt);
	}

	/** How many same-name results of `quizId` wait for the teacher (not in the report yet). */
	async countPending(quizId: string): Promise<number> {
		return this.db.pending.where('quizId').equals(quizId).count();
	}

	/**
	 * The same-name results of `quizId` still waiting for the teacher, oldest first, each with the
	 * stored results it collides with as they are now (an earlier choice may have changed them).
	 * A waiting result whose namesakes are all gone meanwhile is listed with none (`previous: []`):
	 * the panel then offers to add it.
	 */
	async listPending(quizId: string): Promise<PendingResult[]> {
		const [waiting, stored] = await this.db.transaction('r', this.db.results, this.db.pending, () =>
			Promise.all([
				this.db.pending.where('quizId').equals(quizId).sortBy('importedAt'),
				this.db.results.where('quizId').equals(quizId).toArray()
			])
		);
		return waiting.map((result) => {
			const same = stored.find((r) => r.key === result.key);
			return same
				? { result, previous: [same], sameAttempt: true }
				: { result, previous: namesakesOf(stored, result), sameAttempt: false };
		});
	}
}
