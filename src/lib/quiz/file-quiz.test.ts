import { describe, expect, it } from 'vitest';
import { encodeQuiz, decodeQuiz } from './quiz-code';
import { fileQuestions, readQuizFile } from './file-quiz';
import { isOwnQuestion } from './edit';
import { seededRandom } from './random';
import { makeQuiz } from './fixtures.test-helpers';
import { readGift } from '$lib/formats/gift';

const GIFT = `// Rivers, from Moodle
$CATEGORY: $course$/top/Rivers of Europe

::Danube::Which river flows through Vienna? {=Danube ~Rhine ~Seine ~Elbe}

::Length::The Danube is Europe's longest river. {F#The Volga is longer.}

::Mouth::The Rhine flows into the {=North Sea =German Bight} .

::Broken::This one is missing its close brace {=yes
`;

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Lakes</text></category></question>
  <question type="multichoice">
    <name><text>Largest lake</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which is the largest lake in Europe?</p>]]></text></questiontext>
    <answer fraction="100"><text>Ladoga</text><feedback><text>Right</text></feedback></answer>
    <answer fraction="0"><text>Balaton</text></answer>
    <answer fraction="0"><text>Geneva</text></answer>
    <single>true</single>
  </question>
  <question type="shortanswer">
    <name><text>Deepest lake</text></name>
    <questiontext format="html"><text>Which lake is the deepest in the world?</text></questiontext>
    <answer fraction="100"><text>Baikal</text></answer>
  </question>
</quiz>`;

/** The questions a file gives a quiz (`fileQuestions`), or the test fails with why not. */
function questionsOf(file: NonNullable<ReturnType<typeof readQuizFile>>, random = Math.random) {
	const made = fileQuestions(file.read, random);
	if ('error' in made) throw new Error(made.error);
	return { ...made, questions: made.questions.map((q) => q.question) };
}

describe('a question file’s questions for a class quiz (Import a quiz file, New quiz)', () => {
	it('reads GIFT with its reader, problems in its words, and makes the teacher’s own questions', () => {
		const file = readQuizFile('rivers.gift', GIFT)!;
		expect(file.format).toBe('Moodle GIFT');
		expect(file.title).toBe('Rivers of Europe');
		const made = questionsOf(file, seededRandom(1));
		const quiz = { ...makeQuiz([]), questions: made.questions };
		expect(quiz.questions.map((q) => q.type)).toEqual(['mcq', 'truefalse', 'cloze']);
		expect(quiz.questions.every(isOwnQuestion)).toBe(true);
		expect(quiz.questions[0].answer).toBe('Danube');
		expect([...quiz.questions[0].choices!].sort()).toEqual(['Danube', 'Elbe', 'Rhine', 'Seine']);
		expect(quiz.questions[1]).toMatchObject({
			answer: 'false',
			explanation: 'True: The Volga is longer.'
		});
		expect(quiz.questions[2].accept).toEqual(['German Bight']);
		// The broken question is named with its line and name, as Import questions names it.
		expect(made.leftOut).toHaveLength(1);
		expect(made.leftOut[0]).toBe('Line 10, “Broken”: the answer block is not closed with }');
		// It travels: the link decodes to the same questions on a device without the file.
		const decoded = decodeQuiz(encodeQuiz(quiz));
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.value.questions?.map((q) => q.prompt)).toEqual(
			quiz.questions.map((q) => q.prompt)
		);
	});

	it('reads Moodle XML; no explanation is invented', () => {
		const file = readQuizFile('lakes.xml', XML)!;
		expect(file.format).toBe('Moodle XML');
		expect(file.title).toBe('Lakes');
		const made = questionsOf(file);
		expect(made.questions.map((q) => [q.type, q.answer])).toEqual([
			['mcq', 'Ladoga'],
			['short', 'Baikal']
		]);
		expect(made.questions[1].explanation).toBe('');
		expect(made.leftOut).toEqual([]);
	});

	it('offers every question of a long file (New quiz chooses a quiz’s most); a classroom file is not one', () => {
		const many = Array.from({ length: 52 }, (_, i) => `Is ${i} a number? {T}`).join('\n\n');
		const made = questionsOf(readQuizFile('numbers.gift', many)!);
		expect(made.questions).toHaveLength(52);
		expect(made.leftOut).toEqual([]);
		expect(readQuizFile('classroom.json', '{"kind":"flashpoint-classroom"}')).toBeNull();
		expect(readQuizFile('notes.txt', 'Just some words.')).toBeNull();
	});

	it('says why a damaged Moodle XML file gave nothing, with the reader’s line', () => {
		// Outsider teacher: it said only "0 questions read, 1 problem", with no reason.
		const xml = [
			'<?xml version="1.0"?>',
			'<quiz><question type="multichoice"><name><text>Broken</text></name>',
			'<questiontext><text>Unclosed <b>tag',
			'<answer fraction="100"><text>A</text>',
			'</quiz'
		].join('\n');
		const made = fileQuestions(readQuizFile('bad.xml', xml)!.read);
		expect('error' in made && made.error).toMatch(
			/^Nothing was made: this file has no question a class quiz can ask \(0 questions read, 1 problem\)\. Line \d+: broken XML: .+\.$/
		);
		expect('error' in made && made.error).toContain('. Line 5: broken XML: ');
	});

	it('refuses a file with no question a quiz can ask, saying what was read', () => {
		const file = readQuizFile('broken.gift', '::A::Missing brace {=yes\n')!;
		expect(fileQuestions(file.read)).toEqual({
			error: expect.stringMatching(
				/^Nothing was made: this file has no question a class quiz can ask/
			)
		});
	});
});

describe('Import a quiz file says how the file was read (teacher outsider of session 36)', () => {
	it('keeps a typed partly right answer (session 37), names a number’s left out and a matching question asked as multiple choice', () => {
		const file = readQuizFile(
			'hand.gift',
			[
				'::SA1:: What is the unit of electric charge? {=coulomb =coulombs =%50%C}',
				'::MATCH1:: Match each quantity to its unit. {=current -> ampere =potential difference -> volt =charge -> coulomb =power -> watt}',
				'::NUM2:: What is the power of a small LED indicator in mW? {#=5:0 =%50%5000:0}'
			].join('\n\n')
		)!;
		const made = questionsOf(file);
		expect(made.questions).toHaveLength(6);
		expect(made.questions[0].credit).toEqual({ C: 50 });
		expect(made.leftOut).toEqual([]);
		expect(made.notes).toEqual([
			'Line 3, “MATCH1”: a matching question, read as 4 multiple-choice questions, one per item, each with every answer as its choices (Flashpoint has no matching type).',
			'Line 5, “NUM2”: 1 answer left out: “5000:0” with 50% credit. Flashpoint marks a typed answer right (the answers marked fully right) or wrong, with no partial credit.'
		]);
	});
});

describe('a multiple-answer question in a class quiz file (teacher from Moodle, sessions 37–38)', () => {
	// Her question as her file had it: Moodle's "multiple answers", negative weights for the wrong.
	const VECTORS = `::Q5 Speed:: What is the SI unit of speed? {=m/s ~m ~s}

