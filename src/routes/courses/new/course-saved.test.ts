import { describe, expect, it } from 'vitest';
import { generationFailure, nothingToAsk } from './course-saved';

describe('generationFailure', () => {
	it('says a cancel, a full device and any other fault, each with nothing saved', () => {
		expect(generationFailure(new DOMException('stop', 'AbortError'))).toBe(
			'Generation cancelled. Nothing was saved.'
		);
		const full = Object.assign(new Error('The device is full: free 3 MB and try again.'), {
			name: 'StorageFullError'
		});
		expect(generationFailure(full)).toBe(full.message);
		expect(generationFailure(new Error('worker crashed'))).toBe(
			'The questions could not be made: worker crashed. Nothing was saved.'
		);
		const twin = Object.assign(new Error('“B” has the same text as “A”, already in this course.'), {
			name: 'CourseInputError'
		});
		expect(generationFailure(twin)).toBe(`${twin.message} Nothing was saved.`);
		expect(generationFailure('odd')).toBe(
			'The questions could not be made: odd. Nothing was saved.'
		);
	});

	it('says the generator did not download, and that the documents stay (session 34)', () => {
		expect(
			generationFailure(new TypeError('Failed to fetch dynamically imported module: http://x/g.js'))
		).toBe(
			'Making questions needs the part of the app that is still downloading: connect to the internet once, then press Generate again: your documents stay here. Nothing was saved.'
		);
	});
});

describe('nothingToAsk', () => {
	it('saves no course when no document has a sentence, and says why (session 38)', () => {
		expect(nothingToAsk([{ title: 'Timetable', none: 'no-sentences' }])).toBe(
			'Nothing was saved. “Timetable” has no sentences to make questions from: it reads as a table or a list, so no question can be drafted or written from it. Add an article or notes written in sentences.'
		);
		expect(
			nothingToAsk([
				{ title: 'A', none: 'no-sentences' },
				{ title: 'B', none: 'no-sentences' }
			])
		).toMatch(/^Nothing was saved\. These 2 documents have .* them \(“A”, “B”\)\. Add/);
		// A document with sentences (even one not in English, written from by hand) is saved.
		expect(
			nothingToAsk([
				{ title: 'Timetable', none: 'no-sentences' },
				{ title: 'Français', none: 'not-english' }
			])
		).toBe('');
		expect(nothingToAsk([{ title: 'Article' }])).toBe('');
	});
});
