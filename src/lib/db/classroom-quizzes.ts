import { randomId } from '$lib/quiz/random';
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
	/** A change of questions after results came in (`count` of them): they stay as answered. */
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
	 * settings form's rule, `study-settings.ts`). With `questions`, the write is also refused
	 * once the quiz has results (from another tab), whose answers refer to its questions.
	 * Never throws for a conflict; a storage failure rejects.
	 */
	async saveOver(
		base: StoredQuiz,
		next: StoredQuiz,
		{ questions = false }: { questions?: boolean } = {}
	): Promise<QuizWrite> {
		const { quizzes, results } = this.db;
		return this.db.transaction('rw', [quizzes, results], async (): Promise<QuizWrite> => {
			const stored = await quizzes.get(base.id);
			if (!stored) return { ok: false, reason: 'gone' };
			if (stored.revision !== base.revision) return { ok: false, reason: 'changed', stored };
			const count = questions ? await results.where('quizId').equals(base.id).count() : 0;
			if (count) return { ok: false, reason: 'results', stored, count };
			const quiz = plain({ ...next, revision: newRevision() });
			await quizzes.put(quiz);
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
