import type { Question } from '$lib/content/schema';
import { plural, pluralOf } from '$lib/text/plural';
import { factCount, inDocsAndTopics, matchingQuestions, type BuildFilters } from './build';
import { QUIZ_TYPES, QUIZ_TYPE_LABELS, type QuizQuestion, type QuizQuestionType } from './types';

/** When a flashcard can be asked in a quiz (`cardQuizQuestion`), in a teacher's words. */
export const CARD_FORMS =
	'A flashcard is asked as a short answer when its answer is a term, a name or a number (three words at most), and as multiple choice when three other flashcards of the course have an answer of the same kind (a year, a name, a definition of a disease …), to be its wrong choices, and its answer does not stand out among them by its length or its form.';

/**
 * Why the quiz builder cannot create a quiz from `questions` (a course's accepted questions)
 * with these filters, in words a teacher can act on, or undefined when it can. The builder's
 * Create button is disabled with this reason beside it (outsider teacher: a flashcards-only
 * course said "0 different facts match" with Create enabled). A quiz takes only the types in
 * `QUIZ_TYPES` (`matchingQuestions`): they are marked on the student's phone. `questions` come
 * as `courseQuizIndex` gives them: a flashcard it could make a quiz question is one already, so
 * a flashcard left here is one no quiz can ask (`CARD_FORMS` says why).
 */
export function noQuizReason(
	questions: readonly Question[],
	filters: Omit<BuildFilters, 'count' | 'seed'>
): string | undefined {
	if (!questions.length)
		return 'This course has no accepted questions yet: accept or write some in Courses, then come back.';
	const quizzable = questions.filter((q) => (QUIZ_TYPES as readonly string[]).includes(q.type));
	if (!quizzable.length) {
		const cards = plural(questions.length, 'flashcard');
		if (!filters.types.includes('mcq') || !filters.types.includes('short'))
			return `This course has only ${cards}: a quiz asks them as multiple-choice or short-answer questions. Tick Multiple choice and Short answer under Question types.`;
		return `This course has only ${cards}, and a quiz cannot ask them yet. ${CARD_FORMS} Accept more of the course's drafts or write more flashcards (Courses), add multiple-choice, true-or-false, fill-the-blank or short-answer questions (write them, or Import questions from a GIFT, Moodle XML, Aiken or sheet file), or choose another course.`;
	}
	if (!filters.types.length) return 'Choose at least one question type.';
	if (factCount(matchingQuestions(questions, filters)) === 0)
		return noMatchReason(quizzable, filters);
	return undefined;
}

/**
 * How many of `questions` are of each quiz type in the documents and topics `filters` tick,
 * whatever types it ticks, so the builder shows what a course has before the types are chosen
 * (docs30: a course of blanks only). A question in `fromBlanks` (a blank asked as multiple
 * choice, `withBlankChoices`) counts as the fill-the-blank question it is.
 */
export function typeCounts(
	questions: readonly Question[],
	filters: Pick<BuildFilters, 'docs' | 'topics'>,
	fromBlanks: ReadonlySet<string> = new Set()
): Record<QuizQuestionType, number> {
	const counts = Object.fromEntries(QUIZ_TYPES.map((t) => [t, 0])) as Record<
		QuizQuestionType,
		number
	>;
	for (const q of questions) {
		const type = fromBlanks.has(q.id) ? 'cloze' : q.type;
		if (type in counts && inDocsAndTopics(q, filters)) counts[type as QuizQuestionType]++;
	}
	return counts;
}

/**
 * Why no question matches when the course has quiz questions: which types the ticked documents
 * and topics do have, and what to tick (docs30: "No questions match these choices" with no way
 * on, for a course of blanks only and a quiz of multiple choice or true/false).
 */
