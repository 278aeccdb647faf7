import { describe, expect, it } from 'vitest';
import { fileSlug } from './download';

describe('fileSlug', () => {
	it.each([
		['Week 3: Vučić', 'week-3-vucic'],
		['Week 3: Vuc\u030cic\u0301', 'week-3-vucic'],
		['Đorđe & Søren’s quiz', 'dorde-soren-s-quiz'],
		['Straße', 'strasse'],
		['   ', 'quiz'],
		['Кириллица', 'quiz']
	])('%j → %j', (title, slug) => {
		expect(fileSlug(title)).toBe(slug);
	});
});
