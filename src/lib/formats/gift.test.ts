import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesAnswer } from '$lib/content/answer-match';
import { readGift } from './gift';
import { writeGift } from './gift-write';
import type { PortableQuestion } from './portable';

// A made-up file in the style Moodle's own export writes (comments, categories, titles, every
// question type, feedback, escapes, one broken question among good ones).
const FILE = `// question: 0  name: Switch category to $course$/top/Balkans
$CATEGORY: $course$/top/Balkans

::Q1 capital:: Which city is the capital of Kosovo? {
	=Pristina#Right, it is Pristina.
	~Prizren#No, that is a city in the south.
	~Belgrade
	~Skopje
	####Pristina has been the capital since 2008.
}

// true/false
::Q2:: Kosovo declared independence in 2008.{TRUE}

::Q3:: Who commands KFOR in 2025? {=a Turkish general =Turkish general}

Serbia's president in 2025 was {=Aleksandar Vučić =Vucic} according to the articles.

The drones were sold by {~Serbia =Turkey ~Greece} to Kosovo.

::broken:: An essay with no key {}

::Q7:: Escaped \\{braces\\} and a colon\\: fine {=yes}

::Q8 [html]:: [html]<p>What is <b>2+2</b>?</p> {#4}
`;

describe('readGift', () => {
	const result = readGift(FILE);

	it('reads a category name without its GIFT escapes', () => {
		const read = readGift(
			'$CATEGORY: $course$/top/Balkans\\: Week 3\n\n::Q:: Kosovo is in Europe. {T}\n'
		);
		expect(read.questions[0].topics).toEqual(['Balkans: Week 3']);
	});

	it('reads every supported type with its category as topic', () => {
		const byId = new Map(result.questions.map((q) => [q.externalId ?? q.prompt, q]));
		expect(byId.get('Q1 capital')).toMatchObject({
			type: 'mcq',
			prompt: 'Which city is the capital of Kosovo?',
			answer: 'Pristina',
			choices: ['Pristina', 'Prizren', 'Belgrade', 'Skopje'],
			// Each answer's feedback after the general feedback (issue 14: it was dropped).
			explanation:
				'Pristina has been the capital since 2008.\n\nPristina: Right, it is Pristina.\nPrizren: No, that is a city in the south.',
			topics: ['Balkans']
		});
		expect(byId.get('Q2')).toMatchObject({ type: 'truefalse', answer: 'true' });
		expect(byId.get('Q3')).toMatchObject({
			type: 'short',
			answer: 'a Turkish general',
			accept: ['Turkish general']
		});
		const cloze = result.questions.find((q) => q.type === 'cloze');
		expect(cloze).toMatchObject({
			prompt: "Serbia's president in 2025 was ____ according to the articles.",
			answer: 'Aleksandar Vučić',
			accept: ['Vucic']
		});
		const missingChoice = result.questions.find((q) => q.prompt.startsWith('The drones'));
		expect(missingChoice).toMatchObject({ type: 'mcq', answer: 'Turkey' });
		expect(byId.get('Q7')?.prompt).toBe('Escaped {braces} and a colon: fine');
		expect(byId.get('Q8 [html]')).toMatchObject({
			type: 'short',
			prompt: 'What is 2+2?',
			answer: '4'
		});
	});

	it('reports the bad question with its line and keeps the good ones', () => {
		expect(result.problems).toEqual([
			{ line: 21, name: 'broken', message: expect.stringMatching(/essay/) }
		]);
		expect(result.questions).toHaveLength(7);
	});

	it('names what it cannot read', () => {
		const bad = readGift(
			'Match {=a -> 1 =b}\n\nWeights {~%0%a ~%-50%b ~c}\n\nNo braces here\n\nOpen {=a\n\nPartly {#=5:0 =%50%5:1}\n\n::One pair:: Match {=a -> 1 = -> 2}'
		);
		// A number's partly right answer is left out with a line saying so, its right one kept
		// (it refused the question before: teacher outsider of session 36).
		expect(bad.questions.map((q) => [q.prompt, q.numeric])).toEqual([
			['Partly', { value: 5, tolerance: 0 }]
		]);
		expect(bad.problems.map((p) => p.line)).toEqual([1, 3, 7, 11]);
		expect(bad.problems.map((p) => p.message).join(' | ')).toMatch(
			/“b” has no “->”.*no answer is marked right.*not closed.*at least two items/
		);
		expect(bad.problems[3].name).toBe('One pair');
		// Text with no answers is what Moodle calls a description: no question, and no fault.
		expect(bad.notes).toEqual([
			'1 description (text with no answers, as Moodle reads it) was left out.',
			'Line 9: 1 answer left out: “5:1” with 50% credit. Flashpoint marks a typed answer right (the answers marked fully right) or wrong, with no partial credit.'
		]);
	});

	// Moodle's GIFT doc: every = in a short answer is a right answer, on one line or many
	// (outsider teacher, issue 14: `{=Pristina =Prishtina =Priština}` looked cut to one).
	it('keeps every right answer of a short answer, on one line or on several', () => {
		const { questions } = readGift(
			[
				"Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant}",
				'Two plus two equals {=four =4}.',
				'::SA:: Capital of Kosovo? {=Pristina =Prishtina =Priština}',
				'::SA2:: River through Belgrade? {\n=Danube\n=Dunav\n}'
			].join('\n\n')
		);
		expect(questions.map((q) => [q.answer, ...(q.accept ?? [])])).toEqual([
			['Grant', 'Ulysses S. Grant', 'Ulysses Grant'],
			['four', '4'],
			['Pristina', 'Prishtina', 'Priština'],
			['Danube', 'Dunav']
		]);
	});

	// Shapes found in files Moodle and Totara wrote (see README.md: real files tried).
	it('reads short answers as Moodle writes them: weights, a catch-all, no = at all', () => {
		const read = readGift(
			[
				'::Best city::Which city is the capital of Kosovo?{',
				'\t=%100%Pristina#Right.',
				'\t=%100%Prishtina',
				'\t=%50%Prizren#Half right.',
				'\t=%0%*#Wrong.',
				'}',
				'',
				'How do you write the number 1 in words? {One}'
			].join('\n')
		);
		expect(read.problems).toEqual([]);
		expect(read.questions.map((q) => [q.type, q.answer, q.accept, q.explanation])).toEqual([
			['short', 'Pristina', ['Prishtina'], 'Pristina: Right.'],
			['short', 'One', undefined, undefined]
		]);
		// The partly right and catch-all answers are not kept: named in a line (issue 14,
		// session 36).
		expect(read.notes).toEqual([
			expect.stringMatching(
				/: 2 answers left out: “Prizren” with 50% credit, the feedback for any other answer\. /
			)
		]);
	});

	it('reads "->" in a multiple-choice answer as text, as Moodle does', () => {
		const read = readGift('How to save a file?{~File -> Open =File -> Save ~Edit -> Copy}');
		expect(read.problems).toEqual([]);
		expect(read.questions[0]).toMatchObject({ type: 'mcq', answer: 'File -> Save' });
	});

	it('takes a wrong choice with a negative or zero weight as a distractor', () => {
		const read = readGift('Pick one {=%100%right ~%-50%wrong ~%0%other}');
		expect(read.questions[0]).toMatchObject({
			type: 'mcq',
			answer: 'right',
			choices: ['right', 'wrong', 'other']
		});
	});

	it('never merges two questions that lack the blank line between them (issue 12)', () => {
		const file = [
			'::Q1:: Capital of Kosovo? {=Pristina ~Belgrade}',
			'::Q2:: Kosovo declared independence in 2008. {T}',
			'Who leads KFOR? {=Turkey}',
			'The force is led by {=Turkey} since',
			'2024.',
			'',
			'::Q5:: An unclosed block {=a',
			'::Q6:: Next question {=b}'
		].join('\n');
		const { questions, problems, notes } = readGift(file);
		expect(questions.map((q) => [q.type, q.prompt])).toEqual([
			['mcq', 'Capital of Kosovo?'],
			['truefalse', 'Kosovo declared independence in 2008.'],
			['short', 'Who leads KFOR?'],
			// A missing word's text may go on to the next line: still one question.
			['cloze', 'The force is led by ____ since 2024.'],
			['short', 'Next question']
		]);
		expect(problems).toEqual([
			{ line: 7, name: 'Q5', message: 'the answer block is not closed with }' }
		]);
		expect(notes).toEqual([
			expect.stringMatching(/^No blank line before the question on lines 2, 3, 4 and 8: /)
		]);
	});

	it('refuses two answer blocks on one line, naming the line, instead of one merged question', () => {
		const { questions, problems } = readGift('A? {=a}\n\nFirst? {=one} Second? {=two}\n');
		expect(questions.map((q) => q.prompt)).toEqual(['A?']);
		expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/two answer blocks/) }]);
	});

	// Outsider teacher (session 33): "Article 42" without its ~ became the choice "Article 14
	// Article 42" with no word said. Moodle's reader splits answers at ~ and = only
	// (qformat_gift: explode("~", …)), so it is read so, and said, with its line.
	it('says which line inside the answers has no ~ or =, read as part of the answer above', () => {
		const file = [
			'// Year 9',
			'::Q4 Entente:: Which countries formed the Triple Entente? {',
			'  ~%33.33333%France',
			'  ~%33.33333%Russia',
			'  ~%33.33333%Britain',
			'  ~%-100%Germany',
			'}',
			'',
			'::Q5 Alliances:: Match each alliance to its year. {',
			'  =Triple Alliance -> 1882',
			'  =Entente Cordiale -> 1904',
			'}',
			'',
			'::Q8 Essay:: Explain how the alliances turned a crisis into a war. {}',
			'',
			'::Q9 Versailles:: Which article was the "war guilt clause"? {',
			'  =Article 231',
			'  ~Article 10',
			'  ~Article 14',
			'  Article 42',
			'}',
			'',
			'::Q10:: Capital of Serbia? {',
			'  =Belgrade # Right: Beograd,',
			'  the White City.',
			'  =Beograd',
			'  Београд',
			'}'
		].join('\n');
		const { questions, problems, notes } = readGift(file);
		// The multiple-answer and matching questions are read as their parts (moodle-parts.ts).
		expect(questions.map((q) => q.choices ?? [q.answer, ...(q.accept ?? [])])).toEqual([
			['true'],
			['true'],
			['true'],
			['false'],
			['1882', '1904'],
			['1882', '1904'],
			['Article 231', 'Article 10', 'Article 14 Article 42'],
			['Belgrade', 'Beograd Београд']
		]);
		expect(notes).toEqual([
			'Line 2, “Q4 Entente”: a multiple-answer question, read as 4 true/false questions, one per choice: true where the file gives the choice a positive weight (Flashpoint has no multiple-answer type).',
			'Line 9, “Q5 Alliances”: a matching question, read as 2 multiple-choice questions, one per item, each with every answer as its choices (Flashpoint has no matching type).',
			'Line 20: a line inside the answers has no ~ or =; read as part of the choice above, as Moodle reads it. If it is a choice of its own, put ~ (wrong) or = (right) before it.',
			'Line 27: a line inside the answers has no ~ or =; read as part of the answer above, as Moodle reads it. If it is an answer of its own, put ~ (wrong) or = (right) before it.'
		]);
		// The kinds Flashpoint leaves out are each reported with their line and name.
		expect(problems).toEqual([
			{
				line: 14,
				name: 'Q8 Essay',
				message: expect.stringMatching(/^essay questions .* left out$/)
			}
		]);
	});

	it('never throws on junk', () => {
		for (const junk of ['', '{', '}', '::', '::a::', '\\', '{}{}{}', '\u0000\uFFFF', '$CATEGORY:'])
			expect(() => readGift(junk)).not.toThrow();
	});
});

