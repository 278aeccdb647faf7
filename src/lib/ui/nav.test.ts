import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, isCurrent, navPath } from './nav';

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

describe('navPath', () => {
	const at = (path: string) => navPath(new URL(path, 'https://example.test'));

	it('keeps a source passage opened from Study under Study', () => {
		expect(at('/sources/kfor-command?q=w-1&from=study')).toBe('/study');
		expect(at('/sources/kfor-command?q=w-1&from=stats')).toBe('/stats');
	});

	it('leaves other pages, and unknown origins, under their own path', () => {
		expect(at('/sources/kfor-command?q=w-1')).toBe('/sources/kfor-command');
		expect(at('/sources/kfor-command?from=settings')).toBe('/sources/kfor-command');
		expect(at('/study?from=quiz')).toBe('/study');
	});
});
