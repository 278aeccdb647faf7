import { describe, expect, it } from 'vitest';
import { count, previewNotes } from './summary';

describe('previewNotes', () => {
	it('says how many duplicates were skipped and where the other copy is', () => {
		const duplicates = [
			{ prompt: 'a', inCourse: false },
			{ prompt: 'b', inCourse: true },
			{ prompt: 'c', inCourse: true }
		];
		expect(previewNotes(['2 media files were left out.'], { duplicates }, 'Named .apkg.')).toEqual([
			'Named .apkg.',
			'2 media files were left out.',
			'1 duplicate was skipped: the same question appears earlier in the file.',
			'2 questions were skipped: the course already has them.'
		]);
		expect(previewNotes([], { duplicates: [] })).toEqual([]);
	});

	it('counts in words', () => {
		expect(count(1, 'question')).toBe('1 question');
		expect(count(0, 'question')).toBe('0 questions');
	});
});
