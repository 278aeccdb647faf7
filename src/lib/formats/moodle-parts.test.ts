import { describe, expect, it } from 'vitest';
import { readGift } from './gift';
import { writeGift } from './gift-write';
import { moodleWeight, writeGroups } from './moodle-parts';
import { readMoodleXml } from './moodle-xml';
import { writeMoodleXml } from './moodle-xml-write';
import type { PortableQuestion } from './portable';
import { toPortable } from './export';
import { toImportedQuestion } from '$lib/courses/import-plan';
import * as v from 'valibot';
import { QuestionSchema } from '$lib/content/schema';

/**
 * The shape of the GIFT file a teacher from Moodle imported (issue 12): a matching and a
 * multiple-answer question among the usual kinds, and one block with no closing brace.
 */
const TEACHER = [
	'// Year 10 mixed revision - hand written',
	'$CATEGORY: $course$/Year 10 revision',
	'',
	'::Q3 Short:: What is the unit of resistance? {=ohm =ohms =Ω}',
	'',
	'::Q4 Matching:: Match the meter to what it measures. {',
	'=ammeter -> current',
	'=voltmeter -> potential difference',
	'=thermometer -> temperature',
	'}',
	'',
	'::Q5 Numerical:: What is the current in A through a 10 Ω resistor with 5 V across it? {#0.5:0.01}',
	'',
	'::Q7 typo:: Which gas do plants relese during photosynthesis? {=oxygen ~carbon dioxide ~nitrogen',
	'',
	'::Q8 Multi:: Which of these are renewable energy resources? {',
	'~%50%wind',
	'~%50%solar',
	'~%-100%coal',
	'~%-100%natural gas',
	'}'
].join('\n');

describe('a matching or multiple-answer question from Moodle (a teacher from Moodle, issue 12)', () => {
	const read = readGift(TEACHER);

	it('reads a matching question as one multiple-choice question per item', () => {
		const matching = read.questions.filter((q) => q.name === 'Q4 Matching');
		expect(matching).toEqual(
			['ammeter', 'voltmeter', 'thermometer'].map((item, i) => ({
				externalId: `Q4 Matching#m${i + 1}`,
				name: 'Q4 Matching',
				type: 'mcq',
				prompt: `Match the meter to what it measures.\n\n${item}`,
				answer: ['current', 'potential difference', 'temperature'][i],
				choices: ['current', 'potential difference', 'temperature'],
				topics: ['Year 10 revision']
			}))
		);
	});

	it('reads a multiple-answer question as one true/false question per choice', () => {
		const multi = read.questions.filter((q) => q.name === 'Q8 Multi');
		expect(multi.map((q) => [q.prompt.split('\n\n')[1], q.answer, q.type])).toEqual([
			['wind', 'true', 'truefalse'],
			['solar', 'true', 'truefalse'],
			['coal', 'false', 'truefalse'],
			['natural gas', 'false', 'truefalse']
		]);
	});

	it('says what each became, and names the block it cannot read with its line', () => {
		expect(read.notes).toEqual([
			'Line 6, “Q4 Matching”: a matching question, read as 3 multiple-choice questions, one per item, each with every answer as its choices (Flashpoint has no matching type).',
			'Line 16, “Q8 Multi”: a multiple-answer question, read as 4 true/false questions, one per choice: true where the file gives the choice a positive weight (Flashpoint has no multiple-answer type).'
		]);
		expect(read.problems).toEqual([
			{ line: 14, name: 'Q7 typo', message: 'the answer block is not closed with }' }
		]);
		expect(read.questions).toHaveLength(1 + 3 + 1 + 4);
	});

	it('writes them back to GIFT as Moodle writes them, with every accepted answer', () => {
		const text = writeGift(read.questions, read.title).text;
		expect(text).toContain(
			[
				'// [id:Q4 Matching]',
				'::Q4 Matching:: Match the meter to what it measures. {',
				'\t=ammeter -> current',
				'\t=voltmeter -> potential difference',
				'\t=thermometer -> temperature',
				'}'
			].join('\n')
		);
		expect(text).toContain(
			[
				'::Q8 Multi:: Which of these are renewable energy resources? {',
				'\t~%50%wind',
				'\t~%50%solar',
				'\t~%-100%coal',
				'\t~%-100%natural gas',
				'}'
			].join('\n')
		);
		expect(text).toContain('{=ohm =ohms =Ω}');
		expect(text).toContain('{#0.5:0.01}');
		const back = readGift(text);
		expect(back.questions).toEqual(read.questions);
		expect(writeGift(back.questions, back.title).text).toBe(text);
	});

	it('writes them back to Moodle XML as matching and multichoice, and reads them again', () => {
		const xml = writeMoodleXml(read.questions, read.title).text;
		expect(xml).toContain('<question type="matching">');
		expect(xml).toMatch(
			/<subquestion format="plain_text">\s*<text>ammeter<\/text>\s*<answer>\s*<text>current<\/text>/
		);
		expect(xml).toContain('<single>false</single>');
		expect(xml).toMatch(/<answer fraction="50" format="plain_text">\s*<text>wind<\/text>/);
		expect(xml).toMatch(/<answer fraction="-100" format="plain_text">\s*<text>coal<\/text>/);
		expect(xml).toContain('<tolerance>0.01</tolerance>');
		const back = readMoodleXml(xml);
		expect(back.problems).toEqual([]);
		expect(back.questions).toEqual(read.questions);
	});
});

