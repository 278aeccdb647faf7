import { describe, expect, it } from 'vitest';
import { closingStop, endsSentence } from './sentence';

describe('closingStop', () => {
	it('adds a full stop after words that end no sentence', () => {
		expect(closingStop('In 2008, Kosovo declared ____')).toBe('.');
		expect(closingStop('Kosovo Force')).toBe('.');
		expect(closingStop('“Kosovo”')).toBe('.');
		expect(closingStop('approx')).toBe('.');
		expect(closingStop('')).toBe('.');
	});

	it('adds none after a full stop, question or exclamation mark, before closing marks too', () => {
		for (const text of [
			'In 2008, ____ declared independence.',
			'Who recognised Kosovo first?',
			'Never again!',
			'It went on…',
			'He said “enough.”',
			'She asked “why?”',
			'(see above.)',
			'[sic.]',
			'“Enough!” ',
			"It is 'done.'",
			'Il a dit «non.»'
		]) {
			expect(closingStop(text), text).toBe('');
			expect(endsSentence(text), text).toBe(true);
		}
	});

	it('is the stop a sentence joined around outside text ends with: never two', () => {
		const join = (prompt: string) => `The source of the question “${prompt}”${closingStop(prompt)}`;
		expect(join('Who won?')).toBe('The source of the question “Who won?”');
		expect(join('Kosovo declared ____.')).toBe(
			'The source of the question “Kosovo declared ____.”'
		);
		expect(join('Kosovo declared ____')).toBe('The source of the question “Kosovo declared ____”.');
		for (const prompt of ['a.', 'b?', 'c!', 'd.)', 'e?”'])
			expect(join(prompt)).not.toMatch(/[.!?]["”’)\]]*\.$/u);
	});
});