describe('writeGift', () => {
	const questions: PortableQuestion[] = [
		{
			externalId: 'q-1',
			type: 'mcq',
			prompt: 'Which country sold Bayraktar drones to Kosovo?',
			answer: 'Turkey',
			choices: ['Serbia', 'Turkey', 'Greece', 'Cyprus'],
			explanation: 'Turkey did: {see} the 2023 deal = news #1.',
			topics: ['Arms']
		},
		{ type: 'truefalse', prompt: 'Kosovo is a NATO member.', answer: 'false', topics: ['Arms'] },
		{
			type: 'short',
			prompt: 'Capital of Kosovo?',
			answer: 'Pristina',
			accept: ['Prishtina'],
			topics: ['Places']
		},
		{ type: 'cloze', prompt: 'KFOR is led by ____ in 2025.', answer: 'Turkey', topics: ['Places'] },
		{
			type: 'flashcard',
			prompt: 'What is KFOR?',
			answer: 'The NATO-led force in Kosovo',
			topics: []
		}
	];

	it('round-trips every type through readGift, a flashcard as a flashcard', () => {
		const { text, skipped } = writeGift(questions);
		expect(skipped).toEqual([]);
		const back = readGift(text);
		expect(back.problems).toEqual([]);
		// The id comes back from its comment; a question without one is known by its name.
		expect(back.questions).toEqual(
			questions.map((q) => ({ ...q, externalId: q.externalId ?? expect.any(String) }))
		);
		expect(back.questions[0].externalId).toBe('q-1');
	});

	it('keeps an answer that starts with "%" whole: GIFT would read "%1%" as a weight', () => {
		// roundtrip.property found a short answer accepting "%1%a" read back as "a" with weight 1.
		const percent: PortableQuestion[] = [
			{
				externalId: 'p-1',
				type: 'short',
				prompt: 'Code?',
				answer: '%1%a',
				accept: ['%50 off'],
				topics: []
			},
			{
				externalId: 'p-2',
				type: 'mcq',
				prompt: 'Which discount?',
				answer: '%20%',
				choices: ['%20%', '%0%', '10%', '%'],
				topics: []
			}
		];
		const { text } = writeGift(percent);
		expect(text).toContain('=%100%%1%a');
		expect(text).toContain('~%0%%0%');
		const back = readGift(text);
		expect(back.problems).toEqual([]);
		expect(back.questions).toEqual(percent);
	});

	it('names each question by its prompt’s first words, as Moodle does, not by an internal id', () => {
		// Outsider, issue 13: `::g-d-5-flashcard-15daoft0::` was the name Moodle's bank showed.
		const { text } = writeGift([
			{ ...questions[0], externalId: 'g-d-5-flashcard-15daoft0' },
			{
				type: 'cloze',
				prompt: 'In 2024 ____ took command of the NATO-led KFOR mission in Kosovo.',
				answer: 'Turkey',
				topics: ['Arms']
			}
		]);
		const names = [...text.matchAll(/^::(.*?)::/gm)].map((m) => m[1]);
		expect(names).toEqual([
			'Which country sold Bayraktar drones to Kosovo?',
			'In 2024 … took command of the NATO-led…'
		]);
		// The id rides in Moodle's own `[id:…]` comment token (its idnumber), for a re-import.
		expect(text).toContain('// [id:g-d-5-flashcard-15daoft0]\n::Which country');
		expect(readGift(text).questions[0].externalId).toBe('g-d-5-flashcard-15daoft0');
	});

	// A re-import of the bank's own GIFT found 138 of 153 questions "changed" (issue 13's kind):
	// topics after the first were lost, and a blank before a comma gained a space.
	it('keeps every topic (the first as category, the rest as Moodle tags) and a blank’s spacing', () => {
		const q: PortableQuestion = {
			externalId: 'q-9',
			type: 'cloze',
			prompt: 'After clashes in (____), Ankara sent troops.',
			answer: '2023',
			topics: ['KFOR', 'Turkey–Serbia relations', 'odd ] tag']
		};
		const { text } = writeGift([q]);
		expect(text).toContain('// [id:q-9] [tag:Turkey–Serbia relations] [tag:odd \\] tag]');
		expect(text).toContain('After clashes in ({=2023}), Ankara sent troops.');
		expect(readGift(text).questions).toEqual([q]);
		expect(readGift('The war ended in {=1945}.').questions[0].prompt).toBe(
			'The war ended in ____.'
		);
	});

	// The shape of Moodle's `[id:…]`/`[tag:…]` comments (GIFT-grammar-PEG.js `tag_id_and_two_tags.gift`).
	it('reads Moodle’s id and tags from the comments of a question, and not from a stray comment', () => {
		const read = readGift(
			[
				'// [id:393]',
				'// [tag:fred] [tag:barney-wilma]',
				'::Q:: Capital of Kosovo? {=Pristina}',
				'',
				'// [id:stray] [tag:stray]',
				'',
				'Capital of Serbia? {=Belgrade}'
			].join('\n')
		);
		expect(read.questions.map((q) => [q.externalId, q.topics])).toEqual([
			['393', ['fred', 'barney-wilma']],
			[undefined, []]
		]);
	});

	// The shape of `shortFirstEmbeddedUnderline.gift` (fuhrmanator/GIFT-grammar-PEG.js, MIT).
	it('keeps a short answer’s own underscores in its text, not as the blank', () => {
		const read = readGift('_____ is the largest continent. {=Asia}');
		expect(read.questions[0]).toMatchObject({
			type: 'short',
			prompt: '_____ is the largest continent.'
		});
		const again = readGift(writeGift(read.questions).text).questions;
		expect(again).toMatchObject(
			read.questions.map(({ type, prompt, answer }) => ({ type, prompt, answer }))
		);
		expect(again[0].externalId).toBe('… is the largest continent');
	});

	it('writes a flashcard as a Moodle essay, its back as the general feedback, and reads it back', () => {
		// A whole definition as a short answer could never be typed right (outsider, issue 13).
		const card: PortableQuestion = {
			externalId: 'q-card',
			type: 'flashcard',
			prompt: 'What is KFOR?',
			answer: 'The NATO-led force in Kosovo: {peacekeepers} since 1999 = #1',
			topics: []
		};
		const { text, skipped } = writeGift([card]);
		expect(skipped).toEqual([]);
		// Moodle's own essay export: `::name::text{####general feedback}`.
		expect(text).toContain(
			'::What is KFOR?:: What is KFOR? {####The NATO-led force in Kosovo\\: \\{peacekeepers\\} since 1999 \\= \\#1}'
		);
		expect(readGift(text).questions).toEqual([card]);
		// An essay without feedback has nothing to check: still left out, with the reason.
		expect(readGift('::Q8:: How are you? {}').problems[0].message).toMatch(/essay/);
		// An essay Moodle exported with general feedback comes in as a flashcard.
		expect(
			readGift('::Q9::Describe KFOR.{####[html]<p>The <b>NATO-led</b> force.</p>}').questions
		).toEqual([
			{
				externalId: 'Q9',
				name: 'Q9',
				type: 'flashcard',
				prompt: 'Describe KFOR.',
				answer: 'The NATO-led force.',
				topics: []
			}
		]);
	});
});

