import { describe, expect, it } from 'vitest';
import { LOG_ENTRIES, LOG_LINES, logged, pasteEntry, toneWord, type LogEntry } from './collect-log';

const line = (n: number) => ({ tone: 'bad' as const, text: 'damaged', where: `line ${n}` });

describe('the Collect results log', () => {
	// Outsider teacher: refused codes read last line first, one box per code.
	it('keeps a paste in one box, its codes in the order of their lines', () => {
		const entry = pasteEntry(
			1,
			'Found 3 result codes: 3 refused.',
			[line(2), line(5), line(9)],
			false
		);
		expect(entry.text).toBe('Found 3 result codes: 3 refused.');
		expect(entry.lines.map((l) => l.where)).toEqual(['line 2', 'line 5', 'line 9']);
		expect(entry.tone).toBe('info');
	});

	// Outsider teacher, re-pasting a class thread: the refused codes sat below every
	// "already counted" line, so she did not see what needed her.
	it('lists refusals first, above what was added or counted, each group in line order', () => {
		const ok = (n: number) => ({
			tone: 'info' as const,
			text: 'already counted',
			where: `line ${n}`
		});
		const added = (n: number) => ({ tone: 'good' as const, text: 'added', where: `line ${n}` });
		const entry = pasteEntry(
			1,
			'Found 5 result codes: 2 already counted, 1 added, 2 refused.',
			[ok(1), added(2), line(3), ok(4), line(5)],
			false
		);
		expect(entry.lines.map((l) => `${l.tone} ${l.where}`)).toEqual([
			'bad line 3',
			'bad line 5',
			'info line 1',
			'good line 2',
			'info line 4'
		]);
	});

	it('never cuts a refusal off a long paste', () => {
		const many = Array.from({ length: LOG_LINES + 10 }, (_, i) => ({
			tone: 'info' as const,
			text: 'already counted',
			where: `line ${i + 1}`
		}));
		const entry = pasteEntry(1, 'many', [...many, line(99)], false);
		expect(entry.lines[0].where).toBe('line 99');
		expect(entry.lines).toHaveLength(LOG_LINES);
	});

	it('puts the newest box on top, one box per paste however many codes it had', () => {
		let log: LogEntry[] = [];
		log = logged(
			log,
			pasteEntry(1, 'Found 30 result codes: 30 added.', Array(30).fill(line(1)), true)
		);
		log = logged(
			log,
			pasteEntry(2, 'Found 30 result codes: 30 already counted.', Array(30).fill(line(1)), true)
		);
		expect(log.map((e) => e.id)).toEqual([2, 1]);
		expect(log[0].tone).toBe('good');
	});

	it('keeps at most LOG_ENTRIES boxes and LOG_LINES lines in a box', () => {
		let log: LogEntry[] = [];
		for (let id = 0; id < LOG_ENTRIES + 5; id++)
			log = logged(log, { id, tone: 'good', text: 'added', lines: [] });
		expect(log).toHaveLength(LOG_ENTRIES);
		expect(log[0].id).toBe(LOG_ENTRIES + 4);
		const big = pasteEntry(
			0,
			'many',
			Array.from({ length: 100 }, (_, i) => line(i + 1)),
			false
		);
		expect(big.lines).toHaveLength(LOG_LINES);
		expect(big.lines[0].where).toBe('line 1');
	});
});

describe('the word said before an outcome (outsider teacher, build 2a5d1257)', () => {
	it('says Done:, Refused: or Note: once per outcome, not before a paste’s summary', () => {
		expect(toneWord({ tone: 'good', text: 'added, 3 of 5.', name: 'Ana' })).toBe('Done:');
		expect(toneWord({ tone: 'bad', text: 'damaged.' })).toBe('Refused:');
		expect(toneWord({ tone: 'info', text: 'part 1 of 2.' })).toBe('Note:');
		const paste = pasteEntry(
			1,
			'Found 1 result code: 1 added.',
			[{ tone: 'good', text: 'added, 3 of 5.', name: 'Ana' }],
			true
		);
		expect(toneWord(paste)).toBe('');
		expect(paste.lines.map(toneWord)).toEqual(['Done:']);
		expect(toneWord({ ...paste, lines: [] })).toBe('Done:');
	});
});
