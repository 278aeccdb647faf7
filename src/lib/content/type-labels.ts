import type { QuestionType } from './schema';

/**
 * Each question type's name as every screen shows it (Review drafts, the writer, Study, the
 * questions list, Import questions, a class quiz): one table, so a type is never called two
 * things. "Fill the blank" in Import questions beside "Fill in the blank" everywhere else
 * confused an outsider teacher (session 22). In the order the writer's type select lists them.
 */
export const TYPE_LABELS: Record<QuestionType, string> = {
	cloze: 'Fill in the blank',
	mcq: 'Multiple choice',
	truefalse: 'True or false',
	short: 'Short answer',
	flashcard: 'Flashcard'
};
