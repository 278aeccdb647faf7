import { describe, expect, it } from 'vitest';
import { generationFailure } from './course-saved';

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
		expect(generationFailure('odd')).toBe(
			'The questions could not be made: odd. Nothing was saved.'
		);
	});
});