function noMatchReason(
	questions: readonly Question[],
	filters: Omit<BuildFilters, 'count' | 'seed'>
): string {
	const counts = typeCounts(questions, filters);
	const has = QUIZ_TYPES.filter((t) => counts[t] > 0);
	if (!has.length)
		return 'No questions match these choices: the documents or topics ticked have none. Tick more documents or topics, or none for all.';
	const label = (t: QuizQuestionType) => QUIZ_TYPE_LABELS[t].toLowerCase();
	const what = has.map((t) => `${counts[t]} ${label(t)}`).join(', ');
	const wanted = filters.types.map(label).join(' or ');
	const tick = has.map((t) => QUIZ_TYPE_LABELS[t]).join(' or ');
	const blanks =
		has.includes('cloze') && !filters.types.includes('mcq')
			? `, or tick Multiple choice (with ${QUIZ_TYPE_LABELS.cloze} unticked) to ask the key-term blanks as multiple choice, the course's other terms their wrong choices`
			: '';
	return `No questions match these choices: the questions here are ${what}, none ${wanted}. Tick ${tick} to include them${blanks}.`;
}

/**
 * The line under "Number of questions": how many different facts match (one question each) and,
 * when the quiz cannot have as many as asked, how many it will have: fewer facts ("12 different
 * facts match (one question each): the quiz will have 12.") or more than `max` asked ("… A quiz
 * has at most 50 questions: this one will have 50."; asking for 60 silently gave 50, outsider
 * teacher, issue 14). Empty while the quiz cannot be built (`noQuizReason`): the reason then
 * stands alone, never under "0 different facts match" (outsider teacher, issue 12). `facts`: how
 * many facts match when some would give another's answer away (`available` is then fewer).
 */
export function factCountHint(
	available: number,
	count: number,
	blocked: string | undefined,
	max: number,
	facts = available
): string {
	if (blocked) return '';
	const giving = facts - available;
	// `available` is the facts a quiz can ask without one giving another's answer away
	// (`askableCount`): said when fewer, so "the quiz will have 16" never follows "17 match".
	const matched = `${plural(facts, 'different fact')} ${facts === 1 ? 'matches' : 'match'} (one question each)`;
	const said =
		giving > 0
			? `${matched}; ${plural(giving, 'question')} would give another’s answer away, so ${available} can be asked`
			: matched;
	if (count > available && available <= max) return `${said}: the quiz will have ${available}.`;
	if (count > max)
		return `${said}. A quiz has at most ${plural(max, 'question')}: this one will have ${max}.`;
	return `${said}.`;
}

/**
 * The line under "Number of questions" when the teacher chose questions and asked for more at
 * random up to `count` (`pickedQuestions`): "3 chosen, 7 more at random from 24 other facts that
 * match (one question each)." `pool` is how many facts no chosen question asks and how many of
 * them can be added without one giving another's answer away (`fillUpPool`); when that is short,
 * or `count` is over `max`, it says how many the quiz will have, which is what the fill-up adds
 * (a teacher asked for 10 and got 8 without a word, session 30). Empty while the quiz cannot be
 * built (`blocked`), as `factCountHint`.
 */
export function fillUpHint(
	chosen: number,
	pool: { facts: number; room: number },
	count: number,
	blocked: string | undefined,
	max: number
): string {
	if (blocked) return '';
	const { facts, room } = pool;
	const wanted = Math.min(Math.max(count, 0), max);
	const more = Math.max(0, Math.min(wanted - chosen, room));
	const total = Math.min(chosen, max) + more;
	const over = count > max ? ` A quiz has at most ${plural(max, 'question')}.` : '';
	if (chosen > 0 && chosen >= wanted)
		return `${chosen} chosen, as many as the number asks: none will be added at random.${over}`;
	if (facts === 0)
		return `${chosen} chosen; no other fact matches the choices above, so none will be added at random.`;
	const matches = facts === 1 ? 'matches' : 'match';
	if (room === 0)
		return `${chosen} chosen; ${plural(facts, 'other fact')} ${matches}, but each would give away an answer or have its own given away, so none will be added at random.`;
	const start = chosen ? `${chosen} chosen, ${more} more` : `None chosen yet: ${more}`;
	const giving =
		room < facts
			? `; ${facts - room} of them would give away an answer or have their own given away, so ${room} can be added`
			: '';
	const from = `from ${plural(facts, chosen ? 'other fact' : 'fact')} that ${matches} (one question each)${giving}`;
	const short = more < wanted - chosen;
	if (short || over) return `${start} at random ${from}: the quiz will have ${total}.${over}`;
	return `${start} at random ${from}.`;
}

