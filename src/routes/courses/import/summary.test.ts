import { describe, expect, it } from 'vitest';
import type { StoreProgress } from '$lib/courses/store-progress';
import {
	confirmLabel,
	count,
	doneHeading,
	historyLine,
	planCounts,
	previewNotes,
	readingLabel,
	readingPercent,
	storeCancel,
	storeLabel,
	storePercent
} from './summary';

describe('previewNotes', () => {
	it('says how many questions the file repeats were skipped', () => {
		const duplicates = { duplicatesInFile: 1 };
		expect(previewNotes(['2 media files were left out.'], duplicates, 'Named .apkg.')).toEqual([
			'Named .apkg.',
			'2 media files were left out.',
			'1 duplicate was skipped: the same question appears earlier in the file.'
		]);
		expect(previewNotes([], { duplicatesInFile: 0 })).toEqual([]);
	});

	it('says a file imported again joins its own document', () => {
		expect(
			previewNotes([], { duplicatesInFile: 0, sameDocument: 'balkans.gift', added: 1 })
		).toEqual([
			"The new questions join the course's document “balkans.gift”, from your earlier import of this file: no second document is added."
		]);
		expect(
			previewNotes([], { duplicatesInFile: 0, sameDocument: 'balkans.gift', added: 0 })
		).toEqual([]);
	});

	it('counts in words', () => {
		expect(count(1, 'question')).toBe('1 question');
		expect(count(0, 'question')).toBe('0 questions');
	});
});

describe('re-import wording', () => {
	it('says how many are updated, new and unchanged when the course has the file already', () => {
		expect(planCounts({ added: 12, updated: 0, unchanged: 0 })).toBe(
			'12 questions will be imported'
		);
		expect(planCounts({ added: 2, updated: 3, unchanged: 40 })).toBe(
			'3 updated, 2 new, 40 unchanged'
		);
		expect(confirmLabel({ added: 2, updated: 3 }, false)).toBe('Import 2 new, update 3');
		expect(confirmLabel({ added: 2, updated: 0 }, false)).toBe('Import 2 questions');
		expect(confirmLabel({ added: 0, updated: 1 }, false)).toBe('Update 1 question');
		expect(confirmLabel({ added: 0, updated: 0 }, true)).toBe('Import the scheduling history');
		// A deck imported before its templates were kept, again unchanged (anki50).
		expect(confirmLabel({ added: 0, updated: 0 }, false, 0, 1)).toBe(
			'Keep its Anki card templates and styling'
		);
		expect(confirmLabel({ added: 0, updated: 0 }, false)).toBe('Nothing to import');
		expect(doneHeading({ added: 0, updated: 3, answers: 0 })).toBe('Updated 3 questions');
		expect(doneHeading({ added: 0, updated: 0, answers: 0, already: 2, noteTypes: 1 })).toBe(
			'Nothing changed: all 2 questions were already in the course; their Anki card templates and styling are kept now, for an export to Anki'
		);
		expect(doneHeading({ added: 2, updated: 1, answers: 5 })).toBe(
			'Imported 2 questions, updated 1 question'
		);
	});
});

describe('questions no longer in the file (issue 12)', () => {
	it('are counted, and the button and heading say when they are taken out of study', () => {
		expect(planCounts({ added: 1, updated: 1, unchanged: 3, missingCount: 2 })).toBe(
			'1 updated, 1 new, 3 unchanged, 2 no longer in the file'
		);
		expect(planCounts({ added: 0, updated: 0, unchanged: 0, missingCount: 1 })).toBe(
			'0 updated, 0 new, 0 unchanged, 1 no longer in the file'
		);
		expect(confirmLabel({ added: 1, updated: 1 }, false, 2)).toBe(
			'Import 1 new, update 1, remove 2'
		);
		expect(confirmLabel({ added: 0, updated: 0 }, false, 1)).toBe('Remove 1 question from study');
		expect(confirmLabel({ added: 0, updated: 1 }, false, 0)).toBe('Update 1 question');
		expect(doneHeading({ added: 0, updated: 1, removed: 2, answers: 0 })).toBe(
			'Updated 1 question, removed 2 questions from study'
		);
		expect(doneHeading({ added: 0, updated: 0, removed: 1, answers: 0 })).toBe(
			'Removed 1 question from study'
		);
	});
});

