import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { alsoRight, askedTerm, courseOf, formCue, lengthCue, likeKeyForm } from './card-fairness';
import { cardQuizQuestion, withCardQuestions } from './card-questions';
import { cardDistractors } from './card-wrong-choices';
import { unaskedCards } from './unasked-cards';
import { QUIZ_TYPES } from './types';

const RIVERS = 'u-0e2e0000-0000-4000-8000-0000000000a1';
const COASTS = 'u-0e2e0000-0000-4000-8000-0000000000b2';

/** A made-up flashcard of `course`'s handout 1, as "Add documents" accepts it. */
function card(n: number, prompt: string, answer: string, course = RIVERS, doc = 1): Question {
	return {
		id: `${course}:q-${n}`,
		type: 'flashcard',
		prompt,
		answer,
		explanation: 'The handout says so.',
		source: { doc: `${course}:d-${doc}`, quote: `${answer}.` },
		fact: `${course}:f-${n}`,
		topics: ['Rivers'],
		difficulty: 1,
		origin: 'generated'
	};
}

/** Four place definitions of one handout, of like length and form: each is asked fairly. */
const PLACES = [
	card(1, 'What is an oxbow lake?', 'A curved lake formed when a meander is cut off'),
	card(2, 'What is a meander?', 'A wide bend in a river on flat, low land'),
	card(3, 'What is a delta?', 'A landform of sediment deposited where a river meets the sea'),
	card(4, 'What is a floodplain?', 'The flat land beside a river that is covered when it floods')
];

const mcqOf = (c: Question, pool: readonly Question[]) => cardQuizQuestion(c, pool, ['mcq']);
const reasonOf = (c: Question, pool: readonly Question[]) => {
	const { questions, fromCards } = withCardQuestions(pool, ['mcq']);
	return unaskedCards(questions, fromCards, ['mcq']).find((u) => u.id === c.id)?.reason;
};

describe('a long flashcard answer asked as multiple choice among its course’s answers', () => {
	it('offers a definition among definitions of its kind, as Quizlet’s Test does', () => {
		const q = mcqOf(PLACES[0], PLACES)!;
		expect(q.type).toBe('mcq');
		expect([...q.choices!].sort()).toEqual(PLACES.map((c) => c.answer).sort());
	});

	it('offers a person among people, never a year or a definition', () => {
		const people = [
			card(10, 'Who mapped the river Ostra?', 'Helena Varn'),
			card(11, 'Who built the Ostra dam?', 'Tomas Brell'),
			card(12, 'Who first measured the Ostra’s flow?', 'Ada Kell'),
			card(13, 'Who named the Ostra delta?', 'Piet Osman'),
			card(14, 'In what year was the Ostra dam opened?', '1931')
		];
		const q = cardQuizQuestion(people[0], [...people, ...PLACES], ['mcq'])!;
		expect([...q.choices!].sort()).toEqual(
			people
				.slice(0, 4)
				.map((c) => c.answer)
				.sort()
		);
	});
});

describe('a wrong choice is never also right for the prompt', () => {
	it('skips a card asking the same question in other words of another handout', () => {
		// Two handouts define "delta": the second's answer is right too, so it is no wrong choice.
		const second = card(
			5,
			'What is a delta?',
			'Land built up of mud and sand at a river’s mouth',
			RIVERS,
			2
		);
		expect(alsoRight(PLACES[2], second)).toBe(true);
		expect(cardDistractors(PLACES[2], [...PLACES, second])).not.toContain(second.answer);
	});

	it('skips an answer naming the term the front asks to define: plainly not its definition', () => {
		// "A curved lake formed when a meander is cut off" is ruled out for "What is a meander?".
		expect(askedTerm('What is a meander?')).toBe('meander');
		expect(askedTerm('Who were the Luddites?')).toBe('luddites');
		expect(askedTerm('Why do rivers flood?')).toBe('');
		expect(askedTerm('What is meant by the term “series circuit”?')).toBe('series circuit');
		expect(askedTerm('What is meant by current?')).toBe('current');
		const wrong = cardDistractors(PLACES[1], PLACES);
		expect(wrong).not.toContain(PLACES[0].answer);
		expect(mcqOf(PLACES[1], PLACES)).toBeNull();
	});

	it('skips an answer that holds the key or that the key holds', () => {
		// "Confluence of two rivers" is no wrong answer to a question whose key is "Confluence".
		const key = card(20, 'What is the point where two rivers meet called?', 'Confluence');
		const longer = card(
			21,
			'What is the place where streams join called?',
			'Confluence of two rivers'
		);
		expect(alsoRight(key, longer)).toBe(true);
		expect(alsoRight(key, card(22, 'What is a river’s start called?', 'Source'))).toBe(false);
	});
});

