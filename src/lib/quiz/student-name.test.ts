import { describe, expect, it } from 'vitest';
import { checkStudentName, nameLengthNote } from './student-name';

describe('checkStudentName', () => {
	it('accepts a name and gives it as the result code will carry it', () => {
		expect(checkStudentName('  Ana\u200b  Lee ')).toEqual({ ok: true, name: 'Ana Lee' });
		expect(checkStudentName('Đorđe')).toEqual({ ok: true, name: 'Đorđe' });
	});

	it('refuses a name longer than a result code carries, saying by how much, never cuts it', () => {
		expect(checkStudentName('A'.repeat(40))).toEqual({ ok: true, name: 'A'.repeat(40) });
		expect(checkStudentName('A'.repeat(60))).toEqual({
			ok: false,
			error: expect.stringMatching(/^Your name has 60 characters; a result carries at most 40\./)
		});
	});

	it.each([
		['', /Type your name/],
		['   ', /Type your name/],
		['\u200b\u200d\u2060', /shows as blank/],
		['\u202e\u202c \u2066\u2069', /shows as blank/],
		['\u3164', /shows as blank/],
		['\u00a0\u200b\u00a0', /shows as blank|Type your name/]
	])('refuses %j with a message saying what to do', (typed, message) => {
		const check = checkStudentName(typed);
		expect(check.ok).toBe(false);
		expect(!check.ok && check.error).toMatch(message);
	});
});

// Outsider teacher: a 56-character name was refused only after Start.
describe('nameLengthNote', () => {
	it('shows the limit while typing, counting the name as the check does', () => {
		expect(nameLengthNote('Ana')).toEqual({ text: '3 of 40 characters', full: false, over: false });
		expect(nameLengthNote(`  ${'a'.repeat(40)}\u200b `)).toMatchObject({ full: true, over: false });
		const long = nameLengthNote('Maria Fernanda de los Angeles Gutierrez-Villanueva Ruiz');
		expect(long).toMatchObject({ over: true });
		expect(long.text).toBe('55 of 40 characters: 15 characters too many; shorten it to start.');
		// What the counter calls over the limit, the check refuses, and the other way round.
		for (const typed of ['a'.repeat(40), 'a'.repeat(41), `${'é'.repeat(40)}\u202e`])
			expect(nameLengthNote(typed).over).toBe(!checkStudentName(typed).ok);
	});
});
