import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/content/bank';
import { matchesAnswer, normalizeAnswer } from '$lib/content/answer-match';
import { QuestionSchema, type Question } from '$lib/content/schema';
import * as v from 'valibot';
import { cardQuizQuestion, isShortKey, withCardQuestions } from './card-questions';
import { cardDistractors, cardKind } from './card-wrong-choices';
import { BUILTIN_CARD_REASON, kindWords, unaskedCards } from './unasked-cards';
import { courseQuizIndex, drawCourseQuiz } from './course-source';
import { seedBank, makeQuiz } from './fixtures.test-helpers';
import { decodeQuiz, encodeQuiz } from './quiz-code';
import { resolveQuiz } from './quiz-resolve';
import { qrFit } from './qr';
import { qrLink, readableQuestions } from './share-notes';
import { QUIZ_TYPES } from './types';

/** The bank's rule for a question (a course's `:` in its id aside: the quiz id replaces it). */
const passesBankRule = (q: Question) => v.is(QuestionSchema, { ...q, id: 'q-made-from-card' });

const COURSE = 'u-0e2e0000-0000-4000-8000-000000000025';
const ORIGIN = 'https://flashpoint-classroom.example-school.org';

/** A flashcard of a made-up geography handout, as "Add documents" accepts it. */
function card(n: number, prompt: string, answer: string, fact = `f-${n}`): Question {
	return {
		id: `${COURSE}:q-${n}`,
		type: 'flashcard',
		prompt,
		answer,
		explanation: `The handout defines it so.`,
		source: { doc: `${COURSE}:d-1`, quote: `${answer}.` },
		fact: `${COURSE}:${fact}`,
		topics: ['Rivers'],
		difficulty: 1,
		origin: 'generated'
	};
}

const RIVERS: Question[] = [
	card(1, 'What is an oxbow lake?', 'A curved lake formed when a meander is cut off'),
	card(2, 'What is a meander?', 'A wide bend in a river on flat, low land'),
	card(3, 'What is a delta?', 'A landform of sediment deposited where a river meets the sea'),
	card(4, 'What is a tributary?', 'A smaller river or stream that flows into a larger one'),
	card(5, 'What is a watershed?', 'The high land that separates one drainage basin from another'),
	card(6, 'What is the point where a river begins called?', 'Source'),
	card(7, 'What is the point where two rivers meet called?', 'Confluence'),
	card(8, 'What is the mouth of a river that widens into the sea called?', 'Estuary'),
	card(9, 'Who mapped the river Ostra in 1842?', 'Helena Varn'),
	card(10, 'In what year was the Ostra dam opened?', '1931')
];

