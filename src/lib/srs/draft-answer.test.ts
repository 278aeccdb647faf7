import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	DRAFT_QUIET_MS,
	MAX_DRAFTS,
	clearDraftAnswer,
	draftKeeper,
	readDraftAnswer,
	saveDraftAnswer
} from './draft-answer';
import { memoryStorage as memory } from '$lib/db/storage.test-helpers';

describe('half-typed answers kept until submitted', () => {
	it('gives back what was typed for the same question only', () => {
		const storage = memory();
		saveDraftAnswer('q-1', 'Prizr', storage);
		expect(readDraftAnswer('q-1', storage)).toBe('Prizr');
		expect(readDraftAnswer('q-2', storage)).toBe('');
		clearDraftAnswer('q-1', storage);
		expect(readDraftAnswer('q-1', storage)).toBe('');
	});

	it('keeps each question its own draft: typing in another question loses none', () => {
		// Closed mid-question, reopened on another card (a learning step came due first): the
		// first draft waits for its question.
		const storage = memory();
		saveDraftAnswer('q-1', 'Prizr', storage);
		saveDraftAnswer('q-2', 'Ank', storage);
		expect(readDraftAnswer('q-1', storage)).toBe('Prizr');
		clearDraftAnswer('q-2', storage);
		expect(readDraftAnswer('q-1', storage)).toBe('Prizr');
		expect(readDraftAnswer('q-2', storage)).toBe('');
	});

	it(`keeps the last ${MAX_DRAFTS} questions typed in`, () => {
		const storage = memory();
		for (let i = 0; i <= MAX_DRAFTS; i++) saveDraftAnswer(`q-${i}`, `text ${i}`, storage);
		expect(readDraftAnswer('q-0', storage)).toBe('');
		expect(readDraftAnswer('q-1', storage)).toBe('text 1');
		expect(readDraftAnswer(`q-${MAX_DRAFTS}`, storage)).toBe(`text ${MAX_DRAFTS}`);
		// Typing again in an old one makes it the newest.
		saveDraftAnswer('q-1', 'text 1b', storage);
		saveDraftAnswer('q-new', 'x', storage);
		expect(readDraftAnswer('q-1', storage)).toBe('text 1b');
		expect(readDraftAnswer('q-2', storage)).toBe('');
	});

	it('forgets an emptied field and ignores damaged or foreign entries', () => {
		const storage = memory();
		saveDraftAnswer('q-1', 'x', storage);
		saveDraftAnswer('q-1', '', storage);
		expect(storage.map.size).toBe(0);
		storage.setItem('flashpoint-draft-answers', '{not json');
		expect(readDraftAnswer('q-1', storage)).toBe('');
		storage.setItem('flashpoint-draft-answers', JSON.stringify([{ questionId: 'q-1', text: 7 }]));
		expect(readDraftAnswer('q-1', storage)).toBe('');
		// A damaged entry is replaced by the next draft, not kept beside it.
		saveDraftAnswer('q-2', 'y', storage);
		expect(readDraftAnswer('q-2', storage)).toBe('y');
	});

	it('never throws when storage refuses', () => {
		const refusing = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('full');
			},
			removeItem: () => {
				throw new Error('denied');
			}
		};
		expect(() => saveDraftAnswer('q-1', 'a', refusing)).not.toThrow();
		expect(readDraftAnswer('q-1', refusing)).toBe('');
		expect(() => clearDraftAnswer('q-1', refusing)).not.toThrow();
		expect(readDraftAnswer('q-1', null)).toBe('');
	});
});

describe('draftKeeper: one write per pause, and at once when the page is left', () => {
	beforeEach(() => void vi.useFakeTimers());
	afterEach(() => void vi.useRealTimers());

	/** A memory storage that counts its writes, and a page whose leaving can be played. */
	function page() {
		const storage = memory();
		let writes = 0;
		const setItem = storage.setItem;
		storage.setItem = (key: string, value: string) => {
			writes++;
			setItem(key, value);
		};
		const doc = Object.assign(new EventTarget(), {
			visibilityState: 'visible' as DocumentVisibilityState
		});
		const targets = { window: new EventTarget(), document: doc };
		return { storage, targets, doc, writes: () => writes };
	}

	it('writes a word typed key by key once, after the pause (fca6bff wrote on every key)', () => {
		const { storage, targets, writes } = page();
		const keeper = draftKeeper(storage, targets);
		for (const text of ['P', 'Pr', 'Pri', 'Priz', 'Prizr']) keeper.type('q-1', text);
		expect(writes()).toBe(0);
		vi.advanceTimersByTime(DRAFT_QUIET_MS);
		expect(writes()).toBe(1);
		expect(readDraftAnswer('q-1', storage)).toBe('Prizr');
		keeper.stop();
	});

	it('writes what waits when the page is left or hidden, before the pause ends', () => {
		const { storage, targets, doc } = page();
		const keeper = draftKeeper(storage, targets);
		keeper.type('q-1', 'half typ');
		targets.window.dispatchEvent(new Event('pagehide'));
		expect(readDraftAnswer('q-1', storage)).toBe('half typ');
		keeper.type('q-1', 'half typed');
		// Shown again: nothing to write yet. Hidden (a phone switching apps): written.
		doc.dispatchEvent(new Event('visibilitychange'));
		expect(readDraftAnswer('q-1', storage)).toBe('half typ');
		doc.visibilityState = 'hidden';
		doc.dispatchEvent(new Event('visibilitychange'));
		expect(readDraftAnswer('q-1', storage)).toBe('half typed');
		keeper.stop();
	});

	it('reads back what still waits, and a submitted answer leaves no draft behind', () => {
		const { storage, targets, writes } = page();
		const keeper = draftKeeper(storage, targets);
		keeper.type('q-1', 'Ank');
		expect(keeper.read('q-1')).toBe('Ank');
		keeper.type('q-2', 'Pri');
		keeper.forget('q-2');
		vi.advanceTimersByTime(DRAFT_QUIET_MS);
		expect(readDraftAnswer('q-2', storage)).toBe('');
		expect(readDraftAnswer('q-1', storage)).toBe('Ank');
		// Stopped, it writes what waits and no longer listens.
		keeper.type('q-1', 'Ankara');
		keeper.stop();
		expect(readDraftAnswer('q-1', storage)).toBe('Ankara');
		const before = writes();
		targets.window.dispatchEvent(new Event('pagehide'));
		expect(writes()).toBe(before);
	});
});
