import { describe, expect, it } from 'vitest';
import { readGift } from '$lib/formats/gift';
import { writeGift } from '$lib/formats/gift-write';
import { readMoodleXml } from '$lib/formats/moodle-xml';
import { writeMoodleXml } from '$lib/formats/moodle-xml-write';
import { exportQuestions } from '$lib/formats/export';
import { matchesAnswer } from '$lib/content/answer-match';
import { unitRequired } from '$lib/content/answer-unit';
import { makeQuiz, seedBank } from './fixtures.test-helpers';
import { quizPortable, typedForms } from './quiz-export';
import { draftToQuestion, OWN_EXPLANATION, questionToDraft } from './edit';
import type { QuizQuestion } from './types';

/** A quiz of every type from the built-in bank, one question reworded and one the teacher's own. */
function editedQuiz() {
	const { bank } = seedBank();
	const pickType = (type: string) => bank.questions.find((q) => q.type === type)!;
	const quiz = makeQuiz([
		pickType('mcq'),
		pickType('truefalse'),
		pickType('cloze'),
		pickType('short')
	]);
	const reworded: QuizQuestion = {
		...quiz.questions[0],
		prompt: 'Reworded: ' + quiz.questions[0].prompt,
		from: quiz.questions[0]
	};
	const own: QuizQuestion = {
		id: 'own-abc123',
		type: 'short',
		prompt: 'Which river flows through Belgrade & Novi Sad? (one word)',
		answer: 'Danube',
		accept: ['Dunav', 'Duna'],
		explanation: 'Also the Sava, in Belgrade only.',
		source: { doc: 'teacher', quote: '' }
	} as QuizQuestion;
	return { ...quiz, questions: [reworded, ...quiz.questions.slice(1), own] };
}

/** What a reader must give back of each question. */
const shape = (q: {
	type: string;
	prompt: string;
	answer: string;
	accept?: string[];
	choices?: string[];
	explanation?: string;
	externalId?: string;
	topics: string[];
}) => ({
	externalId: q.externalId,
	type: q.type,
	prompt: q.prompt,
	answer: q.answer,
	accept: [...(q.accept ?? [])].sort(),
	choices: q.choices ? [...q.choices].sort() : undefined,
	explanation: q.explanation || undefined,
	topics: q.topics
});

describe('quizPortable', () => {
	const quiz = editedQuiz();
	const portable = quizPortable(quiz);

	it('holds exactly the quiz’s questions as they stand, in order, under its title', () => {
		expect(portable.map((q) => q.prompt)).toEqual(quiz.questions.map((q) => q.prompt));
		expect(portable[0].prompt).toMatch(/^Reworded: /);
		expect(portable.map((q) => q.externalId)).toEqual(quiz.questions.map((q) => q.id));
		expect(portable.every((q) => q.topics[0] === quiz.title)).toBe(true);
	});

	it('round-trips through GIFT and Moodle XML: read back, the same questions', () => {
		const gift = readGift(writeGift(portable).text);
		const xml = readMoodleXml(writeMoodleXml(portable).text);
		for (const read of [gift, xml]) {
			expect(read.problems).toEqual([]);
			expect(read.questions.map(shape)).toEqual(portable.map(shape));
		}
	});

	it('is written by the one export path, with the Moodle file names', async () => {
		const file = await exportQuestions('moodle', { portable }, quiz.title);
		expect(file.fileName).toBe('Turkey, Serbia and Kosovo - week 3 check – Moodle XML.xml');
		expect(file.written).toBe(5);
		expect(readMoodleXml(await file.blob.text()).questions).toHaveLength(5);
		const gift = await exportQuestions('gift', { portable }, quiz.title);
		expect(gift.fileName).toBe('Turkey, Serbia and Kosovo - week 3 check – GIFT.txt');
		// The quiz's title is its one category, not doubled under a course category of that name.
		const text = await gift.blob.text();
		expect(text.match(/^\$CATEGORY: .*$/gm)).toEqual([`$CATEGORY: $course$/top/${quiz.title}`]);
		expect(readGift(text).title).toBe(quiz.title);
	});

	it('exports only real feedback: never “Written by your teacher.” (teacher outsider, session 37)', () => {
		const typed = draftToQuestion({
			...questionToDraft({
				id: 'own-x',
				type: 'short',
				prompt: 'Which river flows through Vienna?',
				answer: 'Danube',
				explanation: '',
				source: { doc: 'teacher', quote: '' }
			}),
			explanation: ''
		});
		if (!typed.ok) throw new Error(typed.error);
		expect(typed.question.explanation).toBe(OWN_EXPLANATION);
		const out = quizPortable({ title: 'Rivers', questions: [typed.question, quiz.questions[4]] });
		expect(out[0].explanation).toBeUndefined();
		expect(out[1].explanation).toBe('Also the Sava, in Belgrade only.');
		for (const text of [writeGift(out).text, writeMoodleXml(out).text])
			expect(text).not.toContain('Written by your teacher');
	});
});