describe('GIFT numerical questions and flashcard explanations (issue 12)', () => {
	it('reads {#1858}, {#1858:2} and {#1850..1860} as numbers and writes each back in its form', () => {
		const file = [
			'::Exact:: In which year was Kosovo surveyed? {#1858}',
			'',
			'::Tolerance:: Survey year, within two? {#1858:2####Close enough counts.}',
			'',
			'::Range:: A year in the 1850s? {#1850..1860}',
			'',
			'::Weighted:: The one right answer among weights {#=1858:0#Yes ~%0%1900}'
		].join('\n');
		const read = readGift(file);
		expect(read.problems).toEqual([]);
		expect(read.questions.map((q) => [q.type, q.answer, q.numeric, q.explanation])).toEqual([
			['short', '1858', { value: 1858, tolerance: 0 }, undefined],
			['short', '1858 ± 2', { value: 1858, tolerance: 2 }, 'Close enough counts.'],
			['short', '1850 to 1860', { min: 1850, max: 1860 }, undefined],
			['short', '1858', { value: 1858, tolerance: 0 }, '1858: Yes']
		]);
		const text = writeGift(read.questions).text;
		expect(text).toContain('{#1858}');
		expect(text).toContain('{#1858:2 ####Close enough counts.}');
		expect(text).toContain('{#1850..1860}');
		expect(readGift(text).questions).toEqual(read.questions);
	});

	// Moodle's own test file and its export: `~#…` after a number is the feedback for any other
	// answer (its `*` answer). It was read as a second right answer and the question refused.
	it('reads a number with Moodle’s feedback for any other answer, which it leaves out', () => {
		const read = readGift(
			[
				'::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}',
				'',
				'::Pi:: Pi to two places? {#',
				'\t=%100%3.14:0.005#Close enough.',
				'\t~#Not pi.',
				'\t####Pi is 3.14159…',
				'}'
			].join('\n')
		);
		expect(read.problems).toEqual([]);
		expect(read.questions.map((q) => [q.answer, q.numeric, q.explanation])).toEqual([
			['3 ± 2', { value: 3, tolerance: 2 }, undefined],
			[
				'3.14 ± 0.005',
				{ value: 3.14, tolerance: 0.005 },
				'Pi is 3.14159…\n\n3.14 ± 0.005: Close enough.'
			]
		]);
		expect(read.notes).toEqual([
			expect.stringMatching(
				/^Line 1, “Q5”: 1 answer left out: the feedback for any other answer\. /
			),
			expect.stringMatching(
				/^Line 3, “Pi”: 1 answer left out: the feedback for any other answer\. /
			)
		]);
	});

	it('grades them as numbers: within the tolerance or range is right, anything else wrong', () => {
		const [exact, tolerance, range] = readGift(
			'A {#1858}\n\nB {#1858:2}\n\nC {#1850..1860}\n\nD {#-0.5:0.25}'
		).questions;
		const right = (q: typeof exact, typed: string) => matchesAnswer(typed, q);
		expect([right(exact, '1858'), right(exact, '1859'), right(exact, 'in 1858')]).toEqual([
			true,
			false,
			true
		]);
		expect(['1856', '1860', '1860.5', '1855'].map((t) => right(tolerance, t))).toEqual([
			true,
			true,
			false,
			false
		]);
		// A year said in words is its number (content/number-words): in range, right; out, wrong.
		expect(
			['1850', '1855.5', '1861', 'eighteen fifty', 'eighteen sixty-one'].map((t) => right(range, t))
		).toEqual([true, true, false, true, false]);
		const negative = readGift('D {#-0.5:0.25}').questions[0];
		expect(['-0.3', '−0.75', '-0,6', '0.5'].map((t) => right(negative, t))).toEqual([
			true,
			true,
			true,
			false
		]);
	});

	it('keeps a flashcard’s explanation through GIFT, in the essay’s general feedback', () => {
		const card: PortableQuestion = {
			externalId: 'q-card',
			type: 'flashcard',
			prompt: 'What is KFOR?',
			answer: 'The NATO-led force in Kosovo',
			explanation: 'Set up in 1999 by UN resolution 1244.',
			topics: []
		};
		const text = writeGift([card]).text;
		expect(text).toContain(
			'{####The NATO-led force in Kosovo\\n\\nExplanation\\: Set up in 1999 by UN resolution 1244.}'
		);
		expect(readGift(text).questions).toEqual([card]);
		// Typed on a line of its own, as a teacher would write it, it is read the same way.
		const typed = readGift('::K:: What is KFOR? {####The force.\nExplanation: Since 1999.}');
		expect(typed.questions[0]).toMatchObject({ answer: 'The force.', explanation: 'Since 1999.' });
	});

	it('round-trips any numerical answer and any flashcard exactly (property)', () => {
		// Text as a question holds it: GIFT reads runs of spaces as one, as Moodle shows them.
		const words = fc
			.stringMatching(/^[A-Za-z][A-Za-z ,.;:{}=#~?!()-]{0,40}[A-Za-z?.]$/)
			.map((t) => t.replace(/\s+/g, ' '));
		const num = fc
			.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
			.map((n) => (Object.is(n, -0) ? 0 : n));
		const numeric = fc.oneof(
			fc.record({ value: num, tolerance: num.map(Math.abs) }),
			fc.tuple(num, num).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }))
		);
		const question = fc.oneof(
			fc
				.record({ prompt: words, numeric, explanation: fc.option(words, { nil: undefined }) })
				.map(({ prompt, numeric, explanation }): PortableQuestion => ({
					externalId: 'q-n',
					type: 'short',
					prompt,
					answer: 'x',
					numeric,
					...(explanation ? { explanation } : {}),
					topics: []
				})),
			fc
				.record({ prompt: words, answer: words, explanation: fc.option(words, { nil: undefined }) })
				.map(({ prompt, answer, explanation }): PortableQuestion => ({
					externalId: 'q-f',
					type: 'flashcard',
					prompt,
					answer,
					...(explanation ? { explanation } : {}),
					topics: []
				}))
		);
		fc.assert(
			fc.property(question, (q) => {
				const back = readGift(writeGift([q]).text);
				expect(back.problems).toEqual([]);
				const [read] = back.questions;
				expect(read.type).toBe(q.type);
				expect(read.numeric).toEqual(q.numeric);
				expect(read.explanation).toBe(q.explanation);
				if (q.type === 'flashcard') expect(read.answer).toBe(q.answer);
			})
		);
	});
});

