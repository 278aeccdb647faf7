import { describe, expect, it } from 'vitest';
import { previewKey } from './preview-keys';

const page = { on: 'page' as const, shown: false, hasNext: true, modified: false };

describe('previewKey', () => {
	it('shows the answer on Space or Enter, as Study and Anki do', () => {
		expect(previewKey(' ', page)).toBe('reveal');
		expect(previewKey('Enter', page)).toBe('reveal');
	});

	it('moves on once the answer shows, and does nothing after the last question', () => {
		expect(previewKey(' ', { ...page, shown: true })).toBe('next');
		expect(previewKey(' ', { ...page, shown: true, hasNext: false })).toBe(null);
	});

	it('leaves a focused control, a modifier and any other key alone', () => {
		expect(previewKey(' ', { ...page, on: 'control' })).toBe(null);
		expect(previewKey(' ', { ...page, modified: true })).toBe(null);
		expect(previewKey('a', page)).toBe(null);
	});
});