describe('the kind and form of a flashcard', () => {
	it('reads a term, a name, a number or a definition from its key and front', () => {
		// Each definition's head noun names a landform or water: a place's definition.
		expect(RIVERS.map(cardKind)).toEqual([
			'def:place',
			'def:place',
			'def:place',
			'def:place',
			'def:place',
			'what-short',
			'what-short',
			'what-short',
			'who-short',
			'year'
		]);
		expect(isShortKey('Memphis, Tennessee')).toBe(true);
		expect(isShortKey('A place where two or more bones meet')).toBe(false);
		expect(isShortKey('a'.repeat(41))).toBe(false);
	});

	it('asks a definition as multiple choice whose wrong choices are other definitions', () => {
		const q = cardQuizQuestion(RIVERS[0], RIVERS, QUIZ_TYPES)!;
		expect(q.type).toBe('mcq');
		expect(q.choices).toHaveLength(4);
		expect(q.choices).toContain('A curved lake formed when a meander is cut off');
		const wrong = q.choices!.filter((c) => c !== q.answer);
		for (const c of wrong) expect(RIVERS.slice(1, 5).map((r) => r.answer)).toContain(c);
		// The bank's rule for a multiple-choice question holds.
		expect(passesBankRule(q)).toBe(true);
	});

	it('takes wrong choices nearest the key’s length first', () => {
		const lake = (letter: string, n: number) => `A lake ${letter.repeat(n)}`;
		const long = card(20, 'What is a floodplain?', lake('x', 60));
		const pool = [
			card(21, 'What is a?', lake('y', 10)),
			card(22, 'What is b?', lake('z', 58)),
			card(23, 'What is c?', lake('w', 63)),
			card(24, 'What is d?', lake('v', 55)),
			card(25, 'What is e?', lake('u', 20))
		];
		expect(new Set(cardDistractors(long, pool))).toEqual(
			new Set([lake('z', 58), lake('w', 63), lake('v', 55)])
		);
	});

	it('takes wrong choices of the card’s own document first, then the rest of the course', () => {
		const glacier = {
			...card(50, 'What is a corrie?', 'A hollow valley high on a mountain carved by ice'),
			source: { doc: `${COURSE}:d-2`, quote: 'A corrie …' }
		};
		const rivers = RIVERS.slice(0, 5);
		// The corrie's key is nearest the lake's length, but a river's definitions come first.
		const lake = cardDistractors(rivers[0], [...rivers, glacier]);
		expect(lake).toHaveLength(3);
		expect(lake).not.toContain(glacier.answer);
		// The corrie's own document has no other definition: the course's rivers fill in.
		expect(cardDistractors(glacier, [...rivers, glacier])).toHaveLength(3);
	});

	// Teacher outsider of session 35: a definition's wrong choices came from anywhere in the
	// course (its head noun's siblings in another handout) while its own handout had enough.
	describe('a definition’s wrong choices come from its own handout first', () => {
		const volcano = (n: number, term: string, answer: string) => ({
			...card(n, `In the class handout “Volcanoes”, what is meant by the term “${term}”?`, answer),
			source: { doc: `${COURSE}:d-2`, quote: `${answer}.` }
		});
		const hotspot = volcano(
			30,
			'hotspot',
			'An area where unusually hot material rises from deep in the mantle'
		);
		const vent = volcano(31, 'vent', 'An opening in the crust through which lava escapes');
		const VOLCANOES = [
			hotspot,
			vent,
			volcano(32, 'magma', 'Molten rock found beneath the surface of the Earth'),
			volcano(33, 'ash', 'Tiny pieces of rock and glass thrown out in an eruption'),
			volcano(34, 'pyroclastic flow', 'A fast-moving cloud of hot gas and rock fragments')
		];
		const handoutKeys = VOLCANOES.map((q) => q.answer);
		const riverPlaces = RIVERS.slice(0, 5).map((q) => q.answer);

		it('takes a hotspot’s among the volcano handout’s definitions, not the rivers handout’s places', () => {
			// Its head noun ("An area") makes it a place's definition, as the rivers handout's five are.
			expect(cardKind(hotspot)).toBe('def:place');
			expect(VOLCANOES.slice(2).map(cardKind)).toEqual(['def:substance', 'def:piece', 'def:cloud']);
			const course = [...RIVERS, ...VOLCANOES];
			for (const seed of [0, 1, 2, 3]) {
				const wrong = cardDistractors(hotspot, course, seed);
				expect(wrong).toHaveLength(3);
				for (const w of wrong) expect(handoutKeys).toContain(w);
				const asked = cardQuizQuestion(hotspot, course, QUIZ_TYPES, seed)!;
				expect(asked.type).toBe('mcq');
				expect(asked.choices).toHaveLength(4);
				for (const c of asked.choices!) expect(handoutKeys).toContain(c);
			}
			// The whole course made quiz questions: each definition among its own handout's.
			const { questions } = withCardQuestions(course, QUIZ_TYPES);
			for (const q of questions.filter((q) => q.type === 'mcq')) {
				const own = q.source.doc === hotspot.source.doc ? handoutKeys : riverPlaces;
				for (const c of q.choices!) expect(own).toContain(c);
			}
		});

		it('with fewer than three others in its handout, takes its kind from the rest of the course', () => {
			const course = [...RIVERS, hotspot, vent, VOLCANOES[2]];
			const wrong = cardDistractors(hotspot, course);
			expect(wrong).toHaveLength(3);
			// Its own handout's place first, then the rivers handout's places; never the magma.
			expect(wrong).toContain(vent.answer);
			for (const w of wrong.filter((w) => w !== vent.answer)) expect(riverPlaces).toContain(w);
			const asked = cardQuizQuestion(hotspot, course, QUIZ_TYPES)!;
			expect(asked.choices).toContain(vent.answer);
			expect(asked.choices).not.toContain(VOLCANOES[2].answer);
		});
	});

	it('asks a short key typed, marked as any short answer, and as multiple choice without Short answer', () => {
		const typed = cardQuizQuestion(RIVERS[6], RIVERS, QUIZ_TYPES)!;
		expect(typed).toMatchObject({ type: 'short', answer: 'Confluence' });
		expect(typed.choices).toBeUndefined();
		expect(matchesAnswer('confluense', typed)).toBe(true);
		const terms = [...RIVERS, card(11, 'What is the land a river floods called?', 'Floodplain')];
		const chosen = cardQuizQuestion(terms[6], terms, ['mcq', 'truefalse'])!;
		expect(chosen.type).toBe('mcq');
		// Only other terms are its wrong choices: never a definition, a name or a year.
		expect([...chosen.choices!].sort()).toEqual(['Confluence', 'Estuary', 'Floodplain', 'Source']);
		// With two other terms only, a third choice would be of another kind: no multiple choice.
		expect(cardQuizQuestion(RIVERS[6], RIVERS, ['mcq', 'truefalse'])).toBeNull();
	});

	it('asks a card whose key is True or False as true/false, never as a typed "False" (issue 12)', () => {
		const tf = card(40, 'True or false: The Ostra dam opened in 1935.', 'False');
		expect(cardQuizQuestion(tf, [...RIVERS, tf], QUIZ_TYPES)).toMatchObject({
			type: 'truefalse',
			prompt: 'The Ostra dam opened in 1935.',
			answer: 'false'
		});
		expect(cardQuizQuestion(tf, [...RIVERS, tf], ['short', 'mcq'])).toBeNull();
	});

	it('leaves a card a flashcard when its kind has too few others or its form is not ticked', () => {
		// One name only: no other name to be a wrong choice, and Short answer not ticked.
		expect(cardQuizQuestion(RIVERS[8], RIVERS, ['mcq'])).toBeNull();
		expect(cardQuizQuestion(RIVERS[0], RIVERS.slice(0, 2), QUIZ_TYPES)).toBeNull();
		expect(cardQuizQuestion(RIVERS[0], RIVERS, ['short', 'truefalse'])).toBeNull();
	});

	it('never makes a definition multiple choice with definitions of another kind (outsider teacher)', () => {
		// Her handout's flashcards: one change, one way of working, one illness, two kinds of people.
		const handout = [
			card(
				60,
				'What was the Industrial Revolution?',
				'The change from making goods by hand at home to making them by machine in factories'
			),
			card(
				61,
				'What is the factory system?',
				'A way of producing goods in which many workers operate machines in one building'
			),
			card(62, 'What was cholera?', 'A disease carried in dirty water'),
			card(
				63,
				'Who were the Luddites?',
				'Textile workers who broke machinery between 1811 and 1816'
			),
			card(
				64,
				'What are trade unions?',
				'Organisations of workers who bargain together with employers'
			)
		];
		// "A disease carried in dirty water" was a choice for the Industrial Revolution: none now,
		// and with too few of its kind each stays a flashcard rather than give itself away.
		for (const c of handout) expect(cardQuizQuestion(c, handout, QUIZ_TYPES)).toBeNull();
		const three = [
			...handout,
			card(
				65,
				'What was the Agricultural Revolution?',
				'A period of new farming methods that fed more people'
			),
			card(66, 'What was urbanisation?', 'The growth of towns as people moved from the land'),
			card(
				67,
				'What was the Great Stink?',
				'An event in 1858 when hot weather made the Thames smell so badly that Parliament left'
			)
		];
		const q = cardQuizQuestion(three[0], three, QUIZ_TYPES)!;
		expect([...q.choices!].sort()).toEqual(
			[three[0], ...three.slice(5)].map((c) => c.answer).sort()
		);
	});

	it('never offers a choice equal or near-equal to the key, a sibling’s key or one the front names', () => {
		const key = card(30, 'What is the land a river floods called?', 'Floodplain');
		const pool = [
			key,
			card(31, 'What is the flat land beside a river called?', 'Flood plain'),
			card(32, 'What is the low land a river covers in a flood?', 'floodplains'),
			card(33, 'What is the land beside a river called?', 'Levee', 'f-30'),
			card(34, 'What is a river’s steep side called?', 'River'),
			card(35, 'What is the ridge beside a river called?', 'Bank'),
			card(36, 'What is the channel’s floor called?', 'Bed'),
			card(37, 'What is the floor of a valley called?', 'Floodplain')
		];
		const wrong = cardDistractors(key, pool);
		expect([...wrong].sort()).toEqual(['Bank', 'Bed']);
		// A definition reworded by a word or two is the same definition.
		const lake = RIVERS[0];
		const reworded = [
			card(41, 'What is a cut-off?', 'A curved lake that forms when a meander is cut off'),
			card(42, 'What is a billabong?', 'a curved lake formed when a meander is cut off.'),
			...RIVERS.slice(1, 3)
		];
		expect([...cardDistractors(lake, reworded)].sort()).toEqual(
			[RIVERS[1].answer, RIVERS[2].answer].sort()
		);
	});

	it('makes the course’s flashcards questions and names them; other questions stay', () => {
		const tf: Question = {
			...card(40, 'The Ostra dam was opened in 1931.', 'true'),
			type: 'truefalse'
		};
		const { questions, fromCards } = withCardQuestions([...RIVERS, tf], QUIZ_TYPES);
		expect(questions.map((q) => q.type)).toEqual([
			'mcq',
			'mcq',
			'mcq',
			'mcq',
			'mcq',
			'short',
			'short',
			'short',
			'short',
			'short',
			'truefalse'
		]);
		expect(fromCards.size).toBe(10);
		expect(fromCards.has(tf.id)).toBe(false);
		expect(questions[10]).toBe(tf);
	});
});

