import { describe, expect, it } from 'vitest';
import { checkStudentName } from './student-name';

describe('checkStudentName', () => {
	it('accepts a name and gives it as the result code will carry it', () => {
		expect(checkStudentName('  Ana\u200b  Lee ')).toEqual({ ok: true, name: 'Ana Lee' });
		expect(checkStudentName('Đorđe')).toEqual({ ok: true, name: 'Đorđe' });
	});

	it('cuts a long name to the limit a result code carries', () => {
		const check = checkStudentName('A'.repeat(60));
		expect(check.ok && check.name.length).toBe(40);
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
