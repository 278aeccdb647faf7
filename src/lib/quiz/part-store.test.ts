import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPartSets, storeQuizPart } from './part-store';
import { parseQuizPart, splitQuizCode } from './quiz-parts';

/** A Map-backed `localStorage`, shared by every "tab" of the test as a browser's origin is. */
function stubStorage() {
	const items = new Map<string, string>();
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key)
	});
	return items;
}

// Long enough for three parts now that a part may fill a level-L code (format 4).
const code = `Q1.${'AbCdEfGh'.repeat(250)}`;
const parts = splitQuizCode(code, 'https://school.example');
const part = (k: number) => {
	const parsed = parseQuizPart(parts[k - 1]);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.part;
};

afterEach(() => vi.unstubAllGlobals());

describe('the parts a phone has scanned stay on it between tabs', () => {
	it('keeps each part, and the whole quiz once the series is complete', () => {
		stubStorage();
		expect(parts).toHaveLength(3);
		expect(storeQuizPart(part(3), 1)).toMatchObject({ status: 'waiting', have: [3] });
		expect(storeQuizPart(part(1), 2)).toMatchObject({ status: 'waiting', missing: [2] });
		expect(loadPartSets()).toHaveLength(1);
		expect(storeQuizPart(part(2), 3)).toEqual({ status: 'complete', code });
		// The tab closed; code 1 opened again (to show the result) opens the quiz at once.
		for (const k of [1, 2, 3])
			expect(storeQuizPart(part(k), 4 + k)).toEqual({ status: 'complete', code });
		expect(loadPartSets()).toHaveLength(1);
	});

	it('reads anything else stored under its key as nothing, never as parts', () => {
		const items = stubStorage();
		for (const stored of ['not json', '{"group":1}', '[{"group":"ab","total":3,"slices":[]}]']) {
			items.set('flashpoint-quiz-parts', stored);
			expect(loadPartSets()).toEqual([]);
			expect(storeQuizPart(part(1), 1)).toMatchObject({ status: 'waiting', have: [1] });
		}
	});
});