/** Flashcards of a few kinds whose keys come from a small stock of words, so they collide. */
const cardsArbitrary = fc
	.array(
		fc.record({
			asks: fc.constantFrom('What is', 'Who was', 'In what year was'),
			words: fc.array(
				fc.constantFrom('lake', 'Lake', 'river', 'rivers', 'delta', 'bend', 'a', '1931', 'sea'),
				{ minLength: 1, maxLength: 8 }
			),
			fact: fc.integer({ min: 0, max: 6 })
		}),
		{ minLength: 1, maxLength: 14 }
	)
	.map((rows) =>
		rows.map((r, i) => card(i + 1, `${r.asks} thing ${i}?`, r.words.join(' '), `f-${r.fact}`))
	);

describe('every flashcard asked as multiple choice (property)', () => {
	const mcq = ['mcq'] as const;
	it('has its key among its choices, no two choices alike, and passes the bank’s rule', () => {
		fc.assert(
			fc.property(cardsArbitrary, fc.nat(), (cards, seed) => {
				for (const c of cards) {
					const q = cardQuizQuestion(c, cards, mcq, seed);
					if (!q) continue;
					expect(q.choices).toContain(c.answer);
					const folded = q.choices!.map(normalizeAnswer);
					expect(new Set(folded).size).toBe(folded.length);
					for (const wrong of q.choices!.filter((x) => x !== c.answer))
						expect(matchesAnswer(wrong, c)).toBe(false);
					expect(q.choices!.length).toBeGreaterThanOrEqual(3);
					expect(passesBankRule(q)).toBe(true);
				}
			})
		);
	});

	it('is the same for the same seed', () => {
		fc.assert(
			fc.property(cardsArbitrary, fc.nat(), (cards, seed) => {
				const a = withCardQuestions(cards, mcq, seed).questions;
				const b = withCardQuestions(structuredClone(cards), mcq, seed).questions;
				expect(b).toEqual(a);
			})
		);
	});
});

