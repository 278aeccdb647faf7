import { describe, expect, it } from 'vitest';
import { cutOffJson, notJsonObject, parseJsonText } from './json-text';

describe('notJsonObject', () => {
	it('passes what opens like a JSON object, with a BOM or blank lines first', () => {
		expect(notJsonObject('{"format":"x"}')).toBeNull();
		expect(notJsonObject('\uFEFF\n  {"a":1}')).toBeNull();
	});

	it('names a binary file, an empty one and other text', () => {
		// The first bytes of a PNG as `File.text()` decodes them.
		const png = '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR[[[{{{';
		expect(notJsonObject(png)).toMatch(/not a text file/);
		expect(notJsonObject('   \n')).toBe('it is empty.');
		expect(notJsonObject('Question,Answer\n1,2')).toBe('it is text, but not JSON.');
		expect(notJsonObject('[1,2]')).toBe('it is text, but not JSON.');
	});
});

/** What `JSON.parse` throws for `text`. */
function parseError(text: string): unknown {
	try {
		JSON.parse(text);
	} catch (error) {
		return error;
	}
	throw new Error(`${text} parsed`);
}

describe('cutOffJson', () => {
	const whole = JSON.stringify({ format: 'x', cards: [{ id: 1.5, ok: true, note: 'a "q" {b}' }] });
	const cut = (text: string) => cutOffJson(text, parseError(text));

	it('finds JSON text cut off anywhere: in a string, a number, a literal, an object or an array', () => {
		for (let end = 1; end < whole.length; end++) {
			const text = whole.slice(0, end);
			expect(cut(text), text).toBe(true);
		}
		expect(cut(whole.slice(0, 20) + '\n  ')).toBe(true);
	});

	it('does not call other damage a cut', () => {
		for (const text of ['{oops', '{"a":1}}', '{"a":1,}', '{"a": tru}', '{"a" 1}'])
			expect(cut(text), text).toBe(false);
	});

	it("reads the other browsers' words and, without a place, the text itself", () => {
		expect(
			cutOffJson(
				'{"a":',
				new SyntaxError('JSON.parse: unexpected end of data at line 1 column 6 of the JSON data')
			)
		).toBe(true);
		expect(
			cutOffJson(
				'{"a":1}}',
				new SyntaxError(
					'JSON.parse: unexpected non-whitespace character after JSON data at line 1 column 8 of the JSON data'
				)
			)
		).toBe(false);
		expect(
			cutOffJson(
				'{\n"a":[1',
				new SyntaxError(
					"JSON.parse: expected ',' or ']' after array element at line 2 column 7 of the JSON data"
				)
			)
		).toBe(true);
		expect(cutOffJson('{"a":1', new SyntaxError('JSON Parse error: Unexpected EOF'))).toBe(true);
		expect(cutOffJson('{"a":[1', new SyntaxError('JSON Parse error: Expected ]'))).toBe(true);
		expect(
			cutOffJson('{"a":1}}', new SyntaxError('JSON Parse error: Unable to parse JSON string'))
		).toBe(false);
	});
});

describe('parseJsonText', () => {
	it('gives the value, or says whether the text was cut off or is other damage', () => {
		expect(parseJsonText('{"a":[1,2]}')).toEqual({ ok: true, data: { a: [1, 2] } });
		expect(parseJsonText('{"a":[1,2')).toEqual({ ok: false, cutOff: true });
		expect(parseJsonText('{"a":1}}')).toEqual({ ok: false, cutOff: false });
	});
});
