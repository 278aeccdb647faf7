import { describe, expect, it } from 'vitest';
import { entryNoTerm } from './entry-no-term';
import type { Sentence } from './text';

const line = (text: string, section = 'Velm parts'): Sentence => ({
	doc: 'd',
	index: 0,
	section,
	text
});
const none = {};
const bold = { emphasis: new Set(['lumins', 'velm wheel', 'pods']) };

describe('entryNoTerm: a list line that is no term and its meaning (blind review H30)', () => {
	it('reads the lines under a heading of reasons as answers, not terms', () => {
		for (const heading of [
			'Why was velm racing so popular?',
			'Reasons for the velm trade',
			'Advantages',
			'The main causes of the Velm War',
			'Benefits of velm mills'
		])
			expect(
				entryNoTerm('Cheap', 'A penny to enter', line('Cheap – a penny to enter.', heading), none),
				heading
			).toBe('reasons');
	});

	it('reads "; also …" as one role of several', () => {
		expect(
			entryNoTerm(
				'Shell',
				'A hard barrier',
				line('Shell – a hard barrier; also makes a sticky coat.'),
				none
			)
		).toBe('also');
		// A second name or sense after "also" leaves the first part the term's meaning.
		for (const text of [
			'Velm – the states that stayed loyal; also called "the North".',
			'Lumen – a priest who passed on messages; also the place where this happened.'
		])
			expect(
				entryNoTerm('Velm', 'The states', line(text, 'Key words'), none),
				text
			).toBeUndefined();
	});

	it('keeps a noun defined by its class under a heading of reasons', () => {
		const why = (text: string) => line(text, 'Why velm stores fail');
		expect(
			entryNoTerm(
				'Mould',
				'A grey fungus that grows on wet velm',
				why('Mould – a grey fungus.'),
				none
			)
		).toBeUndefined();
		expect(
			entryNoTerm(
				'social event',
				'A place to be seen',
				why('A social event – a place to be seen.'),
				none
			)
		).toBe('reasons');
		expect(
			entryNoTerm('Neglect', 'Nobody checks the jars', why('Neglect – nobody checks.'), none)
		).toBe('reasons');
	});

	it('reads an "-ing" term whose bold object the gloss defines as no term', () => {
		const entry = line('Making lumins – proteins that fit the velm pods.');
		expect(entryNoTerm('Making lumins', 'Proteins that fit the velm pods', entry, bold)).toBe(
			'process'
		);
		// A process glossed as a process, an unbolded document, a term bold whole: terms.
		expect(
			entryNoTerm('Making lumins', 'The process of joining velm pods', entry, bold)
		).toBeUndefined();
		expect(entryNoTerm('Making lumins', 'Proteins that fit pods', entry, none)).toBeUndefined();
		expect(
			entryNoTerm('Turning velm wheel', 'A wheel', line('Turning velm wheel – a wheel.'), {
				emphasis: new Set(['turning velm wheel', 'velm wheel'])
			})
		).toBeUndefined();
	});

	it('reads a position with nothing it is relative to as pointing into the text', () => {
		expect(entryNoTerm('Ostrand', 'A rocky peak to the east', line('x'), none)).toBe('place');
		expect(entryNoTerm('The Lum', 'The one star at the centre', line('x'), none)).toBe('place');
		expect(
			entryNoTerm('Ostrand', 'A rocky peak to the east of the velm plateau', line('x'), none)
		).toBeUndefined();
	});

	it('leaves a plain glossary line a term', () => {
		for (const [term, key, section] of [
			['Velmase', 'An enzyme that breaks down lumate', 'Key terms'],
			['Malleable', 'Can be hammered into shape', 'Properties of velm'],
			['Chemical velming', 'The breakdown of rock by velm', 'Glossary']
		])
			expect(
				entryNoTerm(term, key, line(`${term} – ${key}.`, section), bold),
				term
			).toBeUndefined();
	});
});
