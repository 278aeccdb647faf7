import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from './export';

describe('export formats', () => {
	it('give every format its own file ending, so two downloads of one course never share a name', () => {
		const endings = EXPORT_FORMATS.map((f) => f.extension);
		expect(new Set(endings).size).toBe(endings.length);
		expect(EXPORT_FORMATS.find((f) => f.id === 'kahoot')!.extension).toBe('kahoot.xlsx');
	});
});
