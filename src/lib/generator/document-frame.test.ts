import { describe, expect, it } from 'vitest';
import { documentFrame, sourceSays } from './document-frame';
import type { ArticleView } from './ideas';

const view = (title: string, short: string) =>
	({
		title,
		doc: { id: 'd', short, title, year: '2026', asOf: '', years: new Set() }
	}) as unknown as ArticleView;

describe('documentFrame: how a question names its document (gen71)', () => {
	it('names a declared kind of document, a title that says notes, else the handout', () => {
		expect(documentFrame(view('Velm cells', 'revision notes'))).toBe(
			'In the revision notes “Velm cells”'
		);
		expect(documentFrame(view('Velm Revision Notes', 'the text'))).toBe('In “Velm Revision Notes”');
		expect(documentFrame(view('Velm cells', 'the text'))).toBe('In the handout “Velm cells”');
		expect(documentFrame(view('Velm cells', 'Ostra Weekly'))).toBe('In the handout “Velm cells”');
		expect(documentFrame(view('', 'the text'))).toBe('');
	});

	it('names a notes title’s topic alone (gen84)', () => {
		expect(documentFrame(view('Velm revision – Pods and stalks', 'the text'))).toBe(
			'In the revision notes “Pods and stalks”'
		);
		expect(documentFrame(view('Velm Revision: Pods', 'revision notes'))).toBe(
			'In the revision notes “Pods”'
		);
		expect(documentFrame(view('Pods: stalks and seeds', 'the text'))).toBe(
			'In the handout “Pods: stalks and seeds”'
		);
		expect(documentFrame(view('SCIENCE – PODS AND STALKS (my notes)', 'the text'))).toBe(
			'In the revision notes “Pods and stalks”'
		);
		expect(documentFrame(view('Science – Pods of Velm', 'the text'))).toBe(
			'In the handout “Science – Pods of Velm”'
		);
		expect(documentFrame(view('Science – Pods of Velm', 'revision notes'))).toBe(
			'In the revision notes “Pods of Velm”'
		);
	});
});

describe('sourceSays: what an explanation says its source says (gen71)', () => {
	it('gives a kind of document its article and a plural its verb, a name as written', () => {
		expect(sourceSays('revision notes')).toBe('The revision notes say');
		expect(sourceSays('worksheet')).toBe('The worksheet says');
		expect(sourceSays('the text')).toBe('The text says');
		expect(sourceSays('Ostra Weekly')).toBe('Ostra Weekly says');
	});
});
