import { describe, expect, it } from 'vitest';
import {
	earlierFileTitle,
	fileTitles,
	PASTED_TEXT,
	pastedTitle,
	readableFileName,
	readImport,
	titleFromName
} from './read';
import { readGift } from './gift';
import { readMoodleXml } from './moodle-xml';
import { EXPORT_FORMATS, exportFileName } from './export';

/** Outsider teacher: "berlin-wall.gift" made a course named "berlin-wall". */
describe('a new course named from its file', () => {
	it('takes the file’s own title first', () => {
		expect(titleFromName('berlin-wall.gift', 'The Berlin Wall')).toBe('The Berlin Wall');
		// An Anki subdeck keeps its whole name (issue 14: "Cold War").
		expect(titleFromName('deck.apkg', 'History::Cold War')).toBe('History::Cold War');
	});

	it('reads every export file’s name back as its course’s title', () => {
		// Final outsider, session 29: "Panama Canal.wayground.xlsx" (and Blooket's, Gimkit's)
		// came back as a new course "Panama Canal wayground" instead of the course it came from.
		// Named "<course> – <app>" since session 30 ("Panama Canal – Moodle XML.xml"), and a
		// second download is the browser's "(1)".
		for (const { id } of EXPORT_FORMATS)
			for (const title of [
				'Panama Canal',
				'Panama Canal (Year 10)',
				'Turkey between Serbia and Kosovo, 2008–2025'
			]) {
				const name = exportFileName(title, id);
				const copy = name.replace(/(\.[a-z]+)$/, ' (1)$1');
				expect(readableFileName(name), name).toBe(title);
				expect(readableFileName(copy), copy).toBe(title);
			}
		// Names exports had before session 30, which teachers still have in their Downloads.
		const before = [
			'apkg',
			'anki.txt',
			'quizlet.txt',
			'gift.txt',
			'xml',
			'aiken.txt',
			'kahoot.xlsx',
			'wayground.xlsx',
			'blooket.csv',
			'gimkit.csv'
		];
		for (const extension of before) {
			expect(readableFileName(`Panama Canal.${extension}`), extension).toBe('Panama Canal');
			expect(readableFileName(`Panama Canal (Year 10).${extension}`), extension).toBe(
				'Panama Canal (Year 10)'
			);
		}
		// Renamed by hand with a hyphen, or its app's name in other capitals.
		expect(readableFileName('Rivers - GIFT.txt')).toBe('Rivers');
		expect(readableFileName('Rivers – moodle xml.xml')).toBe('Rivers');
	});

	it('else a readable form of the file name', () => {
		const cases: [string, string][] = [
			['berlin-wall.gift', 'Berlin wall'],
			['berlin_wall.gift.txt', 'Berlin wall'],
			['cold.war.questions.csv', 'Cold war questions'],
			['berlin%20wall+quiz.xml', 'Berlin wall quiz'],
			['course (1).gift', 'Course'],
			['WW2_Quiz.xlsx', 'WW2 Quiz'],
			['Kosovo 2008 - Aiken.txt', 'Kosovo 2008'],
			// Outsider, issue 12: "Tudors aiken" and "Ww1 quiz".
			['tudors-aiken.txt', 'Tudors'],
			['quizlet_export_cells.csv', 'Export cells'],
			['Anki - Spanish verbs.txt', 'Spanish verbs'],
			['WW1 quiz.txt', 'WW1 quiz'],
			['ww1 quiz.txt', 'WW1 quiz'],
			['g20 summits.gift', 'G20 summits'],
			['EU law (2).csv', 'EU law'],
			['gift.txt', 'Gift']
		];
		for (const [name, title] of cases) expect(titleFromName(name), name).toBe(title);
		expect(readableFileName('---.csv')).toBe('');
		expect(titleFromName('---.csv')).toBe('Imported questions');
	});

	it('still knows the title the earlier rule gave a file, to find its course', () => {
		expect(earlierFileTitle('tudors-aiken.txt')).toBe('Tudors aiken');
		expect(earlierFileTitle('ww1 quiz.txt')).toBe('Ww1 quiz');
		expect(fileTitles('tudors-aiken.txt', 'Tudors')).toEqual(['Tudors', 'Tudors aiken']);
		expect(fileTitles('berlin-wall.gift', 'Berlin wall')).toEqual(['Berlin wall']);
		// A file with a name of its own (a deck, a category) was named by it then too.
		expect(fileTitles('tudors-aiken.gift', 'The Tudors')).toEqual(['The Tudors']);
		// An Anki subdeck's course was named by its last part before.
		expect(fileTitles('deck.apkg', 'History::Cold War')).toEqual(['History::Cold War', 'Cold War']);
		// Named with › now (task anki26), with "::" before.
		expect(fileTitles('deck.apkg', 'History › Cold War')).toEqual([
			'History › Cold War',
			'History::Cold War',
			'Cold War'
		]);
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

// Outsider student (issue 12): every paste went to a course "Pasted text", and a second paste
// was told "This file has the name of the course 'Pasted text'".
describe('pasted questions named by their first line', () => {
	it('takes the first line’s first words, without a heading mark, a GIFT name or the answer', () => {
		expect(pastedTitle('Mitochondria\tPowerhouse of the cell\nRibosome\tMakes proteins')).toBe(
			'Mitochondria'
		);
		expect(pastedTitle('\n\n# Unit 3: Cells\nNucleus\tHolds DNA')).toBe('Unit 3: Cells');
		expect(pastedTitle('::Q1:: What is the capital of Kosovo? {=Pristina}')).toBe(
			'What is the capital of Kosovo?'
		);
		expect(
			pastedTitle(
				'Which river flows through Belgrade and Novi Sad before reaching Romania?\nA) Danube'
			)
		).toBe('Which river flows through Belgrade and…');
		expect(pastedTitle('   \n\t\n')).toBe(PASTED_TEXT);
	});

	it('titles the paste’s course, and two pastes are two names', async () => {
		const paste = (text: string) =>
			readImport(
				{ name: PASTED_TEXT, bytes: new TextEncoder().encode(text), title: pastedTitle(text) },
				'two-column',
				() => Promise.reject(new Error('no SQLite'))
			);
		const first = await paste('Hund\tdog\nKatze\tcat');
		const second = await paste('Haus\thouse\nBaum\ttree');
		expect([first, second].map((o) => o.kind === 'questions' && o.title)).toEqual(['Hund', 'Haus']);
		expect(fileTitles(PASTED_TEXT, 'Hund')).toEqual(['Hund']);
	});
});
