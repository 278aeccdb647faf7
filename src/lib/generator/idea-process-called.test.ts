import { describe, expect, it } from 'vitest';
import { processCalledIdeas } from './idea-process-called';
import { madeUpArticle } from './ideas.test-helpers';

const cards = (blocks: string[]) =>
	processCalledIdeas(madeUpArticle('Velm cells', blocks).article).map((i) => [i.prompt, i.answer]);

describe('processCalledIdeas: "…, a process called X." in a handout (gen35)', () => {
	it('asks the process, the clause before it the key', () => {
		expect(
			cards([
				'This handout explains velm cells. You will need it for the test.',
				'In a velm organism, cells become specialised to carry out particular jobs, a process called lumination.',
				'Farmers have also moved from the velm fields to towns, a process known as velmisation.'
			])
		).toEqual([
			[
				'What is lumination?',
				'In a velm organism, cells become specialised to carry out particular jobs'
			],
			['What is velmisation?', 'Farmers have moved from the velm fields to towns']
		]);
	});

	it('asks no clause that points back, no relative clause’s process, no short clause', () => {
		expect(
			cards([
				'This handout explains velm cells. You will need it for the test.',
				'This slowly reacts with rocks at the surface, a process called lumination.',
				'Ribosomes are tiny structures where proteins are made, in a process called velm synthesis.',
				'Cells divide, a process called velmisation.'
			])
		).toEqual([]);
	});
});
