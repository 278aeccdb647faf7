import { describe, expect, it } from 'vitest';
import { formatJoinCode, JOIN_CODE_EXAMPLES } from '$lib/quiz/join-code';
import { newLinkNote } from '$lib/quiz/share-notes';
import { codeRuns, type TextRun } from './code-runs';

const joined = (runs: TextRun[]) =>
	runs.map((run) => ('code' in run ? run.code.join('-') : run.text)).join('');

describe('join codes in a sentence', () => {
	it('finds the old join code in the Share panel’s note about an edit, in its groups', () => {
		const note = newLinkNote(null, { oldJoinCode: '8GG-1Z0-1GY-20B' });
		const runs = codeRuns(note);
		expect(runs.filter((run) => 'code' in run)).toEqual([{ code: ['8GG', '1Z0', '1GY', '20B'] }]);
		expect(joined(runs)).toBe(note);
	});

	it('finds codes of both lengths, as formatJoinCode shows them, and nothing else', () => {
		const hint = `A join code looks like ${JOIN_CODE_EXAMPLES.join(' or ')}.`;
		expect(codeRuns(hint)).toEqual([
			{ text: 'A join code looks like ' },
			{ code: ['K7M', '2QX', '9HD'] },
			{ text: ' or ' },
			{ code: ['K7M', '2QX', '9HD', '3ER'] },
			{ text: '.' }
		]);
		expect(codeRuns(formatJoinCode('0123456789AB'))).toEqual([
			{ code: ['012', '345', '678', '9AB'] }
		]);
		// A quiz with attempts limited: one character more, its last group of four (teach49).
		expect(codeRuns(formatJoinCode('0123456789'))).toEqual([{ code: ['012', '345', '6789'] }]);
		expect(codeRuns(`Joined with code ${formatJoinCode('0123456789ABC')}.`)).toEqual([
			{ text: 'Joined with code ' },
			{ code: ['012', '345', '678', '9ABC'] },
			{ text: '.' }
		]);
		// Not a code: too few groups, a word with hyphens, letters a code never has, a longer run.
		for (const text of [
			'ABC-DEF',
			'two-way-off',
			'ABC-DEF-GHI',
			'AB1-CD2-EF3-GH4-JK5',
			'X7M-2QX-9HDQR',
			'X7M-2QXR-9HD'
		])
			expect(codeRuns(text)).toEqual([{ text }]);
	});

	it('gives nothing for empty text and one run for text without a code', () => {
		expect(codeRuns('')).toEqual([]);
		expect(codeRuns('Share the QR code or the link instead.')).toEqual([
			{ text: 'Share the QR code or the link instead.' }
		]);
	});
});
