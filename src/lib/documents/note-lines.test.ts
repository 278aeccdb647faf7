import { describe, expect, it } from 'vitest';
import { noteLinesApart } from './note-lines';
import { markdownToText } from './plain';

/** Made-up notes in the shapes students paste (gen88, issue 12). */
describe('noteLinesApart: a new line in notes is a new line', () => {
	it('keeps an "Exam tip:" or "Remember:" line out of the list item above it', () => {
		const text = markdownToText(
			[
				'# Velm notes',
				'',
				'- **Ostrosis** – the diffusion of velm across a lumen',
				'Exam tip: say which way the velm moves.',
				'- **Lumite** – a grey solid that forms on old jars',
				'  Remember: lumite is not velm.'
			].join('\n')
		).text;
		const paragraphs = text.split(/\n\s*\n/u).map((p) => p.trim());
		expect(paragraphs).toContain('- Ostrosis – the diffusion of velm across a lumen');
		expect(paragraphs).toContain('Exam tip: say which way the velm moves.');
		expect(paragraphs).toContain('- Lumite – a grey solid that forms on old jars');
		expect(paragraphs).toContain('Remember: lumite is not velm.');
	});

	it('puts an item’s label line apart from its example line, not its example', () => {
		const out = noteLinesApart(
			[
				'1. **velm + acid → salt + lumen**',
				'   e.g. ostrium + velmic acid → ostrium velmate + lumen',
				'   Test for lumen: lit splint gives a squeaky pop.'
			].join('\n')
		);
		expect(out).toBe(
			[
				'1. **velm + acid → salt + lumen**',
				'   e.g. ostrium + velmic acid → ostrium velmate + lumen',
				'',
				'Test for lumen: lit splint gives a squeaky pop.'
			].join('\n')
		);
	});

	it('puts each bold "Term: meaning" line of a paragraph apart', () => {
		const out = noteLinesApart(
			[
				'**Dominant**: shows with one copy. Capital letter, e.g. **V**.',
				'**Recessive**: shows with two copies.'
			].join('\n')
		);
		expect(out.split('\n\n')).toEqual([
			'**Dominant**: shows with one copy. Capital letter, e.g. **V**.',
			'**Recessive**: shows with two copies.'
		]);
	});

	it('leaves a wrapped paragraph, a label line outside a list and a code block as they are', () => {
		const prose = [
			'The velm trade grew quickly after the war, and by the end of the decade',
			'Ostria: the largest port, shipped most of it.',
			'```',
			'Note: code',
			'```'
		].join('\n');
		expect(noteLinesApart(prose)).toBe(prose);
	});
});