/** The rivers handout as a user course, its flashcards asked as the quiz builder asks them. */
function riversCourse() {
	const bank = seedBank().bank;
	return courseQuizIndex(indexBank({ ...bank, questions: RIVERS }), COURSE);
}

describe('a quiz of questions made from flashcards', () => {
	it('travels in the quiz link word for word and comes back the same', () => {
		const index = riversCourse();
		expect(index.fromCards.size).toBe(RIVERS.length);
		const questions = drawCourseQuiz(
			index,
			{ docs: [], topics: [], types: [...QUIZ_TYPES], count: 10, shuffleChoices: true },
			() => 0.3
		);
		expect(questions).toHaveLength(10);
		const quiz = makeQuiz(questions);
		const decoded = decodeQuiz(`${ORIGIN}/quiz#${encodeQuiz(quiz)}`);
		const resolved = decoded.ok ? resolveQuiz(decoded.value, null) : decoded;
		expect(resolved).toEqual({ ok: true, value: quiz });
	});

	it('gets a QR code only for the questions that fit one, as any own course’s quiz', () => {
		const quiz = makeQuiz(riversCourse().bank.questions);
		const fits = readableQuestions(quiz, ORIGIN);
		const first = (n: number) => ({ ...quiz, questions: quiz.questions.slice(0, n) });
		expect(fits).toBeGreaterThan(0);
		expect(qrFit(qrLink(first(fits), ORIGIN))).toBe('projector');
		if (fits < quiz.questions.length)
			expect(qrFit(qrLink(first(fits + 1), ORIGIN))).not.toBe('projector');
	});
});

