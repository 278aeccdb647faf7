import { describe, expect, it } from 'vitest';
import { isSchedulingColumn, schedulingNote } from './scheduling-columns';
import { readAnkiText } from './anki-text';
import { guessMapping, readTable, tableToQuestions } from './table';

describe('scheduling columns', () => {
	it('knows the headers that carry scheduling, folded', () => {
		for (const name of [
			'Due',
			'Interval',
			'ivl',
			'Ease Factor',
			'Lapses',
			'Reviews',
			'Stability',
			'Interval (days)'
		])
			expect(isSchedulingColumn(name), name).toBe(true);
		for (const name of ['Front', 'Back', 'Tags', 'Due to', 'Notes'])
			expect(isSchedulingColumn(name), name).toBe(false);
	});

	it('an Anki text export says its scheduling is not imported and cards start as new', () => {
		const { notes, questions } = readAnkiText(
			'#separator:tab\n#columns:Front\tBack\tDue\tInterval\tEase\tHint\nQ1\tA1\t2026-01-01\t12\t250\tx\n'
		);
		expect(questions).toHaveLength(1);
		expect(notes[0]).toMatch(
			/^Scheduling from Anki is not imported \(“Due”, “Interval”, “Ease”\): the questions start as new cards/
		);
		expect(notes[1]).toMatch(/^Not imported: “Hint” \(1 column\)/);
	});

	it('a sheet with scheduling columns says the same', () => {
		const table = readTable('Front,Back,Due,Lapses\nQ1,A1,2026-01-01,2\n');
		const { notes } = tableToQuestions(table, guessMapping(table));
		expect(notes).toEqual(schedulingNote(['Due', 'Lapses']));
	});

	it('says nothing when there is none', () => {
		expect(schedulingNote([])).toEqual([]);
		const table = readTable('Front,Back\nQ1,A1\n');
		expect(tableToQuestions(table, guessMapping(table)).notes).toEqual([]);
	});
});
