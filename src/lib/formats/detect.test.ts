import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat, extensionOf } from './detect';

const bytes = (text: string) => new TextEncoder().encode(text);

const GIFT = `::Q1:: Capital of Kosovo? {=Pristina ~Prizren ~Belgrade}\n\n::Q2:: Kosovo declared independence in 2008.{T}\n`;
const AIKEN = `Capital of Kosovo?\nA. Pristina\nB. Prizren\nANSWER: A\n`;
const ANKI = `#separator:tab\n#html:false\nFront\tBack\n`;
const XML = `<?xml version="1.0" encoding="UTF-8"?>\n<quiz><question type="truefalse"></question></quiz>`;

describe('detectFormat', () => {
	it('judges text by its content', () => {
		expect(detectFormat('q.txt', bytes(GIFT))).toEqual({ ok: true, format: 'gift' });
		expect(detectFormat('q.txt', bytes(AIKEN))).toEqual({ ok: true, format: 'aiken' });
		expect(detectFormat('deck.txt', bytes(ANKI))).toEqual({ ok: true, format: 'anki-text' });
		expect(detectFormat('export', bytes(XML))).toEqual({ ok: true, format: 'moodle-xml' });
		expect(detectFormat('x.txt', bytes('{{c1::Pristina}} is the capital.\n'))).toMatchObject({
			format: 'anki-text'
		});
	});

	it('tells a sheet with headers or many columns from a term–definition list', () => {
		expect(detectFormat('s.txt', bytes('Question,Answer\nA?,B\n'))).toMatchObject({
			format: 'table'
		});
		expect(detectFormat('s.txt', bytes('q\ta\tb\nc\td\te\n'))).toMatchObject({ format: 'table' });
		expect(detectFormat('set.txt', bytes('KFOR\tNATO force\nEU\tUnion\n'))).toMatchObject({
			format: 'two-column'
		});
		expect(detectFormat('set.txt', bytes('KFOR - NATO force\nEU - Union\n'))).toMatchObject({
			format: 'two-column'
		});
	});

	it('reads a file whose extension lies by its content, and says so', () => {
		const detection = detectFormat('deck.apkg', bytes(GIFT));
		expect(detection).toMatchObject({ ok: true, format: 'gift' });
		expect(detection.ok && detection.note).toMatch(/named “\.apkg” but holds Moodle GIFT/);
		expect(
			detectFormat('questions.gift', zipSync({ 'collection.anki2': bytes('x') }))
		).toMatchObject({ ok: true, format: 'apkg' });
	});

	it('refuses what it cannot read, with a reason', () => {
		expect(detectFormat('a.txt', new Uint8Array())).toEqual({
			ok: false,
			message: 'The file is empty.'
		});
		const binary = detectFormat('photo.txt', new Uint8Array([0xff, 0xd8, 0, 1, 2, 3]));
		expect(binary).toMatchObject({ ok: false });
		expect(!binary.ok && binary.message).toMatch(/not text \(whatever its “\.txt” name says\)/);
		const sheet = zipSync({
			'[Content_Types].xml': bytes('<x/>'),
			'xl/workbook.xml': bytes('<x/>')
		});
		expect(detectFormat('q.xlsx', sheet)).toEqual({ ok: true, format: 'table' });
		const word = zipSync({
			'[Content_Types].xml': bytes('<x/>'),
			'word/document.xml': bytes('<x/>')
		});
		expect(detectFormat('q.docx', word)).toMatchObject({ ok: false, message: /Word/ });
		expect(detectFormat('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toMatchObject({
			ok: false,
			message: /old Excel file \(\.xls\)/
		});
		expect(detectFormat('notes.txt', bytes('Just a sentence of prose.\n'))).toMatchObject({
			ok: false,
			message: /cannot tell which format/
		});
	});

	it('falls back on the extension when the content says nothing', () => {
		expect(detectFormat('odd.gift', bytes('Just a line\n'))).toEqual({ ok: true, format: 'gift' });
		expect(extensionOf('Deck.APKG')).toBe('apkg');
		expect(extensionOf('.hidden')).toBe('');
	});

	// The shape of Anki's own text-import test file (see README.md: real files tried).
	it('takes tab rows under a # comment line, one row too wide, for Anki text', () => {
		const text = '# words to learn\nGato\tcat\nPerro\tdog\nCasa\thouse\tone field too many\n';
		expect(detectFormat('words.txt', bytes(text))).toEqual({ ok: true, format: 'anki-text' });
	});
});
