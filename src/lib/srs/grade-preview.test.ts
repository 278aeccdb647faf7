import { describe, expect, it } from 'vitest';
import { keptBackPreviewAt, previewTime, restoredPreviewAt, shiftPreview } from './grade-preview';
import { Scheduler } from './scheduler';
import { DEFAULT_STUDY_SETTINGS } from './settings';

describe('a flashcard back shown again after a trip to its source (restoredPreviewAt)', () => {
	const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
	const learned = (() => {
		const t = new Date(2026, 4, 1, 9, 0).getTime();
		let card = scheduler.answer('q', undefined, t, 3);
		card = scheduler.answer('q', card, card.due, 3);
		return scheduler.answer('q', card, card.due + 86_400_000, 3);
	})();
	const revealed = new Date(2026, 4, 20, 10, 0).getTime();
	const back = revealed + 4 * 60_000;

	it('shows the same intervals as before leaving, Easy’s fuzz included', () => {
		const before = scheduler.preview(learned, revealed);
		// Drawn anew, the fuzz differs (ts-fsrs seeds it from the time): the outsider's report.
		expect(scheduler.preview(learned, back)).not.toEqual(before);
		expect(scheduler.preview(learned, restoredPreviewAt(revealed, back))).toEqual(before);
	});

	it('computes them anew on a later study day or with a kept time ahead of the clock', () => {
		const nextDay = revealed + 20 * 3_600_000;
		expect(restoredPreviewAt(revealed, nextDay)).toBe(nextDay);
		expect(restoredPreviewAt(back, revealed)).toBe(revealed);
	});
});

describe('grade-button times after a right marked answer (shiftPreview)', () => {
	it('moves each time by the time spent answering, so the button saves what it shows', () => {
		const preview = { 1: 100, 2: 200, 3: 300, 4: 400 };
		expect(shiftPreview(preview, { previewAt: 1_000, answeredAt: 6_000 })).toEqual({
			1: 5_100,
			2: 5_200,
			3: 5_300,
			4: 5_400
		});
	});

	it('takes the answer time when none was kept or the kept one is after it', () => {
		expect(previewTime({ previewAt: undefined, answeredAt: 6_000 })).toBe(6_000);
		expect(previewTime({ previewAt: 9_000, answeredAt: 6_000 })).toBe(6_000);
		expect(previewTime({ previewAt: 1_000, answeredAt: 6_000 })).toBe(1_000);
	});
});

describe('which kept flashcard back shows again, and with which intervals (keptBackPreviewAt)', () => {
	const day = new Date(2026, 4, 20, 10, 0).getTime();
	const kept = { questionId: 'q1', previewAt: day };

	it('shows the back of the question it was kept for only', () => {
		expect(keptBackPreviewAt(null, 'q1', null, day + 1_000)).toBeNull();
		expect(keptBackPreviewAt(kept, 'q2', null, day + 1_000)).toBeNull();
		expect(keptBackPreviewAt(kept, undefined, null, day + 1_000)).toBeNull();
	});

	it('keeps the first intervals for the card as it was, computes new ones once it was answered', () => {
		expect(keptBackPreviewAt(kept, 'q1', null, day + 1_000)).toBe(day);
		expect(keptBackPreviewAt(kept, 'q1', day - 60_000, day + 1_000)).toBe(day);
		expect(keptBackPreviewAt(kept, 'q1', day + 500, day + 1_000)).toBe(day + 1_000);
	});
});
