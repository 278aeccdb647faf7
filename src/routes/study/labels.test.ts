import { describe, expect, it } from 'vitest';
import { draftsWaiting } from './labels';

describe('draftsWaiting', () => {
	it('says a course of drafts is waiting for review, not for tomorrow', () => {
		expect(draftsWaiting(3, 'Cells')).toEqual({
			text: '“Cells” has no accepted questions yet: 3 drafts wait for your review first. Only the questions you accept are studied.',
			link: 'Review 3 drafts'
		});
		expect(draftsWaiting(1, 'Cells').text).toContain('1 draft waits for your review');
	});
});
