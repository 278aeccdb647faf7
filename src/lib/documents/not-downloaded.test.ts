import { describe, expect, it } from 'vitest';
import { readerNotDownloaded } from './not-downloaded';

describe('readerNotDownloaded', () => {
	it('names the file and the reader it needs, by format or else by extension', () => {
		const error = readerNotDownloaded('Biology cells.pdf', 'pdf');
		expect([error.name, error.kind]).toEqual(['DocumentError', 'not-downloaded']);
		expect(error.message).toBe(
			'Reading PDF files needs the part of the app that is still downloading: connect to the internet once, then add “Biology cells.pdf” again, or paste its text.'
		);
		// A .txt that is a Word file is read as Word (`sniffFormat`).
		expect(readerNotDownloaded('notes.txt', 'docx').message).toMatch(/^Reading Word files /);
		expect(readerNotDownloaded('Rivers.DOCX').message).toMatch(/^Reading Word files /);
		expect(readerNotDownloaded('page.htm').message).toMatch(/^Reading web pages /);
		expect(readerNotDownloaded('odd.xyz').message).toMatch(/^Reading this kind of file /);
		expect(readerNotDownloaded().message).toMatch(
			/^Reading pasted text .* your text is back in the box\.$/
		);
	});
});
