import { describe, expect, it } from 'vitest';
import { LOG_ENTRIES, LOG_LINES, logged, pasteEntry, type LogEntry } from './collect-log';

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
