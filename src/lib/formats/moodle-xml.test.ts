import { describe, expect, it } from 'vitest';
import { readMoodleXml } from './moodle-xml';
import { writeMoodleXml } from './moodle-xml-write';
import type { PortableQuestion } from './portable';

// Made up in the shape Moodle's question bank export writes (CDATA HTML, categories, tags,
// feedback, one unsupported type).
const FILE = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category">
    <category>
      <text>$course$/top/Default for History 9/Balkans</text>
    </category>
  </question>
  <question type="multichoice">
    <name><text>Capital</text></name>
    <questiontext format="html">
      <text><![CDATA[<p dir="ltr">Which city is the <b>capital</b> of Kosovo?</p><script>alert(1)</script>]]></text>
    </questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>Since 2008.</p>]]></text></generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <idnumber>kos-cap</idnumber>
    <single>true</single>
    <answer fraction="100" format="html"><text><![CDATA[<p>Pristina</p>]]></text>
      <feedback format="html"><text>Right.</text></feedback></answer>
    <answer fraction="0" format="html"><text>Prizren</text></answer>
    <answer fraction="0" format="html"><text>Peja &amp; Gjakova</text></answer>
    <tags><tag><text>capitals</text></tag></tags>
  </question>
  <question type="truefalse">
    <name><text>NATO</text></name>
    <questiontext format="moodle_auto_format"><text>Kosovo is a NATO member.</text></questiontext>
    <answer fraction="0" format="moodle_auto_format"><text>true</text></answer>
    <answer fraction="100" format="moodle_auto_format"><text>false</text>
      <feedback><text>It is not.</text></feedback></answer>
  </question>
  <question type="shortanswer">
    <name><text>Gap</text></name>
    <questiontext format="html"><text>KFOR has been led by _____ since October 2024.</text></questiontext>
    <usecase>0</usecase>
    <answer fraction="100"><text>Turkey</text></answer>
    <answer fraction="100"><text>Türkiye</text></answer>
    <answer fraction="50"><text>Ankara</text></answer>
  </question>
  <question type="essay">
    <name><text>Essay</text></name>
    <questiontext format="html"><text>Discuss.</text></questiontext>
  </question>
