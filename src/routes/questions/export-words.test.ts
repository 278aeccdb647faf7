import { describe, expect, it } from 'vitest';
import { exportName, exportWords, lostWords } from './export-words';

describe('exportWords', () => {
	const kahoot = 'Kahoot spreadsheet';
	const choices = { reason: 'Kahoot quizzes hold only questions with answer choices', count: 2 };

	it('counts on the button what the file will hold, and says how many are left out', () => {
		expect(exportWords(kahoot, 4, { written: 2, skipped: [choices], lost: [] })).toEqual({
			button: 'Export 2 questions',
			disabled: false,
			leftOut: 'Kahoot spreadsheet can hold 2 of these 4 questions. Left out:'
		});
	});

	it('offers nothing to export when the format holds none of them', () => {
		const words = exportWords(kahoot, 2, { written: 0, skipped: [choices], lost: [] });
		expect(words.disabled).toBe(true);
		expect(words.button).toBe('Nothing to export');
		expect(words.leftOut).toBe('Kahoot spreadsheet cannot hold any of these 2 questions:');
	});

	it('says nothing more when every question fits, and waits while it counts', () => {
		expect(exportWords(kahoot, 1, { written: 1, skipped: [], lost: [] })).toEqual({
			button: 'Export 1 question',
			disabled: false,
			leftOut: null
		});
		expect(exportWords(kahoot, 4, null).disabled).toBe(true);
	});
});

describe('lostWords', () => {
	it('names what the file leaves out of the questions it holds, with counts (issue 14)', () => {
		expect(
			lostWords('Quizlet', [
				{ field: 'explanation', count: 12 },
				{ field: 'quote', count: 1 }
			])
		).toEqual({
			heading: 'Quizlet has no place for these, so the file leaves them out:',
			items: ['Explanations (12 questions)', 'Source sentences (1 question)']
		});
		expect(lostWords('Anki', [])).toBeNull();
	});
});

describe('exportName', () => {
	const courses = [
		{ id: 'builtin', title: 'Turkey between Serbia and Kosovo, 2008–2025' },
		{ id: 'u-1', title: 'Cells' }
	];
	it('names the file and deck after the one course the questions come from', () => {
		expect(exportName([{ id: 'q-001' }, { id: 'q-002' }], courses)).toBe(
			'Turkey between Serbia and Kosovo, 2008–2025'
		);
		expect(exportName([{ id: 'u-1:q-1' }], courses)).toBe('Cells');
		expect(exportName([], courses.slice(0, 1))).toBe('Turkey between Serbia and Kosovo, 2008–2025');
		// Before the course rows are read (the built-in course installs on a first visit).
		expect(exportName([{ id: 'q-001' }], [])).toBe('Turkey between Serbia and Kosovo, 2008–2025');
	});
	it('says "Flashpoint questions" for questions of several courses', () => {
		expect(exportName([{ id: 'q-001' }, { id: 'u-1:q-1' }], courses)).toBe('Flashpoint questions');
	});
});
