import { describe, expect, it } from 'vitest';
import { notJsonObject } from './json-text';

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
