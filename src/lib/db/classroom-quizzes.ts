import { randomId } from '$lib/quiz/random';
import { quizVersionId } from '$lib/quiz/versions';
import { changedAt, classroomDb, type ClassroomDatabase, type StoredQuiz } from './classroom';
import { plain } from './plain';

/**
 * A new `StoredQuiz.revision`: random, so a record written by another tab, device (a classroom
 * file) or older version never passes for the one a screen read.
 */
export function newRevision(): string {
	return randomId(8);
}

/** What a checked write (`QuizRepository.saveOver`) did. */
export type QuizWrite =
	| { ok: true; quiz: StoredQuiz }
	/** The quiz was deleted meanwhile (in another tab). */
	| { ok: false; reason: 'gone' }
	/** Another write came first (another tab): `stored` is the quiz as it is now. */
	| { ok: false; reason: 'changed'; stored: StoredQuiz }
	/**
	 * Results came in meanwhile (`count` of them, stored now): a deletion confirmed for fewer
	 * results is not done (`removeOver`).
	 */
	| { ok: false; reason: 'results'; stored: StoredQuiz; count: number };

/** The teacher's quizzes (classroom database, `quizzes`); removing one removes its results too. */
export class QuizRepository {
	constructor(private db: ClassroomDatabase = classroomDb()) {}

	/** Writes a quiz whatever is stored (a new quiz: New quiz, Duplicate, Run again). */
	save(quiz: StoredQuiz) {
		return this.db.quizzes.put(plain({ ...quiz, revision: newRevision() }));
	}

	/**
	 * Writes `next` in place of `base` only if the stored quiz is still `base` (same `revision`),
	 * checked in the write's own transaction: two tabs open on one quiz each saved an edit and
	 * the second put back the first's old questions, silently (outsider teacher, issue 14; the
	 * settings form's rule, `study-settings.ts`). With `versions` (a change of questions), the
	 * quiz's results (counted, waiting, set aside) that name no version (codes made before versions) are stamped with the
	 * version they were marked against, the stored questions', so they stay marked against
	 * them (`answeredVersion`) and in this quiz's report: questions change after results are
	 * in, without "duplicate to change it" splitting a class's results over two quizzes.
	 * Never throws for a conflict (`changed`, `gone`); a storage failure rejects.
	 */
	async saveOver(
		base: StoredQuiz,
		next: StoredQuiz,
		{ versions = false }: { versions?: boolean } = {}
	): Promise<QuizWrite> {
		const { quizzes, results, pending, decided } = this.db;
		const tables = [quizzes, results, pending, decided];
		return this.db.transaction('rw', tables, async (): Promise<QuizWrite> => {
			const stored = await quizzes.get(base.id);
			if (!stored) return { ok: false, reason: 'gone' };
			if (stored.revision !== base.revision) return { ok: false, reason: 'changed', stored };
			const version = quizVersionId(stored.questions);
			// Waiting and set-aside results too: they may be counted later.
			if (versions && version !== quizVersionId(next.questions))
				for (const table of [results, pending, decided])
					await table
						.where('quizId')
						.equals(base.id)
						.filter((r) => !r.version)
						.modify({ version });
			const quiz = plain({ ...next, revision: newRevision() });
			await quizzes.put(quiz);
			return { ok: true, quiz };
		});
	}

	/**
	 * Applies `change` to the stored quiz and writes it, only while what the screen's form showed
	 * of it is unchanged (`same(base, stored)`: the title for Rename, open or closed for Close),
	 * in one transaction; another tab's other changes stay (applied on top). A Rename typed in
	 * a tab whose quiz another tab renamed meanwhile won without a word (outsider teachers,
	 * issue 14 again: the checked write of question edits, `saveOver`, for every field).
	 * Never throws for a conflict; a storage failure rejects.
	 */
	async changeOver(
		base: StoredQuiz,
		change: (stored: StoredQuiz) => StoredQuiz,
		same: (base: StoredQuiz, stored: StoredQuiz) => boolean
	): Promise<QuizWrite> {
		return this.db.transaction('rw', this.db.quizzes, async (): Promise<QuizWrite> => {
			const stored = await this.db.quizzes.get(base.id);
			if (!stored) return { ok: false, reason: 'gone' };
			if (!same(base, stored)) return { ok: false, reason: 'changed', stored };
			const quiz = plain({ ...change(stored), revision: newRevision() });
			await this.db.quizzes.put(quiz);
			return { ok: true, quiz };
		});
	}