</quiz>`;

describe('readMoodleXml', () => {
	const result = readMoodleXml(FILE);

	it('reads multiple choice, true/false and a gap, as plain text, with topics', () => {
		expect(result.questions).toEqual([
			{
				externalId: 'kos-cap',
				name: 'Capital',
				type: 'mcq',
				prompt: 'Which city is the capital of Kosovo?',
				answer: 'Pristina',
				choices: ['Pristina', 'Prizren', 'Peja & Gjakova'],
				explanation: 'Since 2008.\n\nPristina: Right.',
				topics: ['Balkans', 'capitals']
			},
			{
				externalId: 'NATO',
				name: 'NATO',
				type: 'truefalse',
				prompt: 'Kosovo is a NATO member.',
				answer: 'false',
				explanation: 'False: It is not.',
				topics: ['Balkans']
			},
			{
				externalId: 'Gap',
				name: 'Gap',
				type: 'cloze',
				prompt: 'KFOR has been led by ____ since October 2024.',
				answer: 'Turkey',
				accept: ['Türkiye'],
				topics: ['Balkans']
			}
		]);
	});

	it('lists what it skipped with the line of the question', () => {
		expect(result.problems).toEqual([
			{
				line: 39,
				name: 'Essay',
				message: 'essay questions have no answer to check, so they are left out'
			}
		]);
	});

	it('refuses broken XML, entity declarations and other XML with a reason', () => {
		expect(readMoodleXml('<quiz><question type="truefalse"></quiz>').problems[0].message).toMatch(
			/broken XML/
		);
		expect(
			readMoodleXml('<!DOCTYPE x [<!ENTITY a "aaaa">]><quiz>&a;</quiz>').problems[0].message
		).toMatch(/entities/);
		expect(readMoodleXml('<html><body/></html>').problems[0].message).toMatch(/not Moodle XML/);
		for (const junk of ['', '<', '<quiz/>', '\u0000', '<quiz><question/></quiz>'])
			expect(() => readMoodleXml(junk)).not.toThrow();
	});
});

describe('writeMoodleXml', () => {
	const questions: PortableQuestion[] = [
		{
			externalId: 'q-1',
			type: 'mcq',
			prompt: 'Which country sold drones to Kosovo <in 2023>?',
			answer: 'Turkey',
			choices: ['Serbia', 'Turkey', 'Greece & Cyprus'],
			explanation: 'Turkey & "friends".',
			topics: ['Arms', 'drones']
		},
		{
			externalId: 'q-2',
			type: 'truefalse',
			prompt: 'Kosovo is in NATO.',
			answer: 'false',
			topics: ['Arms']
		},
		{
			externalId: 'q-3',
			type: 'short',
			prompt: 'Capital?',
			answer: 'Pristina',
			accept: ['Prishtina'],
			topics: []
		},
		{
			externalId: 'q-4',
			type: 'cloze',
			prompt: 'KFOR is led by ____ in 2025.',
			answer: 'Turkey',
			topics: []
		}
	];

	it('round-trips every type it writes', () => {
		const { text, skipped } = writeMoodleXml(questions);
		expect(skipped).toEqual([]);
		const back = readMoodleXml(text);
		expect(back.problems).toEqual([]);
		expect(back.questions).toEqual(questions);
	});

	it('writes a flashcard as an essay, its back as general feedback, and reads it back', () => {
		// A whole definition as a short answer could never be typed right (issue 13).
		const card: PortableQuestion = {
			externalId: 'q-card',
			type: 'flashcard',
			prompt: 'What is KFOR?',
			answer: 'The NATO-led force in Kosovo since 1999',
			explanation: 'Set up by UN resolution 1244.',
			topics: []
		};
		const { text, skipped } = writeMoodleXml([card]);
		expect(skipped).toEqual([]);
		expect(text).toContain('<question type="essay">');
		expect(text).toMatch(/<generalfeedback format="plain_text">\s*<text>The NATO-led force/);
		expect(text).toMatch(/<graderinfo format="plain_text">\s*<text>Set up by UN/);
		expect(readMoodleXml(text).questions).toEqual([card]);
	});

	it('names each question by its prompt’s first words; the id is the idnumber', () => {
		const { text } = writeMoodleXml([
			{
				...questions[0],
				prompt: 'Which country sold Bayraktar drones to Kosovo?',
				externalId: 'g-d-5-mcq-15daoft0'
			}
		]);
		expect(text).toMatch(/<name>\s*<text>Which country sold Bayraktar drones to Kosovo\?<\/text>/);
		expect(text).toContain('<idnumber>g-d-5-mcq-15daoft0</idnumber>');
		expect(readMoodleXml(text).questions[0].externalId).toBe('g-d-5-mcq-15daoft0');
	});
});

describe('numerical questions', () => {
	const numerical = (tolerance: string) =>
		`<quiz><question type="numerical"><questiontext><text>Year of independence?</text></questiontext><answer fraction="100"><text>2008</text><tolerance>${tolerance}</tolerance></answer></question></quiz>`;
	it('reads the answer and its tolerance as a number, and writes it back as numerical', () => {
		expect(readMoodleXml(numerical('0')).questions[0]).toMatchObject({
			type: 'short',
			answer: '2008',
			numeric: { value: 2008, tolerance: 0 }
		});
		const read = readMoodleXml(numerical('1')).questions;
		expect(read[0]).toMatchObject({ answer: '2008 ± 1', numeric: { value: 2008, tolerance: 1 } });
		const text = writeMoodleXml(read).text;
		expect(text).toContain('<question type="numerical">');
		expect(readMoodleXml(text).questions[0].numeric).toEqual({ value: 2008, tolerance: 1 });
		// A range (from GIFT) is Moodle's middle ± half.
		const range = writeMoodleXml([
			{
				type: 'short',
				prompt: 'A year?',
				answer: '1850 to 1860',
				numeric: { min: 1850, max: 1860 },
				topics: []
			}
		]).text;
		expect(readMoodleXml(range).questions[0].numeric).toEqual({ value: 1855, tolerance: 5 });
	});
});

// The shape of Moodle's question bank export (qformat_xml: HTML in CDATA, an embedded image as
// `@@PLUGINFILE@@` with its `<file>` in base64). Outsider teacher, issue 14: "&lt;north&gt;"
// (the words "<north>") vanished, and the image was dropped without a word.
const WITH_IMAGE = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category">
    <category><text>$course$/top/Geography</text></category>
  </question>
<!-- question: 101  -->
  <question type="truefalse">
    <name><text>Winds</text></name>
    <questiontext format="html">
      <text><![CDATA[<p dir="ltr" style="text-align: left;">The bora blows from the &lt;north&gt;.</p>]]></text>
    </questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>1.0000000</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <answer fraction="100" format="moodle_auto_format"><text>true</text>
      <feedback format="html"><text></text></feedback></answer>
    <answer fraction="0" format="moodle_auto_format"><text>false</text>
      <feedback format="html"><text></text></feedback></answer>
  </question>
<!-- question: 102  -->
  <question type="shortanswer">
    <name><text>Typed tag</text></name>
    <questiontext format="moodle_auto_format">
      <text>Which wind is &lt;north&gt; on this map? &lt;img src="@@PLUGINFILE@@/map.png" alt="map"&gt;</text>
      <file name="map.png" path="/" encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==</file>
    </questiontext>
    <usecase>0</usecase>
    <answer fraction="100" format="moodle_auto_format"><text>Bora</text></answer>
  </question>
<!-- question: 103  -->
  <question type="multichoice">
    <name><text>Map</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Which sea is marked &lt;A&gt;?</p><p><img src="@@PLUGINFILE@@/sea.png" alt="a map of the Adriatic" width="300" height="200" class="img-fluid atto_image_button_text-bottom"></p>]]></text>
      <file name="sea.png" path="/" encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==</file>
    </questiontext>
    <single>true</single>
    <answer fraction="100" format="html"><text><![CDATA[<p>Adriatic</p>]]></text></answer>
    <answer fraction="0" format="html"><text><![CDATA[<p>Ionian <img src="@@PLUGINFILE@@/i.png"></p>]]></text></answer>
  </question>
</quiz>`;

