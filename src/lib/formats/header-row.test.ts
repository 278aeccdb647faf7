import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';
import { findHeader, headerFold, looksLikeLabels, namedRole } from './header-row';
import { HEADER_WORDS } from './header-words';
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

// Outsider student (issue 12): this German sheet's "Frage;Antwort" became a card, its rows as
// short as the labels, while "Question,Answer" was a header.
describe('header words in other languages, and columns that differ in kind', () => {
	const german =
		'Frage;Antwort\n"Pi, gerundet";3,14\nHalbe von 7;3,5\nHauptstadt; Berlin\n"Zitat; mit Semikolon";ja';

	it('reads the outsider’s semicolon sheet with its header, four cards, none of them "Frage"', () => {
		const table = readTable(german);
		expect(table).toMatchObject({ hasHeader: true, headers: ['Frage', 'Antwort'], delimiter: ';' });
		expect(guessMapping(table)).toEqual(['prompt', 'answer']);
		const { questions } = tableToQuestions(table, guessMapping(table));
		expect(questions.map((q) => [q.prompt, q.answer])).toEqual([
			['Pi, gerundet', '3,14'],
			['Halbe von 7', '3,5'],
			['Hauptstadt', 'Berlin'],
			['Zitat; mit Semikolon', 'ja']
		]);
	});

	it('names a role by a common header word of each language, over rows as short as itself', () => {
		const pairs: [string, string][] = [
			['Pregunta', 'Respuesta'],
			['Question', 'Réponse'],
			['Domanda', 'Risposta'],
			['Pergunta', 'Resposta'],
			['Vraag', 'Antwoord'],
			['Pytanie', 'Odpowiedź'],
			['Pitanje', 'Odgovor'],
			['Питање', 'Одговор'],
			['Soru', 'Cevap'],
			['Fråga', 'Svar'],
			['Вопрос', 'Ответ'],
			['Begriff', 'Definition']
		];
		for (const [prompt, answer] of pairs) {
			const table = readTable(`${prompt};${answer}\nRom;Italien\nParis;Frankreich`);
			expect(table.hasHeader, prompt).toBe(true);
			expect(guessMapping(table), prompt).toEqual(['prompt', 'answer']);
		}
	});

	it('keeps every header word as it is compared (folded), so none is dead data', () => {
		for (const [language, roles] of Object.entries(HEADER_WORDS))
			for (const [role, words] of Object.entries(roles))
				for (const word of words ?? []) {
					expect(headerFold(word), `${language} ${word}`).toBe(word);
					expect(namedRole(word), `${language} ${word}`).toBeDefined();
					if (role !== 'topics') expect(namedRole(word)).toBe(role);
				}
	});

	it('finds a header by a column of numbers under a word, in any language', () => {
		expect(findHeader(rows('Stadt;Einwohner\nBerlin;3,6\nHamburg;1,8\nWien;2,0', ';'))).toBe(0);
		expect(findHeader(rows('Stadt;1,5\nBerlin;3,6\nHamburg;1,8', ';'))).toBe(-1);
		expect(findHeader(rows('Eins;1\nZwei;2\nDrei;3', ';'))).toBe(-1);
	});
});
