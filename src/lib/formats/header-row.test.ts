import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';
import { findHeader, looksLikeLabels } from './header-row';
import { guessMapping, readTable, tableToQuestions, withHeader } from './table';

const bytes = (text: string) => new TextEncoder().encode(text);
const rows = (text: string, separator: string) => text.split('\n').map((l) => l.split(separator));

// Issue 14 (a teacher from Kahoot, Moodle and Anki): a header in another language became a card.
describe('the header row, in any language', () => {
	const sheets = {
		German:
			'Frage;Antwort\nWas ist die Hauptstadt von Frankreich?;Paris\nWie viele Beine hat eine Spinne?;Acht',
		Spanish:
			'Pregunta,Respuesta\n¿Cuál es la capital de Francia?,París\n¿Cuántas patas tiene una araña?,Ocho',
		English: 'Question,Answer\nWhat is the capital of France?,Paris\nHow many legs has a spider?,8',
		Turkish: 'Soru\tCevap\tAçıklama\nFransa’nın başkenti neresidir?\tParis\tBaşkent 508’den beri.',
		vocabulary: 'Deutsch;Englisch\nHund;dog\nKatze;cat\nHaus;house'
	};

	it('is found by its shape, read as headers, never as a card', () => {
		for (const [language, text] of Object.entries(sheets)) {
			const separator = text.includes('\t') ? '\t' : text.includes(';') ? ';' : ',';
			expect(findHeader(rows(text, separator)), language).toBe(0);
			const table = readTable(text);
			expect(table.hasHeader, language).toBe(true);
			const { questions } = tableToQuestions(table, guessMapping(table));
			expect(questions.map((q) => q.prompt)).not.toContain(table.headers[0]);
			expect(questions.length, language).toBe(text.split('\n').length - 1);
		}
	});

	it('places the question and answer first and second under headers that name no role', () => {
		const table = readTable(sheets.German);
		expect(guessMapping(table)).toEqual(['prompt', 'answer']);
	});

	it('is not found in rows of data alike, a repeated row, or one with closing punctuation', () => {
		expect(findHeader(rows('Hund;Dog\nKatze;Cat\nHaus;House', ';'))).toBe(-1);
		expect(
			looksLikeLabels(
				['Paris', 'France'],
				[
					['Paris', 'France'],
					['Rome, really?', 'x']
				]
			)
		).toBe(false);
		expect(looksLikeLabels(['What is the capital?', 'Paris'], [['How many legs?', 'Eight.']])).toBe(
			false
		);
		expect(looksLikeLabels(['1918', '1945'], [['When did WWI end? Long text', 'yes']])).toBe(false);
		expect(readTable('Capital of France?,Paris\nCapital of Italy?,Rome').hasHeader).toBe(false);
	});

	it('sends two columns of text with a header to the column mapping (where it can be changed)', () => {
		const detected = detectFormat('vokabeln.txt', bytes(sheets.German));
		expect(detected).toMatchObject({ ok: true, format: 'table' });
		expect(detectFormat('set.txt', bytes('Hund\tdog\nKatze\tcat'))).toMatchObject({
			format: 'two-column'
		});
	});

	it('can be said otherwise: the first row becomes data, or a header, and back', () => {
		const table = readTable('Hund;Dog\nKatze;Cat\nHaus;House');
		expect(table.hasHeader).toBe(false);
		const headed = withHeader(table, true);
		expect(headed.headers).toEqual(['Hund', 'Dog']);
		expect(headed.rows).toHaveLength(2);
		expect(headed.firstLine).toBe(2);
		const back = withHeader(headed, false);
		expect(back).toEqual(table);
		const german = readTable(sheets.German);
		const asData = withHeader(german, false);
		expect(asData.headers).toEqual(['Column 1', 'Column 2']);
		expect(tableToQuestions(asData, guessMapping(asData)).questions[0].prompt).toBe('Frage');
		expect(withHeader(asData, true)).toEqual(german);
	});
});

describe('a term–definition set keeps its first card', () => {
	it('is not a header when the first row is as long as the others', () => {
		const set =
			'Mitochondria\tPowerhouse of cells\nRibosome\tMakes proteins from RNA code\nNucleus\tHolds the cell’s DNA inside';
		expect(readTable(set).hasHeader).toBe(false);
		expect(detectFormat('biology.txt', bytes(set))).toMatchObject({ format: 'two-column' });
	});
});
