import { describe, expect, it } from 'vitest';
import {
	describeAppError,
	describeReadProblem,
	isDownloadFailure,
	notDownloadedText
} from './app-error';

describe('the error page’s words', () => {
	it('a script that did not download is a connection problem with Retry, never a bare 500', () => {
		for (const message of [
			'Failed to fetch dynamically imported module: http://x/_app/immutable/nodes/3.js',
			'Importing a module script failed.',
			'error loading dynamically imported module'
		]) {
			const text = describeAppError(500, message, true);
			expect(text).toMatchObject({ title: 'Part of Flashpoint did not download', retry: true });
			expect(text.lead).not.toMatch(/500|version/i);
		}
	});
	it('offline says so', () => {
		expect(describeAppError(500, 'Internal Error', false).lead).toMatch(/offline/);
	});
	it('a missing page has no Retry; another error still offers one', () => {
		expect(describeAppError(404, 'Not Found', true).retry).toBe(false);
		expect(describeAppError(500, 'Internal Error', true)).toMatchObject({
			title: 'Something went wrong',
			retry: true
		});
	});
	it('Home: a chunk that did not download is not a problem with the progress', () => {
		const chunk = describeReadProblem(
			'Failed to fetch dynamically imported module: http://x/_app/immutable/chunks/D.js',
			false
		);
		expect(chunk.retry).toBe(true);
		expect(chunk.text).toMatch(/did not download.*offline.*progress on this device is safe/);
		expect(chunk.text).not.toMatch(/could not be read|_app/);
		expect(describeReadProblem('QuotaExceededError', true)).toEqual({
			text: 'Your progress could not be read: QuotaExceededError',
			retry: false
		});
	});
});

// Session 34: a PDF picked offline before the app was all saved gave no message at all.
describe('a part of the app that did not download', () => {
	it('is told from the browser’s words, and said as what needs it and what to do', () => {
		expect(
			isDownloadFailure(new TypeError('Failed to fetch dynamically imported module: http://x/a.js'))
		).toBe(true);
		expect(isDownloadFailure(new Error('Importing a module script failed.'))).toBe(true);
		expect(isDownloadFailure(new Error('Invalid PDF structure'))).toBe(false);
		expect(notDownloadedText('Reading PDF files', 'add “Cells.pdf” again, or paste its text')).toBe(
			'Reading PDF files needs the part of the app that is still downloading: connect to the internet once, then add “Cells.pdf” again, or paste its text.'
		);
	});
});
