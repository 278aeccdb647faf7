import { decodeQuiz, QUIZ_LIMITS } from './quiz-code';
import type { Quiz } from './types';
import { plural } from '$lib/text/plural';

/**
 * Why a quiz's link would not open on a student's device, or null when it would: the code is
 * decoded exactly as the student's Quiz screen decodes it, so a question that cannot travel (a
 * prompt past the link's text limits, text that shows as nothing) is found by the teacher before
 * the class, not by thirty students. `quiz` gives the question count for the message.
 */
export function quizLinkProblem(quiz: Pick<Quiz, 'questions'>, code: string): string | null {
	if (code.length > QUIZ_LIMITS.maxChars)
		return `${quiz.questions.length === 1 ? 'This question is' : `These ${plural(quiz.questions.length, 'question')} are`} too long for one quiz link (${code.length.toLocaleString('en')} characters; a student’s device opens at most ${QUIZ_LIMITS.maxChars.toLocaleString('en')}). Choose fewer questions.`;
	const decoded = decodeQuiz(code);
	if (!decoded.ok)
		return `This quiz could not be put in a link: ${decoded.message.replace(/^This quiz link is not valid \((.*)\)\..*$/s, '$1')}. Choose other questions or edit that one.`;
	return null;
}