describe('Moodle’s own shapes (its GIFT and XML format tests, made up in their shape)', () => {
	it('reads per-item format tags, an extra answer, and each choice’s feedback', () => {
		const { questions, problems } = readGift(
			[
				'::Moodle activities::[html]Match the <b>activity</b> to the description.{',
				'    =[html]An activity supporting <i>asynchronous</i> discussions. -> Forum',
				'    =[plain]A bank of <record> entries. -> Database',
				'    = -> Chat',
				'}',
				'',
				'::colours:: What’s between orange and green in the spectrum?',
				'{',
				'    ~%50%yellow # right; good!',
				'    ~%-100%red # [html]wrong',
				'    ~%50%off-beige # right; good!',
				'    ####Think of a rainbow.',
				'}'
			].join('\n')
		);
		expect(problems).toEqual([]);
		expect(questions.slice(0, 2).map((q) => [q.prompt, q.answer, q.choices])).toEqual([
			[
				'Match the activity to the description.\n\nAn activity supporting asynchronous discussions.',
				'Forum',
				['Forum', 'Database', 'Chat']
			],
			[
				'Match the activity to the description.\n\nA bank of <record> entries.',
				'Database',
				['Forum', 'Database', 'Chat']
			]
		]);
		expect(questions.slice(2).map((q) => [q.answer, q.explanation])).toEqual([
			['true', 'Think of a rainbow.\n\nyellow: right; good!'],
			['false', 'Think of a rainbow.\n\nred: wrong'],
			['true', 'Think of a rainbow.\n\noff-beige: right; good!']
		]);
		// Back on their choices, the extra answer with no item.
		const text = writeGift(questions).text;
		expect(text).toContain('\t= -> Chat');
		expect(text).toContain('\t~%50%yellow#right; good!');
		expect(text).toContain('\t####Think of a rainbow.');
		expect(readGift(text).questions).toEqual(questions);
	});

	it('reads a Moodle XML matching question and a multichoice with single false', () => {
		const { questions, problems, notes } = readMoodleXml(`<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="matching">
    <name><text>Matching question</text></name>
    <questiontext format="html"><text>Match the upper and lower case letters.</text></questiontext>
    <generalfeedback><text>The answer is A -&gt; a, B -&gt; b and C -&gt; c.</text></generalfeedback>
    <shuffleanswers>false</shuffleanswers>
    <subquestion><text>A</text><answer><text>a</text></answer></subquestion>
    <subquestion format="html"><text><![CDATA[<p>B</p>]]></text><answer><text>b</text></answer></subquestion>
    <subquestion><text>C</text><answer><text>c</text></answer></subquestion>
    <subquestion><text></text><answer><text>d</text></answer></subquestion>
  </question>
  <question type="multichoice">
    <name><text>Continents</text></name>
    <questiontext format="html"><text>Select all of the continents.</text></questiontext>
    <single>false</single>
    <answer fraction="33.33333"><text>Africa</text><feedback><text>Yes.</text></feedback></answer>
    <answer fraction="-100"><text>China</text></answer>
    <answer fraction="33.33333"><text>Asia</text></answer>
    <answer fraction="33.33333"><text>Antarctica</text></answer>
  </question>
</quiz>`);
		expect(problems).toEqual([]);
		expect(questions.map((q) => [q.type, q.prompt.split('\n\n')[1], q.answer])).toEqual([
			['mcq', 'A', 'a'],
			['mcq', 'B', 'b'],
			['mcq', 'C', 'c'],
			['truefalse', 'Africa', 'true'],
			['truefalse', 'China', 'false'],
			['truefalse', 'Asia', 'true'],
			['truefalse', 'Antarctica', 'true']
		]);
		expect(questions[0].choices).toEqual(['a', 'b', 'c', 'd']);
		expect(questions[0].explanation).toBe('The answer is A -> a, B -> b and C -> c.');
		expect(questions[3].explanation).toBe('Africa: Yes.');
		expect(notes).toHaveLength(2);
		const xml = writeMoodleXml(questions).text;
		expect(xml).toMatch(/<answer fraction="33.33333" format="plain_text">\s*<text>Africa<\/text>/);
		expect(readMoodleXml(xml).questions).toEqual(questions);
	});

	it('refuses, with the reason, a matching question it cannot ask', () => {
		const { problems } = readGift(
			'::One:: Match {=a -> 1}\n\n::Same:: Match {=a -> 1 =b -> 1}\n\n::Arrow:: Match {=a -> 1 =b}'
		);
		expect(problems).toEqual([
			{
				line: 1,
				name: 'One',
				message: 'a matching question needs at least two items with an answer'
			},
			{
				line: 3,
				name: 'Same',
				message: 'a matching question needs at least two different answers'
			},
			{
				line: 5,
				name: 'Arrow',
				message: '“b” has no “->”: each answer of a matching question is item -> answer'
			}
		]);
	});
});

