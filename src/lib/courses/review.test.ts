import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, type Question } from '$lib/content/schema';
import type { DocumentRecord, QuestionRecord } from '$lib/db/records';
import {
	draftsByType,
	factOf,
	FACT_KEY_KINDS,
	groupBySentence,
	sentencesOfParagraph,
	writerParagraphs,
	statusCounts
} from './review';

const text = 'First sentence here. Second one in 2019.\n\nA new paragraph names Oslo.';
const doc: DocumentRecord = {
	id: 'u-1:d-1',
	courseId: 'u-1',
	position: 0,
	title: 'Doc',
	outlet: '',
	date: '2024-01-01',
	dateApproximate: false,
	text
};

function q(
	n: number,
	type: Question['type'],
	quote: string,
	extra: Partial<QuestionRecord> = {}
): QuestionRecord {
	return {
		id: `u-1:q-${n}`,
		type,
		prompt: `Prompt ${n}`,
		answer: type === 'truefalse' ? 'false' : `A${n}`,
		explanation: 'E',
		source: { doc: doc.id, quote },
		fact: `u-1:d-1-year-abcdefg${n}`,
		topics: [],
		difficulty: 2,
		origin: 'generated',
		courseId: 'u-1',
		position: n,
		status: 'draft',
		...extra
	};
}

describe('groupBySentence', () => {
	it('groups by sentence in reading order, each shown in its paragraph', () => {
		const questions = [
			q(1, 'cloze', 'A new paragraph names Oslo.'),
			q(2, 'mcq', 'Second one in 2019.'),
			q(3, 'truefalse', 'Second one in 2019.')
		];
		const [group] = groupBySentence([doc], questions);
		expect(group.document.id).toBe(doc.id);
		expect(
			group.sentences.map((s) => [s.quote, s.paragraph, s.questions.map((x) => x.id)])
		).toEqual([
			['Second one in 2019.', 'First sentence here. Second one in 2019.', ['u-1:q-2', 'u-1:q-3']],
			['A new paragraph names Oslo.', 'A new paragraph names Oslo.', ['u-1:q-1']]
		]);
	});

	it('shows a sentence missing from the text last, on its own', () => {
		const [group] = groupBySentence(
			[doc],
			[q(1, 'cloze', 'Not in the text.'), q(2, 'cloze', 'First sentence here.')]
		);
		expect(group.sentences.map((s) => [s.quote, s.paragraph])).toEqual([
			['First sentence here.', 'First sentence here. Second one in 2019.'],
			['Not in the text.', 'Not in the text.']
		]);
	});
});

describe('groupBySentence on a list', () => {
	it('shows a list item as its own paragraph, without its dash', () => {
		const listed = {
			...doc,
			text: 'Components\n\n- Diode: lets current flow one way only.\n- Fuse: melts when the current is too high.'
		};
		const [group] = groupBySentence(
			[listed],
			[q(1, 'cloze', 'Fuse: melts when the current is too high.')]
		);
		expect(group.sentences.map((s) => s.paragraph)).toEqual([
			'Fuse: melts when the current is too high.'
		]);
	});
});

describe('counts', () => {
	const questions = [
		q(1, 'cloze', 'x', { status: 'accepted' }),
		q(2, 'cloze', 'x'),
		q(3, 'mcq', 'x'),
		q(4, 'mcq', 'x', { status: 'rejected' }),
		q(5, 'flashcard', 'x', { status: undefined })
	];
	it('counts by status (no status: studied, as accepted)', () => {
		expect(statusCounts(questions)).toEqual({ accepted: 2, draft: 2, rejected: 1 });
	});
	it('lists drafts waiting by type, in the app type order', () => {
		expect(draftsByType(questions)).toEqual([
			{ type: 'cloze', count: 1 },
			{ type: 'mcq', count: 1 }
		]);
	});
});