describe('a typed answer in the quiz’s own export: every form Flashpoint marks right', () => {
	// Teacher outsider of session 36: her students' "10 s", "10s", "rate of reactions" and "an
	// endothermic reaction" were marked right, and the export had only "10".
	it('a number with its unit spaced, glued and in words; the article before the blank; a plural', () => {
		const forms = (prompt: string, answer: string) => typedForms({ prompt, answer });
		expect(forms('A current of 2 A flowing for _____ s transfers a charge of 20 C.', '10')).toEqual(
			['10', '10 s', '10s', '10 seconds']
		);
		// The prompt does not ask for the unit, so the bare number is right too (`answer-unit.ts`).
		expect(forms('How long does it take?', '10 s')).toEqual(['10 s', '10s', '10 seconds', '10']);
		// Asked for, it is not; nor is another unit ("2 m" for "2 m/s", session 37).
		expect(forms('How long does it take? Give the unit.', '10 s')).toEqual([
			'10 s',
			'10s',
			'10 seconds'
		]);
		expect(forms('What is the speed in m/s?', '2 m/s')).toEqual([
			'2 m/s',
			'2m/s',
			'2 metres per second',
			'2'
		]);
		expect(forms('Collisions increase the _____.', 'rate of reaction')).toEqual([
			'rate of reaction',
			'the rate of reaction',
			'rate of reactions'
		]);
		expect(forms('Photosynthesis is an _____.', 'endothermic reaction')).toEqual([
			'endothermic reaction',
			'an endothermic reaction',
			'endothermic reactions'
		]);
		// Only what the marking takes: a year is no count of things, a name has no plural here.
		expect(forms('In which year did it end?', '1918')).toEqual(['1918']);
		expect(forms('Who wrote it?', 'Jane Austen')).toEqual(['Jane Austen']);
	});

	// Teacher outsider of session 35: the GIFT export kept only the exact answer.
	it('the key, its accepted answers, each without its article and in American spelling, then the answers accepted by hand', () => {
		expect(
			typedForms({
				answer: 'The Labour Party',
				accept: ['Labour'],
				judged: { 'labor party': true, 'the workers party': true, labout: false }
			})
		).toEqual([
			'The Labour Party',
			'Labour Party',
			'The Labor Party',
			'Labor Party',
			'Labour',
			'Labor',
			'the workers party'
		]);
		// Nothing twice, case aside; a key with no article or British ending is itself alone.
		expect(typedForms({ answer: 'Synapse', accept: ['synapse'] })).toEqual(['Synapse']);
		expect(typedForms({ answer: 'in Prizren' })).toEqual(['in Prizren', 'Prizren']);
	});

	it('the key without the noun its prompt names, and an abbreviation the question defines', () => {
		expect(
			typedForms({
				prompt: 'Which two plates meet at the Mid-Atlantic Ridge?',
				answer: 'North American and Eurasian plates'
			})
		).toEqual(['North American and Eurasian plates', 'north american and eurasian']);
		expect(
			typedForms({
				prompt: 'What is measured across a resistor in volts, the potential difference (pd)?',
				answer: 'Potential difference'
			})
		).toEqual(['Potential difference', 'potential', 'pd']);
		expect(typedForms({ answer: 'Defence' })).toEqual(['Defence', 'Defense']);
		expect(
			typedForms({
				prompt: 'What does a light-dependent resistor (LDR) sense?',
				answer: 'LDR',
				accept: ['light']
			})
		).toEqual(['LDR', 'light', 'light dependent resistor']);
		// Each is right for Flashpoint's own marking.
		const plates = {
			prompt: 'Which two plates meet at the Mid-Atlantic Ridge?',
			answer: 'North American and Eurasian plates'
		};
		for (const form of typedForms(plates)) expect(matchesAnswer(form, plates), form).toBe(true);
	});

	it('keeps every accepted answer after a response was regraded, and the answers accepted by hand (session 33, 35)', () => {
		const steam: QuizQuestion = {
			id: 'q-steam',
			type: 'short',
			prompt: 'Who built the first practical steam engine?',
			answer: 'Thomas Newcomen',
			accept: ['Newcomen'],
			explanation: '',
			source: { doc: 'notes', quote: '' },
			// Ben's typo stopped, a wrong answer accepted for one class.
			judged: { newcommen: false, 'james watt': true }
		};
		const quiz = { title: 'Y9 check-up', questions: [steam] };
		const gift = readGift(writeGift(quizPortable(quiz)).text);
		const xml = readMoodleXml(writeMoodleXml(quizPortable(quiz)).text);
		for (const read of [gift, xml])
			expect(read.questions.map((q) => [q.answer, ...(q.accept ?? [])])).toEqual([
				['Thomas Newcomen', 'Newcomen', 'james watt']
			]);
	});

	it('round-trips through GIFT ({=a =b =c}) and Moodle XML: read back, the same accepted forms', () => {
		const questions: QuizQuestion[] = [
			{
				id: 'q-party',
				type: 'short',
				prompt: 'Which party won the 1945 general election?',
				answer: 'The Labour Party',
				accept: ['Labour'],
				explanation: '',
				source: { doc: 'notes', quote: '' },
				judged: { 'the workers party': true }
			},
			{
				id: 'q-centre',
				type: 'cloze',
				prompt: 'The ____ of a cell holds its genetic material.',
				answer: 'nucleus',
				explanation: '',
				source: { doc: 'notes', quote: '' },
				judged: { 'control centre': true }
			}
		];
		const portable = quizPortable({ title: 'Y9 check-up', questions });
		const gift = writeGift(portable).text;
		expect(gift).toContain(
			'{=The Labour Party =Labour Party =The Labor Party =Labor Party =Labour =Labor =the workers party}'
		);
		for (const read of [readGift(gift), readMoodleXml(writeMoodleXml(portable).text)]) {
			expect(read.problems).toEqual([]);
			expect(read.questions.map((q) => [q.answer, ...(q.accept ?? [])])).toEqual(
				questions.map(typedForms)
			);
		}
		expect(typedForms(questions[1])).toEqual(['nucleus', 'the nucleus', 'control centre']);
	});

	it('leaves out a form the teacher stopped accepting, even an accepted answer of the file (session 37)', () => {
		const stopping: QuizQuestion = {
			id: 'q-stop',
			type: 'cloze',
			prompt: '____ is the sum of the thinking distance and the braking distance.',
			answer: 'Stopping distance',
			accept: ['stopping'],
			explanation: '',
			source: { doc: 'teacher', quote: '' },
			judged: { stopping: false }
		};
		expect(typedForms(stopping)).not.toContain('stopping');
		const portable = quizPortable({ title: 'Forces', questions: [stopping] });
		expect(writeGift(portable).text).not.toMatch(/=stopping\b/);
		expect(writeMoodleXml(portable).text).not.toContain('<text>stopping</text>');
		// Without her verdict it is still listed.
		const { judged: _, ...before } = stopping;
		expect(typedForms(before)).toContain('stopping');
	});

	it('keeps a number with its unit numerical when the teacher accepted the bare number: units optional (session 37)', () => {
		const weight: QuizQuestion = {
			id: 'q-weight',
			type: 'short',
			prompt: 'What is the weight of a 60 kg person? Give the unit.',
			answer: '588 N',
			accept: ['588 newtons'],
			explanation: '',
			source: { doc: 'teacher', quote: '' },
			judged: { '588': true }
		};
		const portable = quizPortable({ title: 'Forces', questions: [weight] });
		const xml = writeMoodleXml(portable).text;
		expect(xml).toContain('<question type="numerical">');
		expect(xml).toContain('<unitgradingtype>0</unitgradingtype>');
		expect(xml).toContain('<unitpenalty>0</unitpenalty>');
		const read = readMoodleXml(xml).questions[0];
		expect(read.answer).toBe('588 N');
		expect(read.accept).toContain('588');
		expect(unitRequired(read)).toBe(false);
		// Without her "588", the unit is graded as before.
		const { judged: _, ...graded } = weight;
		const strict = writeMoodleXml(quizPortable({ title: 'Forces', questions: [graded] })).text;
		expect(strict).toContain('<unitgradingtype>1</unitgradingtype>');
		expect(unitRequired(readMoodleXml(strict).questions[0])).toBe(true);
	});
});