	/**
	 * Applies `change` to the stored quiz and writes it, in one transaction: for a change of one
	 * field on top of whatever another tab saved (an ID number, an accepted answer, the title).
	 * `change` returns null to write nothing. Resolves to the quiz written, or undefined.
	 */
	async update(
		id: string,
		change: (stored: StoredQuiz) => StoredQuiz | null
	): Promise<StoredQuiz | undefined> {
		return this.db.transaction('rw', this.db.quizzes, async () => {
			const stored = await this.db.quizzes.get(id);
			const next = stored && change(stored);
			if (!next) return undefined;
			const quiz = plain({ ...next, revision: newRevision() });
			await this.db.quizzes.put(quiz);
			return quiz;
		});
	}

	get(id: string) {
		return this.db.quizzes.get(id);
	}
	/** Newest first. */
	async list(): Promise<StoredQuiz[]> {
		return (await this.db.quizzes.orderBy('createdAt').reverse().toArray()) as StoredQuiz[];
	}
	/**
	 * Every quiz id this device has used: its quizzes' and its deleted quizzes'. A new quiz or run
	 * never takes one, so a deleted quiz's join code or link is never drawn again for another
	 * quiz here (outsider teacher: a deleted quiz's code came back for a new one, and results of
	 * the old quiz would have counted for it).
	 */
	async usedIds(): Promise<Set<string>> {
		const { quizzes, deletedQuizzes } = this.db;
		return this.db.transaction('r', [quizzes, deletedQuizzes], async () => {
			const [here, deleted] = await Promise.all([
				quizzes.toCollection().primaryKeys(),
				deletedQuizzes.toCollection().primaryKeys()
			]);
			return new Set([...here, ...deleted].map(String));
		});
	}
	/**
	 * When quiz `id` was deleted on this device (ms since the epoch), or null when it was not, or
	 * was restored or made again since (it is stored). A link or join code of a deleted quiz must
	 * not open it on the device that deleted it (outsider teacher: a student joining by code on
	 * her laptop got the deleted quiz).
	 */
	async deletedAt(id: string): Promise<number | null> {
		const { quizzes, deletedQuizzes } = this.db;
		return this.db.transaction('r', [quizzes, deletedQuizzes], async () => {
			const [stored, deleted] = await Promise.all([quizzes.get(id), deletedQuizzes.get(id)]);
			return !stored && deleted ? deleted.deletedAt : null;
		});
	}
	/**
	 * Deletes quiz `base` and its results as `remove` does, only if the stored quiz is still
	 * `base` (same `revision`) and has `resultCount` results, checked in the deletion's own
	 * transaction: a Delete confirmed in one tab took with it a rename, an edit or results
	 * another tab had just saved, without a word (outsider teachers, issue 14). Resolves to
	 * `{ ok: true, quiz: base }` when deleted; `results` carries the count stored now.
	 */
	async removeOver(base: StoredQuiz, resultCount: number, now = Date.now()): Promise<QuizWrite> {
		const { quizzes, results, pending, decided, deletedQuizzes } = this.db;
		return this.db.transaction(
			'rw',
			[quizzes, results, pending, decided, deletedQuizzes],
			async (): Promise<QuizWrite> => {
				const stored = await quizzes.get(base.id);
				if (!stored) return { ok: false, reason: 'gone' };
				if (stored.revision !== base.revision) return { ok: false, reason: 'changed', stored };
				const count = await results.where('quizId').equals(base.id).count();
				if (count !== resultCount) return { ok: false, reason: 'results', stored, count };
				await this.remove(base.id, now);
				return { ok: true, quiz: base };
			}
		);
	}

	/**
	 * Deletes the quiz and its results, keeping a deletion record with the time (`now`, ms since
	 * the epoch), so an older classroom file does not bring it back (`classroom-merge.ts`).
	 */
	async remove(id: string, now = Date.now()) {
		const { quizzes, results, pending, decided, deletedQuizzes } = this.db;
		await this.db.transaction(
			'rw',
			[quizzes, results, pending, decided, deletedQuizzes],
			async () => {
				const stored = await quizzes.get(id);
				await results.where('quizId').equals(id).delete();
				await pending.where('quizId').equals(id).delete();
				await decided.where('quizId').equals(id).delete();
				await quizzes.delete(id);
				// After the quiz's last stamp even on a clock that is behind, as `stampChanges` does.
				const after = stored ? changedAt(stored) + 1 : 0;
				await deletedQuizzes.put({ id, deletedAt: Math.max(now, after) });
			}
		);
	}
}
