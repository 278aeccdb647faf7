import { describe, expect, it } from 'vitest';
import { fileSlug } from './download';

describe('fileSlug', () => {
	it.each([
		['Week 3: Vučić', 'week-3-vucic'],
		['Week 3: Vuc\u030cic\u0301', 'week-3-vucic'],
		['Đorđe & Søren’s quiz', 'dorde-soren-s-quiz'],
		['Straße', 'strasse'],
		['Sewers & Bridges <b>1858–1879</b>', 'sewers-bridges-1858-1879'],
		['   ', 'quiz'],
		['Кириллица', 'quiz']
	])('%j → %j', (title, slug) => {
		expect(fileSlug(title)).toBe(slug);
	});
});