/**
 * Why a quiz of `questions` (as `courseQuizIndex` gives them) has fewer than asked, and what to
 * do, said after the count line when it will be shorter (issue 12: an own course's quiz had one
 * question of ten): the flashcards the choices match that no quiz can ask (`CARD_FORMS`), and
 * where more questions come from. The documents and topics of `filters` count, not its types:
 * ticking a type is one of the things to do.
 */
export function shortfallNote(
	questions: readonly Question[],
	filters: Omit<BuildFilters, 'count' | 'seed'>
): string {
	const inChoice = questions.filter((q) => inDocsAndTopics(q, filters));
	const left = inChoice.filter((q) => q.type === 'flashcard');
	// A flashcard is asked as multiple choice or a short answer: unticked, those would take it.
	const asCard = (t: QuizQuestionType) => left.length > 0 && (t === 'mcq' || t === 'short');
	const unticked = QUIZ_TYPES.filter(
		(t) => !filters.types.includes(t) && (asCard(t) || inChoice.some((q) => q.type === t))
	);
	const cards =
		left.length && !unticked.some(asCard)
			? ` ${plural(left.length, 'flashcard')} of these choices cannot be asked in a quiz: ${CARD_FORMS.charAt(0).toLowerCase()}${CARD_FORMS.slice(1)}`
			: '';
	const tick = unticked.length
		? ` Tick ${unticked.map((t) => QUIZ_TYPE_LABELS[t]).join(' or ')} for more.`
		: '';
	return `${cards}${tick} To ask more, accept more of the course's drafts or write questions in Courses.`.trim();
}

/**
 * Beside the counts, whatever number is asked: the accepted flashcards of the ticked documents
 * and topics that no quiz can ask, and why (`CARD_FORMS`), or '' when there are none or ticking
 * Multiple choice or Short answer would take them (`shortfallNote` says so). Outsider teacher,
 * issue 12: "Rivers (8)", "Volcanoes (7)" and "15 different facts" for a course of 17 accepted,
 * the reason shown only when she asked for more than 15.
 */
export function unaskedCardsNote(
	questions: readonly Question[],
	filters: Omit<BuildFilters, 'count' | 'seed'>
): string {
	if (!filters.types.includes('mcq') || !filters.types.includes('short')) return '';
	const left = questions.filter((q) => q.type === 'flashcard' && inDocsAndTopics(q, filters));
	if (!left.length) return '';
	const are = left.length === 1 ? 'is' : 'are';
	return `${plural(left.length, 'accepted flashcard')} of these choices ${are} not counted here: no quiz can ask ${left.length === 1 ? 'it' : 'them'}. ${CARD_FORMS}`;
}

/**
 * What a quiz asks, by form: "10 questions: 6 multiple choice made from your flashcards,
 * 4 true or false." `fromCards` names the questions made from a flashcard (`courseQuizIndex`),
 * `fromBlanks` the key-term blanks asked as multiple choice ("made from your blanks",
 * `withBlankChoices`), so the teacher knows how a question of theirs is asked.
 */
export function quizFormsLine(
	questions: readonly Pick<QuizQuestion, 'id' | 'type'>[],
	fromCards: ReadonlySet<string>,
	fromBlanks: ReadonlySet<string> = new Set()
): string {
	const origin = (id: string) => (fromCards.has(id) ? 'card' : fromBlanks.has(id) ? 'blank' : '');
	const parts: string[] = [];
	for (const from of ['card', 'blank', ''])
		for (const type of QUIZ_TYPES) {
			const n = questions.filter((q) => q.type === type && origin(q.id) === from).length;
			const form = QUIZ_TYPE_LABELS[type].toLowerCase();
			const noun = from === 'card' ? 'flashcard' : from;
			const what = from ? ` made from your ${n === 1 ? noun : pluralOf(noun)}` : '';
			if (n) parts.push(`${n} ${form}${what}`);
		}
	const total = plural(questions.length, 'question');
	return parts.length ? `${total}: ${parts.join(', ')}.` : `${total}.`;
}
