import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidates';
import { inDocumentCase } from './case';
import { addressesReader } from './checks';
import type { Sentence } from './text';

const doc = (texts: string[]): Sentence[] =>
	texts.map((text, index) => ({ doc: 'd', index, section: '', text }));

describe('inDocumentCase (blind review U27: capitals the text writes in its case elsewhere)', () => {
	it('writes a shouted lead word as the document does elsewhere', () => {
		const [lead] = inDocumentCase(
			doc(['VELMINS are receptors of the cell wall.', 'Most velmins bind calcium.']),
			['Velmin']
		);
		expect(lead.text).toBe('Velmins are receptors of the cell wall.');
		expect(lead.shouted).toBeUndefined();
	});

	it('writes a capital-tailed bold word in its own case', () => {
		const [lead] = inDocumentCase(doc(['VelminS are receptors.', 'Velmins bind calcium.']), []);
		expect(lead.text).toBe('Velmins are receptors.');
	});

	it('writes a shouted name, short words of the run too, as the title does', () => {
		const [lead] = inDocumentCase(
			doc([
				'The 12TH HEAVY COASTAL BRIGADE was a unit of the army.',
				'The brigade moved to Dover.'
			]),
			['12th Heavy Coastal Brigade']
		);
		expect(lead.text).toBe('The 12th Heavy Coastal Brigade was a unit of the army.');
	});

	it('keeps acronyms: short ones, and long ones the document sets in capitals again', () => {
		const sentences = doc([
			'NASA and the US army worked with UNESCO on it.',
			'UNESCO paid for it.',
			'It is us who paid.'
		]);
		expect(inDocumentCase(sentences, [])).toEqual(sentences);
	});

	it('marks a sentence whose shouted word the document never writes calmly', () => {
		const [lead] = inDocumentCase(doc(['The ORVANTIC PLAN was adopted in 1911.']), []);
		expect(lead.shouted).toBe(true);
	});

	it('lowers a common noun capitalised once where it is defined', () => {
		const [lead] = inDocumentCase(
			doc([
				'In physics, a Velm is a region of space.',
				'A velm is uniform.',
				'Each velm has a boundary.',
				'Two velm regions meet.'
			]),
			[]
		);
		expect(lead.text).toBe('In physics, a velm is a region of space.');
	});

	it('keeps a name capitalised inside a sentence', () => {
		const sentences = doc([
			'He joined the Bank of Ostra.',
			'Velm wrote On the Making of Bells in 1610.',
			'He sat on it.',
			'It rests on the bank.',
			'She lay on a bank.',
			'He was a Federal Bureau of Inquiry agent.',
			'An inquiry began.',
			'The inquiry ended.',
			'A second inquiry failed.',
			'A bank lends.',
			'The bank grew.',
			'Every bank failed.'
		]);
		expect(inDocumentCase(sentences, [])).toEqual(sentences);
	});
});

describe('addressesReader (gen28: a long handout speaks to its class)', () => {
	const card = (answer: string) =>
		({
			question: { type: 'flashcard', prompt: 'What is the first velm?', answer }
		}) as unknown as Candidate;
	it('refuses a key that speaks to the reader, not a key that names a thing', () => {
		expect(addressesReader(card('The first time you meet a velm, your cells react slowly'))).toBe(
			true
		);
		expect(addressesReader(card('A cell that engulfs young velms'))).toBe(false);
	});
	it('refuses a statement that speaks to the reader (gen30), not one that names no reader', () => {
		const statement = (prompt: string) =>
			({ question: { type: 'truefalse', prompt, answer: false } }) as unknown as Candidate;
		expect(
			addressesReader(statement('What matters for you is that in 1861 Velmor taxed the river.'))
		).toBe(true);
		expect(addressesReader(statement('In 1861 Velmor taxed the river towns.'))).toBe(false);
	});
});