// CI of 6af27fef: fast-check found a numerical question whose answer text ("x") differs from its
// number, with an explanation that looks like that answer's feedback ("x: ?"). The readers label
// a numerical answer's feedback by its number, so the writers must look it up by that label.
describe('feedback on a numerical answer', () => {
	it('keeps an explanation whole when it names the answer text, not the number', () => {
		const q: PortableQuestion = {
			externalId: 'q-n',
			type: 'short',
			prompt: 'aA',
			answer: 'x',
			numeric: { value: 0, tolerance: 0 },
			explanation: 'x: ?',
			topics: []
		};
		expect(readGift(writeGift([q]).text).questions[0].explanation).toBe('x: ?');
	});

	it('puts feedback labelled by the number back on the answer', () => {
		const q: PortableQuestion = {
			type: 'short',
			prompt: 'When did the first Serbian uprising begin?',
			answer: '1804 ± 1',
			numeric: { value: 1804, tolerance: 1 },
			explanation: '1804 ± 1: Karađorđe led it.',
			topics: []
		};
		const text = writeGift([q]).text;
		expect(text).toContain('{#1804:1#Karađorđe led it.}');
		expect(readGift(text).questions[0].explanation).toBe('1804 ± 1: Karađorđe led it.');
	});
});

// courses9, outsider teacher: a GIFT export of her WW1 questions came back with every line break
// flattened to a space. GIFT writes a line break as `\n` (Moodle's `escapedchar_pre` reads it).
describe('line breaks through GIFT', () => {
	const questions: PortableQuestion[] = [
		{
			type: 'short',
			prompt: 'Read the lines:\nIn Flanders fields the poppies blow\nWho wrote them?',
			answer: 'John McCrae',
			explanation: 'A Canadian doctor.\nWritten in 1915.',
			topics: ['WW1']
		},
		{
			type: 'mcq',
			prompt: 'Line one\nLine two?',
			answer: 'A',
			choices: ['A', 'B', 'C'],
			explanation: 'First\nSecond',
			topics: []
		},
		{
			type: 'flashcard',
			prompt: 'Front\nmore',
			answer: 'Back 1\nBack 2',
			explanation: '',
			topics: []
		}
	];

	it('export then import gives the same text, line breaks kept', () => {
		const text = writeGift(questions).text;
		expect(text).toContain('Read the lines\\:\\nIn Flanders');
		const back = readGift(text);
		expect(back.problems).toEqual([]);
		const fields = (q: Pick<PortableQuestion, 'prompt' | 'answer' | 'explanation' | 'choices'>) => [
			q.prompt,
			q.answer,
			q.explanation || '',
			q.choices
		];
		expect(back.questions.map(fields)).toEqual(questions.map(fields));
	});

	it('reads a line break in the file itself as a space, as before', () => {
		const [q] = readGift('Who wrote\nthe poem? {=McCrae}').questions;
		expect(q.prompt).toBe('Who wrote the poem?');
	});
});

