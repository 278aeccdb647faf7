import { describe, expect, it } from 'vitest';
import { fileSlug, readableFileStem } from './download';

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

/** Outsider teacher, issue 12: an Aiken or Quizlet file's name is all that carries its title. */
describe('readableFileStem', () => {
	it.each([
		['Turkey between Serbia and Kosovo, 2008–2025', 'Turkey between Serbia and Kosovo, 2008–2025'],
		['Week 3: Vučić', 'Week 3 - Vučić'],
		['10:30 lesson', '10 30 lesson'],
		['A/B course', 'A B course'],
		['Is it "true"? <yes|no> *', 'Is it true yes no'],
		['.hidden...', 'hidden'],
		['Кириллица', 'Кириллица'],
		['Line\none\u200b\u202e two', 'Line one two'],
		['CON', 'CON_'],
		['com1.backup', 'com1_.backup'],
		['Console', 'Console'],
		['   ', 'flashpoint-questions'],
		['???', 'flashpoint-questions']
	])('%j → %j', (title, stem) => {
		expect(readableFileStem(title, 'flashpoint-questions')).toBe(stem);
	});

	it('keeps at most 60 characters, cut between words, never half a character', () => {
		const long = readableFileStem(`${'Causes of the First World War '.repeat(4)}`, 'x');
		expect(long).toBe('Causes of the First World War Causes of the First World War');
		const wide = readableFileStem('𠀀'.repeat(70), 'x');
		expect([...wide]).toHaveLength(60);
		expect(new TextEncoder().encode(`${wide}.wayground.xlsx`).length).toBeLessThanOrEqual(255);
	});
});
