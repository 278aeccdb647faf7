import { afterEach, describe, expect, it, vi } from 'vitest';
import { blankFields } from '$lib/content/question-fields';
import {
	MAX_KEPT,
	editKey,
	forgetQuestion,
	hasUnkept,
	hasUnsaved,
	keepQuestion,
	keptQuestion,
	leaveQuestion,
	writerKey
} from './kept-question';
import { memoryStorage as memory } from '$lib/db/storage.test-helpers';

const fields = {
	...blankFields('short'),
	prompt: 'Which process makes stones rounder?',
	answer: 'Attrition'
};

describe('half-written questions kept in the tab', () => {
	it('gives a form back by its key until it is forgotten', () => {
		const storage = memory();
		const quote = 'Attrition is when stones knock together.';
		expect(
			keepQuestion(
				{ key: writerKey('u-1:d-1'), fields, quote, selection: { from: 0, to: 0 } },
				5,
				storage
			)
		).toBe(true);
		expect(keptQuestion(writerKey('u-1:d-1'), storage)).toEqual({
			key: 'write:u-1:d-1',
			fields,
			quote,
			selection: { from: 0, to: 0 },
			savedAt: 5
		});
		expect(keptQuestion(writerKey('u-1:d-2'), storage)).toBeUndefined();
		// On screen and changed: closing the tab would lose it. Its page closed: still kept.
		expect(hasUnsaved()).toBe(true);
		leaveQuestion(writerKey('u-1:d-1'));
		expect(hasUnsaved()).toBe(false);
		expect(keptQuestion(writerKey('u-1:d-1'), storage)).toBeDefined();
		forgetQuestion(writerKey('u-1:d-1'), storage);
		expect(keptQuestion(writerKey('u-1:d-1'), storage)).toBeUndefined();
		expect(storage.map.size).toBe(0);
	});

	it('keeps an edit with the question it began from, and the newest forms only', () => {
		const storage = memory();
		const base = { id: 'u-1:q-1', prompt: 'What is a meander?', answer: 'A bend', status: 'draft' };
		keepQuestion({ key: editKey('u-1:q-1'), fields, base: base as never }, 1, storage);
		expect(keptQuestion(editKey('u-1:q-1'), storage)?.base).toEqual(base);
		for (let i = 0; i < MAX_KEPT; i++)
			keepQuestion({ key: `write:d-${i}`, fields }, 2 + i, storage);
		expect(keptQuestion(editKey('u-1:q-1'), storage)).toBeUndefined();
		expect(keptQuestion('write:d-0', storage)).toBeDefined();
	});

	it('reads what is not its shape as nothing, and says when the storage refused', () => {
		const storage = memory();
		storage.map.set('flashpoint-question-forms', '[{"key":"write:d","fields":{"type":"essay"}}]');
		expect(keptQuestion('write:d', storage)).toBeUndefined();
		const full = {
			...memory(),
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		expect(keepQuestion({ key: 'write:d', fields }, 1, full)).toBe(false);
		expect(hasUnkept()).toBe(true);
		forgetQuestion('write:d', full);
		expect(hasUnkept()).toBe(false);
		expect(keepQuestion({ key: 'write:d', fields }, 1, null)).toBe(false);
		expect(keepQuestion({ key: 'write:d', fields }, 1, storage)).toBe(true);
		expect(hasUnkept()).toBe(false);
	});
});

// docs30: a half-written question outlived a reload and Back but not a closed browser.
describe('where a form is kept', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('keeps a question written from a sentence on the device, a draft’s edit in the tab', async () => {
		// A fresh module: what the tests above left on screen is not this test's.
		vi.resetModules();
		const { forgetQuestion, hasUnsaved, keepQuestion, keptQuestion, storageFor } =
			await import('./kept-question');
		const device = memory();
		const tab = memory();
		vi.stubGlobal('localStorage', device);
		vi.stubGlobal('sessionStorage', tab);
		expect(storageFor(writerKey('u-1:d-1'))).toBe(device);
		expect(storageFor(editKey('u-1:q-3'))).toBe(tab);
		const key = writerKey('u-1:d-1');
		expect(keepQuestion({ key, fields, quote: 'Attrition is when stones knock together.' })).toBe(
			true
		);
		expect(device.map.size).toBe(1);
		expect(tab.map.size).toBe(0);
		// Kept where closing the browser keeps it: closing asks nothing.
		expect(hasUnsaved()).toBe(false);
		expect(keptQuestion(key)?.fields.answer).toBe('Attrition');
		forgetQuestion(key);
		expect(keptQuestion(key)).toBeUndefined();
		// An edit still asks: it is kept in this tab only.
		keepQuestion({ key: editKey('u-1:q-3'), fields });
		expect(hasUnsaved()).toBe(true);
		forgetQuestion(editKey('u-1:q-3'));
	});
});