// Outsider teacher, issue 12: GIFT out of Flashpoint and back in must be the same questions.
describe('GIFT keeps what a teacher wrote', () => {
	it('reads a true/false answer’s feedback as Moodle writes it: #wrong#right', () => {
		const read = (body: string) => readGift(`Paris is in France. {${body}}`).questions[0];
		// Before: "No, it is.#Right." as one explanation; then only one of the two was kept.
		// `#wrong` is for the answer that is not the key, `#right` for the key (issue 14).
		expect(read('T#No, it is.#Right.').explanation).toBe('True: Right.\nFalse: No, it is.');
		expect(read('TRUE##Right.').explanation).toBe('True: Right.');
		expect(read('F#No.#Yes.####Paris is in France.').explanation).toBe(
			'Paris is in France.\n\nTrue: No.\nFalse: Yes.'
		);
		expect(read('FALSE#Line one.\\nLine two.').explanation).toBe('True: Line one. Line two.');
	});

	it('keeps no-break spaces, runs of spaces and line breaks; a file’s own wrap is a space', () => {
		const [q] = readGift(
			'Qui\u00a0? {\n=Victor\u00a0Hugo\n~Émile  Zola\n####Publié en 1862.\\n\\nEn exil.\n}'
		).questions;
		expect(q.prompt).toBe('Qui\u00a0?');
		expect(q.choices).toEqual(['Victor\u00a0Hugo', 'Émile  Zola']);
		expect(q.explanation).toBe('Publié en 1862.\n\nEn exil.');
		expect(readGift('A long\n   question? {=yes}').questions[0].prompt).toBe('A long question?');
	});

	it('marks text that would read as HTML [plain], so it comes back as written', () => {
		const q = {
			type: 'mcq' as const,
			prompt: 'What does <b> do in R&amp;D’s pages?',
			answer: '<b>bold</b>',
			choices: ['<b>bold</b>', 'nothing'],
			explanation: '[html] is a GIFT tag.',
			topics: []
		};
		const text = writeGift([q]).text;
		expect(text).toContain('[plain]What does <b>');
		const [back] = readGift(text).questions;
		expect([back.prompt, back.answer, back.choices, back.explanation]).toEqual([
			q.prompt,
			q.answer,
			q.choices,
			q.explanation
		]);
	});
});