describe('reading progress', () => {
	it('says what reading is doing, in notes for a package', () => {
		expect(readingLabel({ stage: 'loading', done: 0, total: 1 })).toBe(
			'Getting the file reader ready…'
		);
		expect(readingLabel({ stage: 'reading', done: 0, total: 1 })).toBe('Reading the file…');
		expect(readingLabel({ stage: 'reading', done: 12000, total: 30000 })).toBe(
			'Reading notes: 12,000 of 30,000 · 40%'
		);
		expect(readingPercent({ stage: 'loading', done: 5, total: 10 })).toBe(0);
	});
});

// Task anki26: an .apkg with 2 of 5 cards reviewed said only "New (5)".
describe('historyLine', () => {
	it('says which cards keep their Anki review history and which start as new', () => {
		expect(historyLine(5, { cards: 2, answers: 10 }, true)).toBe(
			'5 cards: 2 with review history (10 answers), kept; 3 new.'
		);
		expect(historyLine(2, { cards: 2, answers: 1 }, true)).toBe(
			'2 cards: 2 with review history (1 answer), kept.'
		);
	});

	it('says so when the history is left out, or the file has none', () => {
		expect(historyLine(5, { cards: 2, answers: 10 }, false)).toBe(
			'5 cards: 2 with review history (10 answers), left out: all 5 start as new.'
		);
		expect(historyLine(1, null, true)).toBe('1 card, all new: the file has no review history.');
	});

	// Issue 12: a review log that could not be read was summed up as "no review history".
	it('says "no review history" only of a file without one, never of a log it could not use', () => {
		const unreadable = historyLine(5, null, true, 'unreadable');
		expect(unreadable).toBe(
			'5 cards, all new: the review history in this file could not be read, so none of it is kept; its questions are imported all the same.'
		);
		for (const gap of ['unreadable', 'refused', 'no-answers'] as const)
			for (const kept of [true, false]) {
				const line = historyLine(5, null, kept, gap);
				expect(line).toMatch(/^5 cards, all new: /);
				expect(line).not.toMatch(/has no review history/);
			}
		expect(historyLine(5, null, true, 'refused')).toMatch(/every answer .* was left out/);
		expect(historyLine(5, null, true, 'no-answers')).toMatch(/holds no answer to these cards/);
		expect(historyLine(5, null, true, null)).toBe(
			'5 cards, all new: the file has no review history.'
		);
	});
});

// Outsider student (issue 12): importing the same .apkg again said "Imported 0 questions … 3
// with review history (9 answers), kept; 3 new" of cards studied here since.
describe('the same file imported again', () => {
	it('says nothing changed, and calls no card of the course new', () => {
		expect(doneHeading({ added: 0, updated: 0, answers: 0, already: 6 })).toBe(
			'Nothing changed: all 6 questions were already in the course'
		);
		expect(doneHeading({ added: 0, updated: 0, answers: 2, already: 1 })).toBe(
			'Nothing changed: the question was already in the course; 2 answers added to their history'
		);
		expect(
			historyLine(6, { cards: 3, answers: 9 }, true, undefined, { inCourse: 6, newAnswers: 0 })
		).toBe(
			'All 6 cards are already here with their progress, and the file’s review history (9 answers on 3 cards) is already saved; nothing changed.'
		);
		// Some cards new: the ones with history are said to be already here, the rest new.
		expect(
			historyLine(6, { cards: 3, answers: 9 }, true, undefined, { inCourse: 3, newAnswers: 0 })
		).toBe(
			'6 cards: 3 with review history (9 answers), already here, nothing changed; 3 without history in the file (those already in the course keep their progress here).'
		);
		// Session 33, outsider student: their own export (no card studied, so no review log)
		// imported again said "(the file has no review history to add)", which read as an error.
		expect(historyLine(120, null, true, undefined, { inCourse: 120 })).toBe(
			'All 120 cards are already in this course and keep their progress here, so nothing changes: the file has no review history.'
		);
		expect(historyLine(1, null, true, undefined, { inCourse: 1 })).toBe(
			'The card is already in this course and keeps its progress here, so nothing changes: the file has no review history.'
		);
		// Cards already in the course are never called "all new".
		expect(historyLine(5, null, true, undefined, { inCourse: 2 })).toBe(
			'3 new cards start unstudied and the 2 already in this course keep their progress: the file has no review history.'
		);
		for (const inCourse of [0, 1, 4, 5])
			for (const gap of [undefined, 'unreadable', 'refused', 'no-answers'] as const) {
				const line = historyLine(5, null, true, gap, { inCourse });
				expect(line).not.toMatch(inCourse ? /to add|all new/ : /to add/);
			}
		// A first import still says what it did.
		expect(historyLine(6, { cards: 3, answers: 9 }, true, undefined, { newAnswers: 9 })).toBe(
			'6 cards: 3 with review history (9 answers), kept; 3 new.'
		);
	});
});