describe('factOf', () => {
	it('names the kind and the value, from a sibling for a true/false statement', () => {
		const blank = q(1, 'mcq', 'x', { answer: '2019', fact: 'u-1:d-1-year-0wb2ys6-' });
		const statement = q(2, 'truefalse', 'x', { fact: 'u-1:d-1-year-0wb2ys6-' });
		expect(factOf(blank, [blank, statement])).toBe('the year: 2019');
		expect(factOf(statement, [blank, statement])).toBe('the year: 2019');
		expect(factOf(q(3, 'truefalse', 'x', { answer: 'false' }), [])).toBe(
			'the year in this sentence'
		);
	});
	it('says what a trait card of a user’s draft tests', () => {
		const trait = q(7, 'flashcard', 'x', {
			answer: 'A wick lamp inside a mesh screen',
			fact: 'u-1:d-1-trait-0abcdef1'
		});
		expect(factOf(trait, [])).toBe('what the article says of it: A wick lamp inside a mesh screen');
	});
	it('says what a hand-written question asks by its answer', () => {
		const written = q(4, 'flashcard', 'x', {
			fact: 'u-1:w-abc',
			answer: 'Oslo',
			origin: 'written'
		});
		expect(factOf(written, [])).toBe('the answer: Oslo');
	});
	it('says who for a question whose answer is a person, whatever fact it comes from', () => {
		const role = q(5, 'cloze', 'x', { answer: 'Ana Brnabić', fact: 'u-1:d-1-role-0abcdef1' });
		expect(factOf(role, [])).toBe('who: Ana Brnabić');
		const office = q(6, 'flashcard', 'x', { answer: 'Prime Minister', fact: 'u-1:role-0abcdef1' });
		expect(factOf(office, [])).toBe('the role: Prime Minister');
		const speaker = q(7, 'short', 'x', { answer: 'Ana Brnabić', fact: 'u-1:d-1-quote-0abcdef1' });
		expect(factOf(speaker, [])).toBe('who said it: Ana Brnabić');
		const acronym = q(8, 'cloze', 'x', {
			answer: 'North Atlantic Treaty Organization',
			fact: 'u-1:d-1-acronym-0abcdef1'
		});
		expect(factOf(acronym, [])).toBe(
			'what the acronym stands for: North Atlantic Treaty Organization'
		);
	});
	it('names the idea a user draft asks: a cause or effect, a deed, a claim, a key term', () => {
		const cause = q(9, 'flashcard', 'x', {
			answer: 'Vitamin D deficiency',
			fact: 'u-1:d-1-cause-0abcdef1'
		});
		expect(factOf(cause, [])).toBe('the cause or effect: Vitamin D deficiency');
		const deed = q(10, 'cloze', 'x', { answer: 'carbolic acid', fact: 'u-1:d-1-deed-0abcdef1' });
		expect(factOf(deed, [])).toBe('what was done: carbolic acid');
		const claim = q(11, 'flashcard', 'x', {
			answer: 'A wick lamp inside a mesh screen',
			fact: 'u-1:d-1-claim-0abcdef1'
		});
		expect(factOf(claim, [])).toBe('what the article says: A wick lamp inside a mesh screen');
		const term = q(12, 'cloze', 'x', { answer: 'pea plants', fact: 'u-1:d-1-keyterm-0abcdef1' });
		expect(factOf(term, [])).toBe('the key term: pea plants');
	});
	it('names the term a definition question asks about, not its definition', () => {
		// The outsider teacher read "Tests the term: A bend in a river channel" (2026-12-03).
		for (const kind of ['term', 'keyterm', 'definition'])
			for (const type of ['flashcard', 'short', 'mcq'] as const) {
				const card = (prompt: string) =>
					q(40, type, 'A meander is a bend in a river channel.', {
						prompt,
						answer: 'A bend in a river channel',
						fact: `u-1:d-1-${kind}-0abcdef1`
					});
				expect(factOf(card('What is a meander?'), []), `${kind} ${type}`).toBe('the term: meander');
				expect(factOf(card('What are ox-bow lakes?'), [])).toBe('the term: ox-bow lakes');
				expect(factOf(card('What was the Miller–Urey experiment?'), [])).toBe(
					'the term: the Miller–Urey experiment'
				);
				expect(factOf(card('What does erosion mean?'), [])).toBe('the term: erosion');
			}
		// Asked for the term itself: the answer is the term.
		const named = q(41, 'flashcard', 'x', {
			prompt: 'What is a bend in a river channel called?',
			answer: 'A meander',
			fact: 'u-1:d-1-term-0abcdef1'
		});
		expect(factOf(named, [])).toBe('the term: A meander');
		const nameFor = { ...named, prompt: 'What is the name for a bend in a river channel?' };
		expect(factOf(nameFor, [])).toBe('the term: A meander');
		// A blank on the term.
		const blank = { ...named, type: 'cloze' as const, prompt: '____ is a bend in a river.' };
		expect(factOf(blank, [])).toBe('the term: A meander');
	});

	it('names the term of every shape of definition card the generator writes', () => {
		// Session 34 (outsider student): "Tests the term: The net movement of particles …" on a
		// handout's framed cards, "respiration in biology" on a field's. Prompts as generated from
		// their biology and geography handouts.
		const diffusion =
			'Diffusion is the net movement of particles from an area of higher concentration to an area of lower concentration.';
		const card = (prompt: string, quote: string, kind = 'term') =>
			q(50, 'flashcard', quote, { prompt, answer: 'X', fact: `u-1:d-2-${kind}-0s2ognx-` });
		const framed = (term: string) =>
			`In the handout “Biology Revision Notes: Cells, Transport and Respiration”, what is meant by the term “${term}”?`;
		expect(factOf(card(framed('diffusion'), diffusion), [])).toBe('the term: diffusion');
		expect(factOf(card(framed('lag time'), 'Lag time is the time between …'), [])).toBe(
			'the term: lag time'
		);
		for (const kind of ['term', 'keyterm', 'definition', 'glossary'])
			expect(
				factOf(card('What is meant by the term “catalyst”?', 'Catalyst – a substance …', kind), [])
			).toBe('the term: catalyst');
		expect(
			factOf(
				card(
					'What is respiration in biology?',
					'Respiration is an exothermic reaction that happens continuously in living cells to release energy.'
				),
				[]
			)
		).toBe('the term: respiration');
		// A term with "in" of its own keeps it.
		expect(
			factOf(card('What is a change in state?', 'A change in state is when matter …'), [])
		).toBe('the term: change in state');
		expect(
			factOf(
				card('In the handout “Waves”, what is a crest?', 'The crest is the top of a wave.'),
				[]
			)
		).toBe('the term: crest');
	});

	it('says nothing rather than repeat the card: a true statement is its own sentence', () => {
		// "Tests what the sentence says: <the sentence>" under the sentence, and "Tests what the
		// sentence says in this sentence." (outsider teacher, issue 12).
		const sentence = 'A new assembly, the National Convention, declared France a republic in 1792.';
		const truth = (answer: string, prompt: string) =>
			q(20, 'truefalse', sentence, { answer, prompt, fact: 'u-1:d-1-truth-0abcdef1' });
		expect(factOf(truth('true', sentence), [])).toBe('');
		expect(factOf(truth('false', sentence.replace('1792', '1795')), [])).toBe('');
		const written = q(21, 'truefalse', sentence, {
			answer: 'true',
			prompt: sentence,
			fact: 'u-1:w-abc',
			origin: 'written'
		});
		expect(factOf(written, [])).toBe('');
		const whole = q(22, 'flashcard', sentence, { answer: sentence, fact: 'u-1:w-abd' });
		expect(factOf(whole, [])).toBe('');
	});

	it('names every kind a fact key can carry, with no word or phrase doubled', () => {
		const sentence = 'The Estates-General met at Versailles in 1789.';
		const seen: string[] = [];
		for (const kind of [...FACT_KEY_KINDS, 'unknownkind'])
			for (const type of QUESTION_TYPES)
				for (const answer of ['1789', type === 'truefalse' ? 'false' : '']) {
					const question = q(30, type, sentence, {
						answer,
						prompt: 'Where did the Estates-General meet?',
						fact: `u-1:d-1-${kind}-0abcdef1`
					});
					const words = factOf(question, []);
					seen.push(words);
					// The template's own words (before the value) never say a word twice, never
					// "sentence" twice, and never end on a bare "in this sentence" of a generic kind.
					const template = words.split(': ')[0].toLowerCase();
					const list = template.match(/\p{L}{3,}/gu) ?? [];
					expect(new Set(list).size, `${kind} ${type}: ${words}`).toBe(list.length);
					expect(words, kind).not.toMatch(/what the (?:sentence|article) says(?: of it)? in this/);
				}
		expect(seen).toContain('the year: 1789');
		expect(seen).toContain('the place: 1789');
		expect(seen).toContain('the year in this sentence');
	});

	it('gives an imported question with no source sentence its answer, never a sentence', () => {
		const imported = { origin: 'imported' as const, fact: 'u-1:d-2-note-17' };
		expect(factOf(q(9, 'mcq', '', { ...imported, answer: 'Pristina' }), [])).toBe(
			'the answer: Pristina'
		);
		expect(
			factOf(q(10, 'truefalse', '', { ...imported, prompt: 'Kosovo is in Europe.' }), [])
		).toBe('the statement: Kosovo is in Europe.');
	});
});

describe('sentencesOfParagraph', () => {
	it('splits a paragraph into exact sentences', () => {
		expect(sentencesOfParagraph('First sentence here. Second one in 2019.')).toEqual([
			'First sentence here.',
			'Second one in 2019.'
		]);
	});
});

describe('writerParagraphs', () => {
	const body = ['The velm is a small organ. It stores lumite.'];

	it('adds each list line that is no body sentence, once, after the body', () => {
		const lines = [
			'Velm – a small organ that stores lumite',
			'Ostra – the loss of lumite from a cell',
			'Velm – a small organ that stores lumite'
		];
		expect(writerParagraphs(body, lines)).toEqual([body[0], lines[0], lines[1]]);
	});

	it('keeps a line that is already a sentence of the body out, and a line the splitter cuts', () => {
		expect(
			writerParagraphs(body, ['It stores lumite.', 'Velm – an organ. It stores lumite.'])
		).toEqual(body);
	});

	it('is the body alone with no lines', () => {
		expect(writerParagraphs(body, [])).toEqual(body);
	});
});
