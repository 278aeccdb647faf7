import type { Question } from '$lib/content/schema';
import type { NewCourse } from './create';

/** A sentence every fixture question quotes. */
export const QUOTE = 'Ankara opened a consulate in Pristina in 2008.';

/** A valid question of `type` (course-local id `id`), for course tests. */
export function fixtureQuestion(
	id: string,
	type: Question['type'],
	extra: Partial<Question> = {}
): Question {
	const base: Question = {
		id,
		type,
		prompt:
			type === 'cloze'
				? 'Ankara opened a consulate in ____ in 2008.'
				: 'Where did Ankara open a consulate?',
		answer: type === 'truefalse' ? 'true' : 'Pristina',
		explanation: QUOTE,
		source: { doc: 'whatever', quote: QUOTE },
		fact: `fact-${id}`,
		topics: ['diplomacy'],
		difficulty: 1,
		origin: 'generated'
	};
	if (type === 'mcq') base.choices = ['Pristina', 'Belgrade', 'Skopje', 'Tirana'];
	return { ...base, ...extra };
}

/** A two-document course with three accepted questions. */
export function fixtureCourse(title = 'Balkan diplomacy'): NewCourse {
	return {
		title,
		status: 'accepted',
		documents: [
			{
				title: 'First',
				outlet: 'Daily',
				date: '2024-05-01',
				text: `Intro paragraph.\n\n${QUOTE}`,
				questions: [fixtureQuestion('a', 'cloze'), fixtureQuestion('b', 'mcq')]
			},
			{
				title: 'Second',
				outlet: '',
				date: '2024-06',
				dateApproximate: true,
				dateNote: 'From the text.',
				text: QUOTE,
				questions: [fixtureQuestion('c', 'short')]
			}
		]
	};
}

/**
 * A course of four drafts (u-1:q-1 to q-4 when created with id `u-1`: cloze, multiple choice,
 * cloze, short answer) about one fact, its title untrimmed as a person might type it.
 */
export function fixtureDrafts(): NewCourse {
	const about = (id: string, type: Question['type']) =>
		fixtureQuestion(id, type, { fact: 'consulate-pristina' });
	return {
		title: '  My course ',
		documents: [
			{
				title: 'First',
				text: QUOTE,
				date: '2024-05-01',
				questions: [about('a-1', 'cloze'), about('a-2', 'mcq')]
			},
			{
				title: 'Second',
				outlet: 'Blog',
				text: 'Other text.',
				questions: [about('b-1', 'cloze'), about('b-2', 'short')]
			}
		]
	};
}

/**
 * An accepted course "Big" of `count` flashcards `q0`…, one per sentence "Sentence number i says
 * a thing.", for tests of the new-question limits that need more new questions than a day takes.
 */
export function sentenceCourse(count: number): NewCourse {
	const sentences = Array.from({ length: count }, (_, i) => `Sentence number ${i} says a thing.`);
	return {
		title: 'Big',
		status: 'accepted',
		documents: [
			{
				title: 'Doc',
				outlet: '',
				date: '2024-05-01',
				text: sentences.join(' '),
				questions: sentences.map((quote, i) =>
					fixtureQuestion(`q${i}`, 'flashcard', { source: { doc: 'x', quote } })
				)
			}
		]
	};
}
