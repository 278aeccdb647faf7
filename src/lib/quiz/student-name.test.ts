import { describe, expect, it } from 'vitest';
import { checkStudentName } from './student-name';

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