describe('a key that gives itself away is refused, with why (never asked unfairly)', () => {
	it('refuses a key far longer than every wrong choice the course has', () => {
		// A test-wise student takes the longest, most careful answer: 93 characters among 40–60.
		const long = card(
			30,
			'What is a watershed?',
			'The high ridge of land that separates one drainage basin from another, so rain runs either way'
		);
		expect(
			lengthCue(
				long.answer,
				PLACES.slice(0, 3).map((c) => c.answer)
			)
		).toEqual({
			by: 'length',
			longer: true
		});
		// Far shorter is a cue too, read more loosely: at most half the shortest wrong choice.
		const wrong = PLACES.slice(1, 4).map((c) => c.answer);
		expect(lengthCue('A wide bend in a river', wrong)).toBeNull();
		expect(lengthCue('A lake', wrong)).toEqual({ by: 'length', longer: false });
		const pool = [...PLACES, long];
		expect(mcqOf(long, pool)).toBeNull();
		expect(reasonOf(long, pool)).toBe(
			'its answer is 17 words long, too long to type and mark fairly; as multiple choice its answer would be far longer than every wrong choice of its kind the course has, so its length would give it away'
		);
		// The others are still asked: the long key is a fair wrong choice beside them.
		expect(mcqOf(PLACES[1], pool)).not.toBeNull();
	});

	it('takes wrong choices nearer the key’s length from the rest of the course before refusing', () => {
		// The handout's own definitions are short; another handout of the course has longer ones.
		const long = card(
			31,
			'What is a drainage basin?',
			'The whole area of land drained by a river and all of the streams that flow into it'
		);
		const shortOnes = [
			card(32, 'What is a levee?', 'A raised bank beside a river'),
			card(33, 'What is a gorge?', 'A deep narrow valley'),
			card(34, 'What is a rapid?', 'A fast, rough part of a river')
		];
		const otherHandout = [
			card(
				35,
				'What is a catchment?',
				'The land from which rain drains into one river and its many streams',
				RIVERS,
				2
			),
			card(
				36,
				'What is an estuary?',
				'The wide tidal mouth of a river where fresh water meets the salt sea',
				RIVERS,
				2
			),
			card(
				37,
				'What is a valley?',
				'A long low area of land between hills, often with a river flowing through it',
				RIVERS,
				2
			)
		];
		const wrong = cardDistractors(long, [long, ...shortOnes, ...otherHandout]);
		expect([...wrong].sort()).toEqual(otherHandout.map((c) => c.answer).sort());
	});

	it('refuses a key that alone opens with an article, or alone does not', () => {
		// "A …" among three answers without an article: the form picks the key.
		const bare = [
			card(40, 'What is a meander?', 'Wide bend in a river on flat, low land'),
			card(41, 'What is a delta?', 'Landform of sediment deposited where a river meets the sea'),
			card(42, 'What is a floodplain?', 'Flat land beside a river that is covered when it floods')
		];
		const key = PLACES[0];
		expect(
			formCue(
				key.answer,
				bare.map((c) => c.answer)
			)
		).toEqual({ by: 'form', article: true });
		expect(mcqOf(key, [key, ...bare])).toBeNull();
		expect(reasonOf(key, [key, ...bare])).toBe(
			'its answer is 10 words long, too long to type and mark fairly; as multiple choice its answer would be the only choice opening with “a”, “an” or “the”, so its form would give it away'
		);
		// With a fourth of its form in the course, it is asked among those.
		expect(mcqOf(key, [key, ...bare, ...PLACES.slice(1)])).not.toBeNull();
	});

	it('gives a wrong choice the key’s capital and closing full stop, never a cue of its own', () => {
		expect(likeKeyForm('a wide bend in a river', 'A curved lake.')).toBe('A wide bend in a river.');
		expect(likeKeyForm('A wide bend in a river on flat land.', 'a curved lake')).toBe(
			'a wide bend in a river on flat land'
		);
		// An abbreviation keeps its stop; a name keeps its capital.
		expect(likeKeyForm('Washington D.C.', 'london')).toBe('Washington D.C.');
		expect(likeKeyForm('Helena Varn', 'tomas brell')).toBe('Helena Varn');
		const stopped = { ...PLACES[0], answer: `${PLACES[0].answer}.` };
		const q = mcqOf(stopped, [stopped, ...PLACES.slice(1)])!;
		for (const choice of q.choices!) expect(choice).toMatch(/\.$/);
	});
});

describe('a quiz of two courses', () => {
	it('draws a card’s wrong choices from its own course only, and says so when it has too few', () => {
		// The coasts course has three definitions of places too; the rivers card never takes them.
		const coasts = [
			card(1, 'What is a spit?', 'A long ridge of sand that juts out into the sea', COASTS),
			card(2, 'What is a bay?', 'A wide curved inlet of the sea between two headlands', COASTS),
			card(3, 'What is a stack?', 'A tall pillar of rock left standing when an arch falls', COASTS)
		];
		expect(courseOf(coasts[0])).toBe(COASTS);
		const two = [PLACES[0], PLACES[1], ...coasts];
		expect(mcqOf(PLACES[0], two)).toBeNull();
		expect(reasonOf(PLACES[0], two)).toBe(
			'its answer is 10 words long, too long to type and mark fairly; as multiple choice it needs 3 wrong choices of its kind (a definition of a place) from its own course, and only 1 other flashcard has one, so an odd choice would give it away'
		);
		for (const q of withCardQuestions([...PLACES, ...coasts], QUIZ_TYPES).questions)
			for (const choice of q.choices ?? [])
				expect(
					[...PLACES, ...coasts].find((c) => c.answer === choice)!.source.doc.split(':')[0]
				).toBe(courseOf(q));
	});
});