describe('escaped text and images in a Moodle export', () => {
	const result = readMoodleXml(WITH_IMAGE);

	it('keeps an escaped angle bracket as the text it is', () => {
		expect(result.problems).toEqual([]);
		expect(result.questions.map((q) => q.prompt)).toEqual([
			'The bora blows from the <north>.',
			'Which wind is <north> on this map?',
			'Which sea is marked <A>?'
		]);
		expect(result.questions[2].choices).toEqual(['Adriatic', 'Ionian']);
	});

	it('names each question whose images were left out, by its number in the file', () => {
		expect(result.notes).toEqual([
			'Q2: an image was left out (Flashpoint shows no images).',
			'Q3: 2 images were left out (Flashpoint shows no images).'
		]);
	});

	it('counts no image in plain text, where "<img>" is words', () => {
		const plain = WITH_IMAGE.replace(
			'format="moodle_auto_format">\n      <text>Which',
			'format="plain_text">\n      <text>Which'
		);
		const read = readMoodleXml(plain);
		expect(read.questions[1].prompt).toBe(
			'Which wind is <north> on this map? <img src="@@PLUGINFILE@@/map.png" alt="map">'
		);
		expect(read.notes).toEqual(['Q3: 2 images were left out (Flashpoint shows no images).']);
	});
});