describe('writeGroups', () => {
	const [a, b, c] = readGift('::M:: Pick {=x -> 1 =y -> 2 =z -> 3}').questions;

	it('puts a matching question back together only when its parts read back the same', () => {
		expect(writeGroups([a, b, c]).map((g) => g.kind)).toEqual(['matching']);
		// A part edited on its own (its explanation, its choices) goes as the question it is now.
		const edited = { ...b, explanation: 'Because.' };
		expect(writeGroups([a, edited, c]).map((g) => g.kind)).toEqual(['one', 'one', 'one']);
		expect(writeGroups([a, { ...b, choices: ['1', '2'] }]).map((g) => g.kind)).toEqual([
			'one',
			'one'
		]);
		// Parts apart in the list, or without a name of their own, are questions of their own.
		const other: PortableQuestion = { type: 'truefalse', prompt: 'T?', answer: 'true', topics: [] };
		expect(writeGroups([a, other, b]).map((g) => g.kind)).toEqual(['one', 'one', 'one']);
		const { name: _n, ...unnamedA } = a;
		const { name: _m, ...unnamedB } = b;
		expect(writeGroups([unnamedA, unnamedB]).map((g) => g.kind)).toEqual(['one', 'one']);
		// An item holding "->" cannot be written as one (Moodle reads up to the first).
		const arrow = { ...a, prompt: 'Pick\n\nx -> y' };
		expect(writeGroups([arrow, b]).map((g) => g.kind)).toEqual(['one', 'one']);
	});

	it('writes weights as Moodle lists them', () => {
		expect([100, 50, 100 / 3, 100 / 6, 100 / 7, -100].map(moodleWeight)).toEqual([
			'100',
			'50',
			'33.33333',
			'16.66667',
			'14.28571',
			'-100'
		]);
	});
});

