import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, isCurrent } from './nav';

const item = (href: string) => NAV_ITEMS.find((i) => i.href === href)!;

describe('isCurrent', () => {
	it('marks Home only on the root path', () => {
		expect(isCurrent(item('/'), '/')).toBe(true);
		expect(isCurrent(item('/'), '/study')).toBe(false);
	});

	it('treats sub-pages as part of their screen', () => {
		expect(isCurrent(item('/sources'), '/sources/some-article')).toBe(true);
		expect(isCurrent(item('/study'), '/stats')).toBe(false);
	});

	it('keeps at most five entries in the phone bar, counting "More"', () => {
		expect(NAV_ITEMS.filter((i) => i.primary).length).toBeLessThanOrEqual(4);
	});
});