// Moodle XML names each question whose images were left out; GIFT dropped them without a word
// (issue 14). An `<img>` is an image only where the text is read as HTML.
describe('GIFT images', () => {
	const file = [
		'::Q1:: What is 2 + 2? {=4 ~3}',
		'',
		'// a comment',
		'::Q2:: [html]<p>Which sea is this?</p><p><img src="@@PLUGINFILE@@/sea.png" alt="map"></p> {=Adriatic ~Baltic}',
		'',
		'::Q3:: [plain] Is <img> a tag? {T}',
		'',
		'::Q4:: <p>Two maps: <img src="a.png"> <img src="b.png"></p> {=Kosovo ~Serbia}',
		'',
		// In an answer block GIFT needs `=` escaped, as Moodle's export writes it.
		'::Q5:: [html]Which flag? {=[html]<img src\\="al.png"> Albania ~Italy}'
	].join('\n');

	it('names each question that lost images, by its number in the file', () => {
		const result = readGift(file);
		expect(result.questions).toHaveLength(5);
		expect(result.notes).toEqual([
			'Q2: an image was left out (Flashpoint shows no images).',
			'Q4: 2 images were left out (Flashpoint shows no images).',
			'Q5: an image was left out (Flashpoint shows no images).'
		]);
	});
	it('keeps a plain-text <img> as text, with no note', () => {
		const result = readGift('[plain] Is <img> a tag? {T}');
		expect(result.notes).toEqual([]);
		expect(result.questions[0].prompt).toContain('<img>');
	});
});
