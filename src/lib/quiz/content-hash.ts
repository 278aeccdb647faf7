import { crc32Text } from './bytes';
import type { QuizQuestion } from './types';

/*
 * Kept apart from quiz-code.ts, which reaches the bank (`course-source.ts`): result codes and
 * quiz versions hash questions too, and the e2e specs import result-code.ts under Node.
 */

/**
 * The CRC-32 (8 hex digits) of what a student must see the same as the teacher: each question's
 * id, type, prompt, answer, choices and accepted answers, in quiz order, and a multiple-answer
 * question's weights (only there, so every other quiz's hash is as before). Explanations and
 * quotes are left out, so a typo fix in one does not break a class's quiz.
 */
export function quizContentHash(questions: readonly QuizQuestion[]): string {
	const canonical = questions.map((q) => [
		q.id,
		q.type,
		q.prompt,
		q.answer,
		q.choices ?? null,
		q.accept ?? null,
		...(q.type === 'multi' ? [q.weights ?? []] : [])
	]);
	return crc32Text(JSON.stringify(canonical)).toString(16).padStart(8, '0');
}