/** A file read, stored as the bank stores it (`toImportedQuestion`), and given back (`toPortable`). */
function throughBank(questions: readonly PortableQuestion[]): PortableQuestion[] {
	return questions.map((q, i) => {
		const { externalId: _id, ...back } = toPortable({
			...toImportedQuestion(q, i),
			id: `imported-${i + 1}`
		});
		return { ...back, ...(q.externalId ? { externalId: q.externalId } : {}) };
	});
}

describe('each choice keeps its weight, import → bank → export (outsider teacher, session 35)', () => {
	// The shape of her GIFT: wrong choices −50% each came back −100%.
	const gift = [
		'::Q2 vectors:: Which of these are vector quantities? (choose all) {',
		'~%50%velocity',
		'~%50%force',
		'~%-50%speed',
		'~%-50%mass',
		'}'
	].join('\n');
	// The shape of her Moodle XML: a 0% choice came back −100%.
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		'  <question type="multichoice">',
		'    <name><text>Ohmic conductors</text></name>',
		'    <questiontext format="html"><text>Which statements about an ohmic conductor are true?</text></questiontext>',
		'    <single>false</single>',
		'    <answer fraction="50"><text>Current is proportional to potential difference</text></answer>',
		'    <answer fraction="50"><text>Its I–V graph is a straight line through the origin</text></answer>',
		'    <answer fraction="-100"><text>Its resistance rises as it heats up</text></answer>',
		'    <answer fraction="0"><text>It only conducts in one direction</text></answer>',
		'  </question>',
		'</quiz>'
	].join('\n');

	it.each([
		['GIFT', 'GIFT', [50, 50, -50, -50], /~%(-?[\d.]+)%/g],
		['Moodle XML', 'XML', [50, 50, -100, 0], /fraction="(-?[\d.]+)"/g]
	] as const)('%s: the weights written are the file’s', (_label, kind, weights, pattern) => {
		const read = kind === 'GIFT' ? readGift(gift) : readMoodleXml(xml);
		expect(read.problems).toEqual([]);
		expect(read.questions.map((q) => q.weight)).toEqual(weights);
		const stored = throughBank(read.questions);
		expect(stored.map((q) => q.weight)).toEqual(weights);
		const text = kind === 'GIFT' ? writeGift(stored).text : writeMoodleXml(stored).text;
		expect([...text.matchAll(pattern)].map((m) => Number(m[1]))).toEqual(weights);
	});

	it('a part whose answer was changed here gets the weights Moodle would need', () => {
		const read = readGift(gift).questions;
		// speed marked true by the teacher here: its −50 no longer says what it is.
		const edited = read.map((q, i) => (i === 2 ? { ...q, answer: 'true' } : q));
		const [group] = writeGroups(edited);
		expect(group.kind === 'multi' && group.choices.map((c) => c.weight)).toEqual([
			100 / 3,
			100 / 3,
			100 / 3,
			-100
		]);
	});

	it('the bank takes a weight on a true/false question only', () => {
		const [part] = throughBank(readGift(gift).questions);
		const stored = { ...toImportedQuestion(part, 0), id: 'imported-1' };
		expect(v.safeParse(QuestionSchema, stored).success).toBe(true);
		const short = { ...stored, type: 'short', answer: 'velocity' };
		expect(v.safeParse(QuestionSchema, short).issues?.[0].message).toBe(
			'only a true/false part of a multiple-answer question has a weight'
		);
	});
});
