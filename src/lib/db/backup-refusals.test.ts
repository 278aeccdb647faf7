import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseProgressFile } from './backup-file';
import { questionFileRefusal, summarise, type Found } from './backup-refusals';

const bytes = (text: string) => new TextEncoder().encode(text);
const GIFT = `::Q1:: Capital of Kosovo? {=Pristina ~Prizren ~Belgrade}\n`;
const XML = `<?xml version="1.0" encoding="UTF-8"?>\n<quiz><question type="truefalse"></question></quiz>`;
const AIKEN = `Capital of Kosovo?\nA. Pristina\nB. Prizren\nANSWER: A\n`;
const CSV = `question,answer\nCapital of Kosovo?,Pristina\nCapital of Serbia?,Belgrade\n`;

describe('a file of questions put into Settings → Import progress', () => {
	it('an Anki deck is named as one, with where its cards are read (outsider student)', () => {
		const deck = zipSync({ 'collection.anki21': bytes('SQLite format 3'), media: bytes('{}') });
		expect(questionFileRefusal('Kosovo.apkg', deck)).toBe(
			'Nothing was changed. This is an Anki deck (.apkg), not a Flashpoint progress backup. Its cards, with the review history Anki keeps, are imported under Import questions, as a course of their own; a progress backup is the .json file Export progress makes.'
		);
		expect(questionFileRefusal('collection.colpkg', deck)).toMatch(
			/^Nothing was changed\. This is an Anki deck \(\.colpkg\)/
		);
		// Renamed, it is still the deck.
		expect(questionFileRefusal('backup.json', deck)).toMatch(/This is an Anki deck/);
	});

	it('so is any question file the import screen reads, by content or by name', () => {
		const said = (name: string, text: string) => questionFileRefusal(name, bytes(text));
		expect(said('quiz.txt', GIFT)).toMatch(
			/This is a file of questions \(Moodle GIFT\), not a Flashpoint progress backup\. Its questions are imported under Import questions/
		);
		expect(said('moodle.xml', XML)).toMatch(/\(Moodle XML\)/);
		expect(said('aiken.txt', AIKEN)).toMatch(/\(Aiken \(multiple choice\)\)/);
		expect(said('cards.csv', CSV)).toMatch(/\(Spreadsheet \(CSV \/ TSV, with a column mapping\)\)/);
		expect(said('deck.txt', '#separator:tab\nFront\tBack\n')).toMatch(
			/\(Anki notes in plain text\)/
		);
	});

	it('never a backup, damaged or not, nor a file that is no question file', () => {
		for (const text of [
			'{"format":"flashpoint-progress","version":2}',
			'\uFEFF  {"format":"flashpoint-progress"',
			'{ ::Q1:: looks like GIFT {=a}',
			'just some notes\nabout nothing\n'
		])
			expect(questionFileRefusal('backup.json', bytes(text))).toBeNull();
		expect(
			questionFileRefusal('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))
		).toBeNull();
		// Those keep the backup's own refusal.
		expect(parseProgressFile('just some notes').ok).toBe(false);
	});
});

describe('a refusal of a file with many damaged rows', () => {
	it('words only the row each line names, and counts the others', () => {
		// The fuzzer's slowest backups (bench/fuzz.ts, seed 2026) repeat a row 20,000 times:
		// wording every row cost a `toLocaleString` each for lines that only count them.
		let worded = 0;
		const row = (index: number, kind: string): Found => ({
			kind,
			subject: () => {
				worded++;
				return `Answer ${index + 1}`;
			},
			text: 'the same key as an earlier answer'
		});
		const found = [
			...Array.from({ length: 20_000 }, (_, i) => row(i, 'reviews:duplicate')),
			row(20_000, 'reviews:date')
		];
		expect(summarise(found)).toEqual([
			'Answer 1 has the same key as an earlier answer (and 19,999 more like it).',
			'Answer 20001 has the same key as an earlier answer.'
		]);
		expect(worded).toBe(2);
	});
});
