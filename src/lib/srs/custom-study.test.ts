import { describe, expect, it } from 'vitest';
import {
	addExtra,
	aheadUntil,
	customStudyDone,
	extraFor,
	forgottenIds,
	lastDaysFrom,
	isExtraLimit,
	parseCustomStudy,
	topicsMatch
} from './custom-study';
import { studyDayStart } from './day';

describe('parseCustomStudy', () => {
	it('takes a whole number within the kind’s bounds', () => {
		expect(parseCustomStudy('new-limit', ' 15 ')).toEqual({
			ok: true,
			choice: { kind: 'new-limit', count: 15 }
		});
		expect(parseCustomStudy('forgotten', '30')).toEqual({
			ok: true,
			choice: { kind: 'forgotten', days: 30 }
		});
		expect(parseCustomStudy('state', '50', 'due')).toEqual({
			ok: true,
			choice: { kind: 'state', state: 'due', count: 50 }
		});
		expect(parseCustomStudy('preview', '365')).toEqual({
			ok: true,
			choice: { kind: 'preview', days: 365 }
		});
		expect(parseCustomStudy('review-limit', '50')).toEqual({
			ok: true,
			choice: { kind: 'review-limit', count: 50 }
		});
	});

	it('keeps the topics ticked, none when nothing is, and refuses a topic ticked both ways', () => {
		const topics = { include: ['Verbs'], exclude: ['Irregular'] };
		expect(parseCustomStudy('state', '5', 'all', topics)).toEqual({
			ok: true,
			choice: { kind: 'state', state: 'all', count: 5, topics }
		});
		expect(parseCustomStudy('state', '5', 'all', { include: [], exclude: [] })).toEqual({
			ok: true,
			choice: { kind: 'state', state: 'all', count: 5 }
		});
		expect(
			parseCustomStudy('state', '5', 'all', { include: ['Verbs'], exclude: ['Verbs'] })
		).toEqual({ ok: false, problem: '“Verbs” is ticked to take and to leave out: untick one.' });
	});

	it('refuses anything else, saying what it takes', () => {
		for (const text of ['', '0', '-3', '1.5', '1e2', 'ten', '31'])
			expect(parseCustomStudy('forgotten', text)).toEqual({
				ok: false,
				problem: 'Enter a whole number of days from 1 to 30.'
			});
		expect(parseCustomStudy('new-limit', '10000')).toEqual({
			ok: false,
			problem: 'Enter a whole number of questions from 1 to 9,999.'
		});
	});
});

describe('today’s extra new questions', () => {
	it('add up per scope on one day, and a new day starts from none', () => {
		let extra = addExtra(undefined, '2026-05-12', 'u-1', 5);
		extra = addExtra(extra, '2026-05-12', 'u-1', 3);
		extra = addExtra(extra, '2026-05-12', null, 2);
		expect(extraFor(extra, '2026-05-12', 'u-1')).toBe(8);
		expect(extraFor(extra, '2026-05-12', undefined)).toBe(2);
		expect(extraFor(extra, '2026-05-12', 'builtin')).toBe(0);
		expect(extraFor(extra, '2026-05-13', 'u-1')).toBe(0);
		expect(addExtra(extra, '2026-05-13', 'u-1', 1)).toEqual({
			day: '2026-05-13',
			byScope: { 'u-1': 1 }
		});
	});

	it('read a stored row only when it has the shape, and a bad count as none', () => {
		expect(isExtraLimit({ day: '2026-05-12', byScope: {} })).toBe(true);
		for (const value of [null, 3, 'x', { day: 1, byScope: {} }, { day: '2026-05-12' }])
			expect(isExtraLimit(value)).toBe(false);
		expect(extraFor({ day: 'd', byScope: { '': -4 } }, 'd', null)).toBe(0);
		expect(extraFor({ day: 'd', byScope: { '': 2.5 } }, 'd', null)).toBe(0);
	});
});

describe('which cards', () => {
	it('forgotten: answered Again, each once, the latest forgotten first', () => {
		expect(
			forgottenIds([
				{ questionId: 'a', rating: 1, answeredAt: 10 },
				{ questionId: 'b', rating: 3, answeredAt: 20 },
				{ questionId: 'c', rating: 1, answeredAt: 30 },
				{ questionId: 'a', rating: 1, answeredAt: 40 },
				{ questionId: 'b', rating: 2, answeredAt: 50 }
			])
		).toEqual(['a', 'c']);
		expect(lastDaysFrom('2026-05-12', 1)).toBe('2026-05-12');
		expect(lastDaysFrom('2026-05-12', 7)).toBe('2026-05-06');
	});

	it('ahead: up to the start of the study day after the last one taken (4 AM)', () => {
		const startOf = (day: string) => studyDayStart(day).getTime();
		expect(aheadUntil('2026-05-12', 1, startOf)).toBe(new Date(2026, 4, 14, 4).getTime());
		expect(aheadUntil('2026-05-12', 7, startOf)).toBe(new Date(2026, 4, 20, 4).getTime());
	});
});

describe('topicsMatch (Anki’s “Choose Tags”)', () => {
	it('takes a question with any topic required and none excluded', () => {
		const filter = { include: ['Verbs', 'Nouns'], exclude: ['Irregular'] };
		expect(topicsMatch(['Nouns'], filter)).toBe(true);
		expect(topicsMatch(['Verbs', 'Irregular'], filter)).toBe(false);
		expect(topicsMatch([], filter)).toBe(false);
		expect(topicsMatch([], { include: [], exclude: ['Irregular'] })).toBe(true);
	});
});

describe('customStudyDone', () => {
	it('says what was done, or that nothing was found', () => {
		expect(customStudyDone({ kind: 'preview', days: 1 }, 3)).toBe(
			'3 new questions added in the last day to preview: not scheduled, not counted.'
		);
		expect(customStudyDone({ kind: 'preview', days: 7 }, 0)).toBe(
			'No question added in those days is still new.'
		);
		expect(customStudyDone({ kind: 'review-limit', count: 50 }, 50)).toBe(
			'Today’s limit of reviews raised by 50, for today only.'
		);
		const topics = { include: ['Verbs'], exclude: [] };
		expect(customStudyDone({ kind: 'state', state: 'new', count: 5, topics }, 2)).toBe(
			'2 new questions of the topics chosen added to today’s study, first in the queue.'
		);
		expect(customStudyDone({ kind: 'state', state: 'new', count: 5, topics }, 0)).toBe(
			'No question of that kind with the topics chosen is left to study.'
		);
		expect(customStudyDone({ kind: 'new-limit', count: 10 }, 10)).toBe(
			'Today’s limit of new questions raised by 10, for today only.'
		);
		expect(customStudyDone({ kind: 'forgotten', days: 1 }, 1)).toBe(
			'1 question forgotten in the last day added to today’s study, first in the queue.'
		);
		expect(customStudyDone({ kind: 'ahead', days: 3 }, 12)).toBe(
			'12 questions due in the next 3 days added to today’s study, first in the queue.'
		);
		expect(customStudyDone({ kind: 'state', state: 'all', count: 50 }, 0)).toBe(
			'No question of that kind is left to study.'
		);
	});
});