// Outsider student (session 33): storing 40,000 cards said only "Importing…" for about 80 s.
describe('storeLabel', () => {
	it('says what storing does, with its count where it has one', () => {
		expect(storeLabel({ stage: 'checking', done: 0, total: 0 })).toBe('Checking the course…');
		expect(storeLabel({ stage: 'checking', done: 2000, total: 40000 })).toBe(
			'Checking questions: 2,000 of 40,000 · 5%'
		);
		expect(storeLabel({ stage: 'writing', done: 12000, total: 40000 })).toBe(
			'Writing questions: 12,000 of 40,000 · 30%'
		);
		expect(storeLabel({ stage: 'queue', done: 0, total: 40000 })).toBe(
			'Preparing the study queue of 40,000 cards…'
		);
		expect(storeLabel({ stage: 'replay', done: 0, total: 40000 })).toBe(
			'Scheduling 40,000 cards from their review history…'
		);
		expect(storePercent({ stage: 'queue', done: 0, total: 40000 })).toBeUndefined();
		expect(storeLabel({ stage: 'history', done: 5000, total: 40000 })).toBe(
			'Adding the review history: 5,000 of 40,000 cards · 13%'
		);
		expect(storeLabel({ stage: 'saving', done: 0, total: 0 })).toBe(
			'Saving… (too late to cancel: the import will be complete)'
		);
		expect(storePercent({ stage: 'saving', done: 0, total: 0 })).toBeUndefined();
		expect(storePercent({ stage: 'writing', done: 50, total: 40 })).toBe(100);
	});
});

describe('storeCancel', () => {
	const at = (stage: StoreProgress['stage']): StoreProgress => ({ stage, done: 0, total: 40000 });

	it('says when Cancel cannot stop a step midway, and that it acts when the step ends', () => {
		for (const stage of ['queue', 'replay'] as const) {
			const before = storeCancel(at(stage), false);
			expect(before).toMatchObject({ label: 'Cancel import', disabled: false });
			expect(before.note).toMatch(/cannot be stopped midway.*as soon as it ends/);
			expect(storeCancel(at(stage), true)).toMatchObject({
				label: 'Cancelling after this step…',
				disabled: true,
				note: before.note
			});
		}
	});

	it('cancels between chunks at once, and is disabled with its reason while saving', () => {
		for (const stage of ['checking', 'writing', 'history'] as const) {
			expect(storeCancel(at(stage), false)).toEqual({ label: 'Cancel import', disabled: false });
			expect(storeCancel(at(stage), true)).toEqual({ label: 'Cancelling…', disabled: true });
		}
		expect(storeCancel(at('saving'), false)).toMatchObject({
			disabled: true,
			note: expect.stringMatching(/Too late/)
		});
	});
});
