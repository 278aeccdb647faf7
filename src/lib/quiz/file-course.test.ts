import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGift } from '$lib/formats/gift';
import { readMoodleXml } from '$lib/formats/moodle-xml';
import { checkQuizTitle } from './runs';
import { fileCourse } from './file-course';
import { giftLeadingComment, quizFileTitle } from './file-title';
import { readQuizFile } from './file-quiz';
import { FILE_COURSE_ID, withFileQuestions } from './new-quiz';
import { isOwnQuestion } from './edit';
import { seededRandom } from './random';

const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('the title a quiz of a file is offered (teacher outsider, session 37: “Gift” from gift.txt)', () => {
	const gift = (text: string, name = 'gift.txt') => quizFileTitle(name, readGift(text), text, true);

	it('the file’s own category first, in GIFT and Moodle XML', () => {
		expect(gift('$CATEGORY: $course$/top/Rivers of Europe\n\nQ? {T}\n')).toBe('Rivers of Europe');
		const xml =
			'<quiz><question type="category"><category><text>$course$/top/Lakes</text></category></question><question type="truefalse"><name><text>L</text></name><questiontext><text>Baikal is deep.</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>';
		expect(quizFileTitle('export.xml', readMoodleXml(xml), xml, false)).toBe('Lakes');
	});

	it('else a GIFT file’s leading comment, never Moodle’s export comments or a rule of dashes', () => {
		expect(gift('// Rivers, week 3\n\nQ? {T}\n')).toBe('Rivers, week 3');
		expect(gift('//-----------//\n// Examples from gift/format.php.\n//----//\nQ? {T}\n')).toBe(
			'Examples from gift/format.php.'
		);
		expect(giftLeadingComment('// question: 0  name: Switch category\nQ? {T}')).toBe('');
		expect(giftLeadingComment('Q? {T}\n// later')).toBe('');
	});

	it('else the file name made readable, and nothing for a name that only says its format', () => {
		expect(gift('Q? {T}\n', 'rivers-week-3.gift')).toBe('Rivers week 3');
		expect(gift('Q? {T}\n', 'gift.txt')).toBe('');
		expect(gift('Q? {T}\n', 'questions.gift')).toBe('');
		expect(gift('Q? {T}\n', 'moodle quiz.txt')).toBe('');
	});

	it('a title of invisible characters only is refused at Create', () => {
		expect(checkQuizTitle('\u200b')).toMatchObject({ ok: false, error: 'Give the quiz a title.' });
		expect(checkQuizTitle(' \u200b\u2060 ')).toMatchObject({ ok: false });
		expect(checkQuizTitle('Rivers\u200b')).toEqual({ ok: true, title: 'Rivers' });
	});

	it('readQuizFile offers it with the file', () => {
		expect(readQuizFile('gift.txt', fixture('gift-format-php-examples.gift'))?.title).toBe(
			'Examples from gift/format.php.'
		);
		expect(readQuizFile('gift.txt', 'Q? {T}\n')?.title).toBe('');
	});
});

describe('a file’s questions as one more course of New quiz', () => {
	const text = fixture('matching1.gift');
	const file = readQuizFile('matching1.gift', text)!;
	const course = fileCourse(
		file.read,
		{ name: 'matching1.gift', format: file.format, title: file.title },
		seededRandom(3)
	);
	if ('error' in course) throw new Error(course.error);

	it('one document, the file, and each question under a course quiz id with its own question', () => {
		expect(course.id).toBe(FILE_COURSE_ID);
		expect(course.index.bank.documents.map((d) => d.title)).toEqual(['matching1.gift']);
		expect(course.label).toBe('Matching');
		expect(course.index.bank.questions).toHaveLength(7);
		expect(course.own.size).toBe(7);
		for (const q of course.own.values()) expect(isOwnQuestion(q)).toBe(true);
	});

	it('withFileQuestions asks each as the teacher’s own, in its place, the rest as they are', () => {
		const [a, b] = [...course.own.keys()];
		const other = { id: 'uc-c1-q1' } as never;
		const drawn = [{ id: b } as never, other, { id: a } as never];
		const asked = withFileQuestions(drawn, course.own);
		expect(asked[0]).toBe(course.own.get(b));
		expect(asked[1]).toBe(other);
		expect(asked[2]).toBe(course.own.get(a));
	});

	it('refuses a file with no question a quiz can ask', () => {
		const read = readGift('::F:: Only a card {}\n');
		expect(fileCourse(read, { name: 'x.gift', format: 'GIFT', title: '' })).toHaveProperty('error');
	});
});
