import type { QuizSettings } from './types';

/**
 * A quiz's time limit as a teacher and a student read it: "10 min for the whole quiz",
 * "45 s per question" or "No time limit". Whole minutes read as minutes (`seconds` is in
 * seconds, as in `QuizSettings`). One wording for both screens: the student's start screen and
 * the teacher's quiz page (an outsider teacher could not see the limit she had set).
 */
export function timeLimitText(settings: Pick<QuizSettings, 'timer' | 'seconds'>): string {
	const { timer, seconds } = settings;
	const amount = seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
	if (timer === 'quiz') return `${amount} for the whole quiz`;
	if (timer === 'question') return `${amount} per question`;
	return 'No time limit';
}

/** Whether a student can return to a question once past it (never with a per-question clock). */
export function canGoBackInQuiz(settings: Pick<QuizSettings, 'timer' | 'allowBack'>): boolean {
	return settings.allowBack && settings.timer !== 'question';
}