describe('flashcards no quiz can ask are listed with why (issue 12: never silently dropped)', () => {
	const course = [
		...RIVERS.slice(0, 5),
		card(
			30,
			'Why do rivers flood?',
			'Because heavy rain falls for days on ground that is already wet'
		),
		card(31, 'Why do levees break?', 'Because water pressure builds up behind them for weeks')
	];

	it('names each card left a flashcard, its answer’s length and the wrong choices it lacks', () => {
		const { questions, fromCards } = withCardQuestions(course, QUIZ_TYPES);
		const left = unaskedCards(questions, fromCards, QUIZ_TYPES);
		expect(left.map((c) => c.prompt)).toEqual(
			questions.filter((q) => q.type === 'flashcard').map((q) => q.prompt)
		);
		// Five place definitions ask each other; the two reasons have one other reason only.
		expect(left.map((c) => c.prompt)).toEqual(['Why do rivers flood?', 'Why do levees break?']);
		expect(left[1].reason).toBe(
			'its answer is 9 words long, too long to type and mark fairly; as multiple choice it needs 3 wrong choices of its kind (a reason) from its own course, and only 1 other flashcard has one, so an odd choice would give it away'
		);
	});

	it('says when a type the card needs is not ticked', () => {
		const { questions, fromCards } = withCardQuestions(RIVERS, ['truefalse']);
		const left = unaskedCards(questions, fromCards, ['truefalse']);
		expect(left).toHaveLength(RIVERS.length);
		expect(left[5].reason).toBe('Short answer is not ticked, and Multiple choice is not ticked');
		expect(left[0].reason).toMatch(
			/^its answer is 10 words long, too long to type and mark fairly, and Multiple choice is not ticked$/
		);
		expect(kindWords('def:place')).toBe('a definition of a place');
		// A built-in course's card (a quiz of her courses and the built-in one): never "Short
		// answer is not ticked" with it ticked; its question is asked as written, a flashcard.
		const builtin = { ...RIVERS[5], id: 'q-b1', fact: 'f-b1', source: { doc: 'd-b1', quote: 'x' } };
		expect(unaskedCards([builtin], new Set(), QUIZ_TYPES)[0].reason).toBe(BUILTIN_CARD_REASON);
		expect(kindWords('def:illness')).toBe('a definition of an illness');
	});
});

describe('a course’s definitions are one kind for wrong choices (outsider teacher, issue 12)', () => {
	// Made-up "What is meant by the term …?" cards whose heads split them into sub-kinds
	// (a circuit, a change, a quantity, a force …): none has three siblings of its own sub-kind.
	const term = (n: number, t: string, answer: string) =>
		card(n, `What is meant by the term “${t}”?`, answer);
	const course = [
		term(70, 'series circuit', 'A circuit in which the parts are joined one after another'),
		term(71, 'current', 'The flow of electric charge around a closed circuit'),
		term(72, 'resistance', 'How strongly a component opposes the flow of current'),
		term(73, 'voltage', 'The push that drives charge around a circuit from a cell'),
		term(74, 'conductor', 'A material that lets electric charge pass through it easily'),
		term(75, 'insulator', 'A material that does not let electric charge flow through it'),
		term(76, 'fuse', 'A thin wire that melts when too much current flows through it'),
		term(77, 'parallel circuit', 'A circuit with more than one path for the current to take')
	];

	it('asks each with other definitions of its course, its own sub-kind first where enough', () => {
		const { questions, fromCards } = withCardQuestions(course, QUIZ_TYPES);
		const asked = questions.filter((q) => fromCards.has(q.id));
		const left = unaskedCards(questions, fromCards, QUIZ_TYPES);
		// Before: "no other flashcard has one" of its sub-kind for every card; none asked.
		expect(new Set(course.map(cardKind)).size).toBeGreaterThan(3);
		// "resistance" names "current" … every choice passes card-fairness: none names the asked
		// term, none also right, no length or form cue.
		for (const q of asked) {
			expect(q.type).toBe('mcq');
			const termOf = /“(.+)”/.exec(q.prompt)![1].toLowerCase();
			for (const choice of q.choices!.filter((c) => c !== q.answer))
				expect(` ${normalizeAnswer(choice)} `).not.toContain(` ${termOf} `);
		}
		// Why each is or is not asked: the ones whose every set of three names their term or
		// gives their key away by form are listed with that reason, never "no other flashcard".
		expect(asked.length + left.length).toBe(course.length);
		expect(asked).toHaveLength(7);
		// "How strongly …" is the only answer opening without an article among any three.
		expect(left.map((c) => [c.prompt, c.reason])).toEqual([
			[
				'What is meant by the term “resistance”?',
				'its answer is 9 words long, too long to type and mark fairly; as multiple choice its answer would be the only choice not opening with “a”, “an” or “the”, so its form would give it away'
			]
		]);
	});

	it('keeps a Who question’s people apart from things’ definitions', () => {
		const people = card(
			78,
			'Who were the Luddites?',
			'Textile workers who broke machinery in 1811'
		);
		expect(cardQuizQuestion(people, [...course, people], QUIZ_TYPES)).toBeNull();
	});
});
