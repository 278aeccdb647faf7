import { describe, expect, it } from 'vitest';
import { hyphenBreak, joinLines, PAGE_END, vocabularyOf } from './pdf-lines';

describe('joinLines: a word broken at a line’s end', () => {
	it('keeps the hyphen of a compound broken at it ("Estates-" / "General", "well-" / "known")', () => {
		const text = joinLines([
			'Unable to raise money any other way, Louis XVI summoned the Estates-',
			'General, an assembly of all three estates. It was a well-',
			'known body, and some were self-',
			'interested. About ninety-',
			'seven per cent paid, from 1789-',
			'1799 and on.'
		]);
		expect(text).toContain('the Estates-General, an assembly');
		expect(text).toContain('a well-known body');
		expect(text).toContain('were self-interested');
		expect(text).toContain('About ninety-seven per cent');
		expect(text).toContain('from 1789-1799 and on');
		expect(text).not.toMatch(/- /);
	});

	it('drops the hyphen of a word the typesetter split ("revo-" / "lution")', () => {
		const text = joinLines([
			'The revo-',
			'lution began in Paris, and the assem-',
			'bly met at Versailles.'
		]);
		expect(text).toBe('The revolution began in Paris, and the assembly met at Versailles.');
	});

	it('decides by the document’s own words first', () => {
		// "co-operation" is written so elsewhere: kept; "cooperate" is one word elsewhere: joined.
		const lines = [
			'They sought co-operation with Austria. The co-',
			'operation failed, and they would not co-',
			'operate again. They did cooperate later.'
		];
		const text = joinLines(lines);
		expect(text).toContain('The co-operation failed');
		expect(text).toContain('would not cooperate again');
		// A lower-case split word whose whole form the document never uses is joined.
		const words = vocabularyOf(['The Estates-General met.', 'revo-', 'lution']);
		expect(words.has('estates-general')).toBe(true);
		expect(words.has('lution')).toBe(false);
		expect(hyphenBreak('the Estates-', 'General met', new Map())).toBe('keep');
		expect(hyphenBreak('the revo-', 'lution', new Map())).toBe('drop');
	});

	it('joins a line ending in a soft hyphen (U+00AD) without a hyphen, and leaves a dash alone', () => {
		expect(joinLines(['The Estates\u00ad', 'General met in the revo\u00ad', 'lution.'])).toBe(
			'The EstatesGeneral met in the revolution.'
		);
		expect(joinLines(['They waited -', 'and then left.'])).toBe('They waited - and then left.');
	});
});

describe('joinLines: a page break', () => {
	it('runs a sentence on across a page break, and ends a paragraph at one after a full stop', () => {
		const text = joinLines([
			'The price of bread rose sharply in the spring of',
			PAGE_END,
			'1789. A worker could spend half his wage on bread.',
			'',
			'Its most famous member, Robespierre,',
			PAGE_END,
			'argued that virtue without terror was powerless.',
			PAGE_END,
			'The Directory ruled from 1795.'
		]);
		expect(text.split('\n\n')).toEqual([
			'The price of bread rose sharply in the spring of 1789. A worker could spend half his wage on bread.',
			'Its most famous member, Robespierre, argued that virtue without terror was powerless.',
			'The Directory ruled from 1795.'
		]);
	});

	it('runs on into a lower-case page after a name, a year or a colon, not after a full stop', () => {
		// The outsider teacher's roman.pdf read "In 133 BC" / "the tribune…" and "everyone
		// else:" / "farmers, …" as two paragraphs each (issue 12).
		const text = joinLines([
			'They moved to Rome, where many of them became poor. In 133 BC',
			PAGE_END,
			'the tribune Tiberius Gracchus proposed a land law.',
			'The plebeians were everyone else:',
			PAGE_END,
			'farmers, craftsmen and traders.',
			'Some were freed by Caesar',
			PAGE_END,
			'and others by Augustus.',
			PAGE_END,
			'the next page starts a new sentence in lower case.'
		]);
		expect(text.split('\n\n')).toEqual([
			'They moved to Rome, where many of them became poor. In 133 BC the tribune Tiberius Gracchus proposed a land law.',
			'The plebeians were everyone else: farmers, craftsmen and traders.',
			'Some were freed by Caesar and others by Augustus.',
			'the next page starts a new sentence in lower case.'
		]);
	});

	it('runs a short line ending in a colon on into a lower-case line on the same page', () => {
		const text = joinLines([
			'The groups were these:',
			'farmers and traders.',
			'Causes:',
			'The debt.'
		]);
		expect(text.split('\n\n')).toEqual([
			'The groups were these: farmers and traders.',
			'Causes:',
			'The debt.'
		]);
	});
});
