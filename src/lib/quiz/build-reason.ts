import type { Question } from '$lib/content/schema';
import { plural } from '$lib/text/plural';
import { factCount, matchingQuestions, type BuildFilters } from './build';
import { QUIZ_TYPES } from './types';

/**
 * Why the quiz builder cannot create a quiz from `questions` (a course's accepted questions)
 * with these filters, in words a teacher can act on, or undefined when it can. The builder's
 * Create button is disabled with this reason beside it (outsider teacher: a flashcards-only
 * course said "0 different facts match" with Create enabled). A quiz takes only the types in
 * `QUIZ_TYPES` (`matchingQuestions`): they are marked on the student's phone; a flashcard is
 * judged by the learner, so it never enters a quiz.
 */
export function noQuizReason(
	questions: readonly Question[],
	filters: Omit<BuildFilters, 'count' | 'seed'>
): string | undefined {
	if (!questions.length)
		return 'This course has no accepted questions yet: accept or write some in Courses, then come back.';
	const quizzable = questions.filter((q) => (QUIZ_TYPES as readonly string[]).includes(q.type));
	if (!quizzable.length) {
		const cards = questions.filter((q) => q.type === 'flashcard').length;
		const only =
			cards === questions.length
				? `only ${plural(cards, 'flashcard')}`
				: 'no question a quiz can mark';
		return `This course has ${only}. A quiz is marked on each student's phone, so it takes multiple-choice, true-or-false, fill-the-blank and short-answer questions; a flashcard's answer is judged by the learner. Add such questions to the course (write them from its documents in Courses, or Import questions from a GIFT, Moodle XML, Aiken or sheet file), or choose another course.`;
	}
	if (!filters.types.length) return 'Choose at least one question type.';
	if (factCount(matchingQuestions(questions, filters)) === 0)
		return 'No questions match these choices. Choose more documents, topics or types.';
	return undefined;
}

/**
 * The line under "Number of questions": how many different facts match (one question each) and,
 * when the quiz cannot have as many as asked, how many it will have: fewer facts ("12 different
 * facts match (one question each): the quiz will have 12.") or more than `max` asked ("… A quiz
 * has at most 50 questions: this one will have 50."; asking for 60 silently gave 50, outsider
 * teacher, issue 14). Empty while the quiz cannot be built (`noQuizReason`): the reason then
 * stands alone, never under "0 different facts match" (outsider teacher, issue 12).
 */
export function factCountHint(
	available: number,
	count: number,
	blocked: string | undefined,
	max: number
): string {
	if (blocked) return '';
	const facts = `${plural(available, 'different fact')} ${available === 1 ? 'matches' : 'match'} (one question each)`;
	if (count > available && available <= max) return `${facts}: the quiz will have ${available}.`;
	if (count > max)
		return `${facts}. A quiz has at most ${plural(max, 'question')}: this one will have ${max}.`;
	return `${facts}.`;
}

/**
 * The line under "Number of questions" when the teacher chose questions and asked for more at
 * random up to `count` (`pickedQuestions`): "3 chosen, 7 more at random from 24 other facts that
 * match (one question each)." `pool` is how many facts no chosen question asks (`fillUpPool`);
 * when it is short, or `count` is over `max`, it says how many the quiz will have. Empty while
 * the quiz cannot be built (`blocked`), as `factCountHint`.
 */
export function fillUpHint(
	chosen: number,
	pool: number,
	count: number,
	blocked: string | undefined,
	max: number
): string {
	if (blocked) return '';
	const wanted = Math.min(Math.max(count, 0), max);
	const more = Math.max(0, Math.min(wanted - chosen, pool));
	const total = Math.min(chosen, max) + more;
	const over = count > max ? ` A quiz has at most ${plural(max, 'question')}.` : '';
	if (chosen > 0 && chosen >= wanted)
		return `${chosen} chosen, as many as the number asks: none will be added at random.${over}`;
	if (pool === 0)
		return `${chosen} chosen; no other fact matches the choices above, so none will be added at random.`;
	const start = chosen ? `${chosen} chosen, ${more} more` : `None chosen yet: ${more}`;
	const from = `from ${plural(pool, chosen ? 'other fact' : 'fact')} that ${pool === 1 ? 'matches' : 'match'} (one question each)`;
	const short = more < wanted - chosen;
	if (short || over) return `${start} at random ${from}: the quiz will have ${total}.${over}`;
	return `${start} at random ${from}.`;
}