::Q6 Vectors:: Which of these are vector quantities? {
~%50%velocity
~%50%force
~%-50%speed
~%-50%mass
}
`;
	const VECTORS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>Q6 Vectors</text></name>
    <questiontext format="html"><text>Which of these are vector quantities?</text></questiontext>
    <answer fraction="50"><text>velocity</text></answer>
    <answer fraction="50"><text>force</text></answer>
    <answer fraction="-50"><text>speed</text></answer>
    <answer fraction="-50"><text>mass</text></answer>
    <single>false</single>
  </question>
</quiz>`;

	it('is one “Choose all that apply” question with its weights, not true/false questions (session 38)', () => {
		const made = questionsOf(readQuizFile('forces.gift', VECTORS)!);
		expect(made.questions.map((q) => q.type)).toEqual(['mcq', 'multi']);
		expect(made.questions[1]).toMatchObject({
			prompt: 'Which of these are vector quantities?',
			choices: ['velocity', 'force', 'speed', 'mass'],
			weights: [50, 50, -50, -50],
			answer: 'velocity; force'
		});
		expect(isOwnQuestion(made.questions[1])).toBe(true);
		expect(made.leftOut).toEqual([]);
		expect(made.notes.join('\n')).not.toContain('true/false');
	});

	it('is read from Moodle XML the same way', () => {
		const made = questionsOf(readQuizFile('forces.xml', VECTORS_XML)!);
		expect(made.questions).toHaveLength(1);
		expect(made.questions[0]).toMatchObject({
			type: 'multi',
			choices: ['velocity', 'force', 'speed', 'mass'],
			weights: [50, 50, -50, -50]
		});
		expect(made.notes).toEqual([]);
	});

	it('a course still reads it as its true/false parts, said in a note', () => {
		const read = readGift(VECTORS);
		expect(read.questions.filter((q) => q.type === 'truefalse')).toHaveLength(4);
		expect(read.problems).toEqual([]);
	});
});
