import { describe, expect, it } from 'vitest';
import { clearTopEdge, keepRightMark, verdictScroll } from './verdict-scroll';

// A phone's padded scrollport: 8 px under the top edge to the pinned bar (390×844: 844 less the
// navigation, 64 px, and a bar of one Next question, 88 px, and 8 px of air).
const view = { top: 8, bottom: 684 };

describe('where the page goes when a verdict appears (issue 14, fault 6)', () => {
	it('does not move when the verdict is in view already', () => {
		expect(verdictScroll([100, 300], { top: 400, bottom: 440 }, 600, view)).toBe(0);
	});

	it('scrolls only until the verdict ends above the bar, keeping the question', () => {
		// The outsider's 390×844 case: question at 100, verdict box ending 180 px under the view.
		expect(verdictScroll([100, 420], { top: 700, bottom: 740 }, 864, view)).toBe(180);
	});

	it("lets the question's start go before the option chosen", () => {
		// Question and verdict do not fit together (their span is 900 px); option and verdict do.
		expect(verdictScroll([-20, 300], { top: 700, bottom: 740 }, 880, view)).toBe(196);
	});

	it("keeps the option chosen at the top with the verdict's heading when the whole does not fit", () => {
		// 200% text on 320×568: the verdict box ends 600 px under the view; option at 250.
		const delta = verdictScroll([-40, 250], { top: 400, bottom: 480 }, 900, {
			top: 8,
			bottom: 300
		});
		expect(delta).toBe(242);
		expect(480 - delta).toBeLessThanOrEqual(300);
	});

	it("keeps the chosen option's mark when its start and the heading do not fit", () => {
		// Four long options at 390×844: the chosen one's start 740 px above the heading's end.
		const keep = [169, 355, 464];
		expect(verdictScroll(keep, { top: 1093, bottom: 1117 }, 1292, view)).toBe(456);
	});

	it("brings the verdict's start to the top when even the option and heading do not fit", () => {
		expect(
			verdictScroll([-300, 40], { top: 500, bottom: 600 }, 1200, { top: 8, bottom: 300 })
		).toBe(492);
	});

	it('scrolls back up to a verdict heading above the view', () => {
		expect(verdictScroll([-900, -400], { top: -100, bottom: -60 }, 200, view)).toBe(-108);
	});

	it('never scrolls past what is wanted, whatever is kept', () => {
		for (const keep of [[], [50], [50, 300], [-10, -5]])
			expect(verdictScroll(keep, { top: 600, bottom: 650 }, 700, view)).toBeLessThanOrEqual(16);
	});
});

describe('where the page goes when a verdict must show its answer (issue 14, session 33)', () => {
	const small = { top: 8, bottom: 330 };

	it("brings a typed answer's verdict into view down to its answer, the field kept at the top", () => {
		// 320×568 at 200% text: the question's start at 20, the field at 250, the verdict from 420
		// down to "Answer: …" at 520. The page stayed where it was (the bar's caption said "Not
		// quite", not the answer): now the field goes to the top and the answer shows under it.
		const delta = verdictScroll([20, 250], { top: 420, bottom: 520 }, 600, small);
		expect(delta).toBe(242);
		expect(520 - delta).toBeLessThanOrEqual(small.bottom);
	});

	it('brings the verdict from its start where even the field and the answer do not fit', () => {
		const delta = verdictScroll([-400, -100], { top: 900, bottom: 1180 }, 1300, small);
		expect(delta).toBe(892);
	});
});

describe("where the page goes when a right choice's mark says the answer (issue 14, session 30)", () => {
	it("keeps the question's start in view: as far toward the verdict's box as it allows", () => {
		// 390×844: the question at 225, its box ending 500 px under the view: 217 px, not 500.
		expect(verdictScroll([225, 400], null, 1184, view)).toBe(217);
		// It all fits: only what the box needs.
		expect(verdictScroll([225, 400], null, 700, view)).toBe(16);
	});

	it('never jumps to a box thousands of px down (320×568 at 200% text, the longest question)', () => {
		const small = { top: 8, bottom: 330 };
		// The question's start above the screen, the option tapped at 200: it goes to the top.
		expect(verdictScroll([-600, 200, 420], null, 3100, small)).toBe(192);
		// Nothing kept in view (the student scrolled past the option): the page stays.
		expect(verdictScroll([-600, -300, -200], null, 3100, small)).toBe(0);
		// An option taller than the screen, tapped in its middle: its mark (✗ Your answer) comes
		// at its end, 800 px down; the page stays (it went there: 802 px).
		expect(verdictScroll([-900, -200, 810], null, 3100, small)).toBe(0);
	});

	it('never scrolls up, nor past what is wanted', () => {
		for (const keep of [[], [50], [50, 300], [-10, -5], [600]])
			for (const bottom of [100, 700, 5000]) {
				const delta = verdictScroll(keep, null, bottom, view);
				expect(delta).toBeGreaterThanOrEqual(0);
				expect(delta).toBeLessThanOrEqual(Math.max(0, bottom - view.bottom));
			}
	});
});

// Outsider student from Anki, session 33 (p03-fib-checked): after a right fill-the-blank answer
// at 390×844 the page scrolled until the verdict ended above the grades, leaving Undo, above the
// card, cut in half by the top edge.
describe('nothing cut by the top edge after the scroll', () => {
	it('scrolls on until a box the scroll would cut is wholly above the edge', () => {
		// Undo at 200-244 before a scroll of 222: 22 px of it left under the edge.
		expect(clearTopEdge(222, [{ top: 200, bottom: 244 }], 0)).toBe(244);
	});

	it('stops short instead, showing it whole, where the page cannot scroll on', () => {
		expect(clearTopEdge(222, [{ top: 200, bottom: 244 }], 0, 230)).toBe(200);
	});

	it('leaves a scroll that cuts nothing as it is', () => {
		expect(clearTopEdge(180, [{ top: 20, bottom: 64 }], 0)).toBe(180);
		expect(clearTopEdge(0, [{ top: 20, bottom: 64 }], 0)).toBe(0);
		expect(clearTopEdge(10, [{ top: 200, bottom: 244 }], 0)).toBe(10);
	});
});

describe("after a wrong choice, the right option's mark with the verdict (zoom35, issue 14)", () => {
	const verdict = { top: 309, bottom: 460 };

	it('scrolls up to a mark just above the view when both fit', () => {
		// 390×844 at 200% text: the right third option's mark 20 px above the screen.
		expect(keepRightMark(0, { top: -20, bottom: 21 }, verdict, view)).toBe(-28);
	});

	it('stops a scroll down short where it would take the mark away', () => {
		expect(keepRightMark(300, { top: 100, bottom: 140 }, verdict, view)).toBe(92);
	});

	it('keeps the scroll that already shows both', () => {
		expect(keepRightMark(40, { top: 100, bottom: 140 }, verdict, view)).toBe(40);
	});

	it('keeps the scroll where the two do not fit together, or there is no mark', () => {
		// Long options at 320×568: the mark 1,600 px above the verdict.
		expect(keepRightMark(120, { top: -1620, bottom: -1538 }, verdict, view)).toBe(120);
		expect(keepRightMark(120, null, verdict, view)).toBe(120);
	});

	it('never leaves the verdict down to its answer out of the view', () => {
		for (const top of [-300, -100, 0, 200, 600]) {
			const delta = keepRightMark(0, { top, bottom: top + 40 }, verdict, view);
			if (delta !== 0) expect(verdict.bottom - delta).toBeLessThanOrEqual(view.bottom);
		}
	});
});
