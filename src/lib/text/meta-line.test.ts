import { describe, expect, it } from 'vitest';
import { byAuthor, metaLine } from './meta-line';

describe('metaLine: the parts that are present, joined', () => {
	it.each([
		[['Jane Doe', 'Year 8 History', '3 March 2024'], 'Jane Doe · Year 8 History · 3 March 2024'],
		[['', 'Year 8 History'], 'Year 8 History'],
		[['   ', 'Year 8 History', undefined], 'Year 8 History'],
		[[null, false, ''], ''],
		[[' Jane ', ' \u00a0', '2024'], 'Jane · 2024'],
		[['Jane Doe', ''], 'Jane Doe']
	] as const)('%j → %j', (parts, line) => {
		expect(metaLine(parts)).toBe(line);
	});

	it('never starts or ends with a separator, nor doubles one', () => {
		for (const parts of [
			['', 'a', '', 'b', ''],
			[' ', 'a'],
			['a', ' ']
		])
			expect(metaLine(parts)).toMatch(/^(?! ·)(?!.*· · )(?!.*· $).*$/);
	});

	it('byAuthor names a present author only', () => {
		expect(byAuthor('Jane Doe')).toBe('by Jane Doe');
		expect(byAuthor('  ')).toBe('');
		expect(byAuthor(undefined)).toBe('');
	});
});
