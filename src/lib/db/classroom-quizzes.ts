import { classroomDb, type ClassroomDatabase, type StoredQuiz } from './classroom';
import { plain } from './plain';

/** The teacher's quizzes (classroom database, `quizzes`); removing one removes its results too. */
export class QuizRepository {
	constructor(private db: ClassroomDatabase = classroomDb()) {}

	save(quiz: StoredQuiz) {
		return this.db.quizzes.put(plain(quiz));
	}
	get(id: string) {
		return this.db.quizzes.get(id);
	}
	/** Newest first. */
	async list(): Promise<StoredQuiz[]> {
		return (await this.db.quizzes.orderBy('createdAt').reverse().toArray()) as StoredQuiz[];
	}
	async remove(id: string) {
		const { quizzes, results, pending, decided } = this.db;
		await this.db.transaction('rw', [quizzes, results, pending, decided], async () => {
			await this.db.results.where('quizId').equals(id).delete();
			await this.db.pending.where('quizId').equals(id).delete();
			await this.db.decided.where('quizId').equals(id).delete();
			await this.db.quizzes.delete(id);
		});
	}
}
