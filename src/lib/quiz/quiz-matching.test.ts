import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGift } from '$lib/formats/gift';
import { writeGift } from '$lib/formats/gift-write';
import { readMoodleXml } from '$lib/formats/moodle-xml';
import { writeMoodleXml } from '$lib/formats/moodle-xml-write';
import type { ImportResult, PortableQuestion } from '$lib/formats/portable';
import { fileQuestions } from './file-quiz';
import { quizPortable } from './quiz-export';
import { seededRandom } from './random';

/** A file's quiz, as Import a quiz file makes it (choices shuffled, the teacher's own ids). */
function quizOf(read: ImportResult, seed = 1) {
	const made = fileQuestions(read, seededRandom(seed));
	if ('error' in made) throw new Error(made.error);
	return { title: 'Capitals', questions: made.questions.map((q) => q.question) };
}

/** What a reader gives back of a question, choices in any order (a quiz shuffles them). */
const shape = (q: PortableQuestion) => ({
	type: q.type,
	prompt: q.prompt,
	answer: q.answer,
	accept: [...(q.accept ?? [])].sort(),
	choices: q.choices ? [...q.choices].sort() : undefined,
	numeric: q.numeric,
	explanation: q.explanation || undefined
});

const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** import → class quiz → export → import, in GIFT and Moodle XML: the questions read back. */
function roundTrip(read: ImportResult, seed = 1) {
	const portable = quizPortable(quizOf(read, seed));
	const gift = writeGift(portable).text;
	const xml = writeMoodleXml(portable).text;
	return { gift, xml, again: [readGift(gift), readMoodleXml(xml)] };
}

describe('a matching question goes out of a class quiz as matching (teacher outsider, session 37)', () => {
	it('GIFT {=a -> b …} and Moodle XML type="matching" with its subquestions, from a real file', () => {
		const read = readGift(fixture('matching1.gift'));
		const { gift, xml, again } = roundTrip(read);
		expect(gift).toMatch(/Canada -> Ottawa/);
		expect(gift).toMatch(/= -> |=Italy -> Rome/);
		expect(gift.match(/->/g)).toHaveLength(7);
		expect(xml.match(/<question type="matching">/g)).toHaveLength(2);
		expect(xml.match(/<subquestion/g)).toHaveLength(7);
		expect(xml).not.toMatch(/type="multichoice"/);
		for (const back of again) {
			expect(back.problems).toEqual([]);
			expect(back.questions.map(shape)).toEqual(read.questions.map(shape));
		}
	});

	it('keeps the file’s other questions as they were beside it (Moodle’s own GIFT examples)', () => {
		const read = readGift(fixture('gift-format-php-examples.gift'));
		const { gift, again } = roundTrip(read);
		expect(gift).toMatch(/Canada -> Ottawa/);
		const asked = quizOf(read).questions.length;
		for (const back of again) expect(back.questions).toHaveLength(asked);
	});

	it('a teacher’s own multiple-choice questions that only share a first paragraph stay apart', () => {
		const read = readGift(
			'Look at the map.\n\nWhich river is blue? {=Danube ~Rhine}\n\nLook at the map.\n\nWhich city is red? {=Vienna ~Paris}\n'
		);
		const { xml } = roundTrip(read);
		expect(xml).not.toMatch(/type="matching"/);
	});

	it('property: any matching question, import → quiz → export → import gives the same questions', () => {
		// Words a teacher's choices are made of: no two alike (the question form refuses choices
		// that differ only by case, spacing or a slip, which the marking forgives).
		const ITEMS = ['ammeter', 'voltmeter', 'Canada', 'Italy', 'Japan', 'India', 'x = 2', 'día'];
		const ANSWERS = ['current', 'potential difference', 'Ottawa', 'Rome', 'Tokyo', 'New Delhi'];
		const EXTRA = ['resistance', 'Madrid', 'Nairobi, Kenya'];
		fc.assert(
			fc.property(
				fc.shuffledSubarray(ITEMS, { minLength: 2 }),
				fc.shuffledSubarray(ANSWERS, { minLength: 2 }),
				fc.shuffledSubarray(EXTRA),
				fc.integer({ min: 1, max: 1000 }),
				(items, answers, extra, seed) => {
					const pairs = items.map((item, i) => `=${item} -> ${answers[i % answers.length]}`);
					const extras = extra.map((e) => `= -> ${e}`);
					const text = `::M::Match each to its answer. {\n${[...pairs, ...extras].join('\n')}\n}\n`;
					const read = readGift(text);
					fc.pre(read.problems.length === 0 && read.questions.length > 0);
					const { xml, again } = roundTrip(read, seed);
					expect(xml.match(/<question type="matching">/g)).toHaveLength(1);
					for (const back of again)
						expect(back.questions.map(shape)).toEqual(read.questions.map(shape));
				}
			),
			{ numRuns: 60 }
		);
	});
});
