import { describe, expect, it } from 'vitest';
import { readableFileName, titleFromName } from './read';
import { readGift } from './gift';
import { readMoodleXml } from './moodle-xml';

/** Outsider teacher: "berlin-wall.gift" made a course named "berlin-wall". */
describe('a new course named from its file', () => {
	it('takes the file’s own title first', () => {
		expect(titleFromName('berlin-wall.gift', 'The Berlin Wall')).toBe('The Berlin Wall');
		expect(titleFromName('deck.apkg', 'History::Cold War')).toBe('Cold War');
	});

	it('else a readable form of the file name', () => {
		const cases: [string, string][] = [
			['berlin-wall.gift', 'Berlin wall'],
			['berlin_wall.gift.txt', 'Berlin wall'],
			['cold.war.questions.csv', 'Cold war questions'],
			['berlin%20wall+quiz.xml', 'Berlin wall quiz'],
			['course (1).gift', 'Course'],
			['WW2_Quiz.xlsx', 'WW2 Quiz'],
			['Kosovo 2008 - Aiken.txt', 'Kosovo 2008 Aiken']
		];
		for (const [name, title] of cases) expect(titleFromName(name), name).toBe(title);
		expect(readableFileName('---.csv')).toBe('');
		expect(titleFromName('---.csv')).toBe('Imported questions');
	});

	it('reads a GIFT or Moodle XML category, Moodle’s “Default for <course>” as the course', () => {
		const gift = readGift(
			'$CATEGORY: $course$/top/Default for Berlin Wall\n\n::Q1::When? {=1961 ~1989}\n'
		);
		expect(gift.title).toBe('Berlin Wall');
		expect(
			readGift('$CATEGORY: $course$/top/Default\n\n::Q1::When? {=1961 ~1989}\n').title
		).toBeUndefined();
		const xml = `<?xml version="1.0"?><quiz><question type="category"><category><text>$course$/top/Cold War</text></category></question>
<question type="truefalse"><name><text>Q</text></name><questiontext format="html"><text>The wall fell in 1989.</text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
		expect(readMoodleXml(xml).title).toBe('Cold War');
	});
});
