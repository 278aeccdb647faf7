import { describe, expect, it } from 'vitest';
import { processGloss, processGlossIdeas } from './idea-process-gloss';
import { madeUpArticle } from './ideas.test-helpers';

describe('processGloss: a process glossed by a whole clause (gen80)', () => {
	it('reads a clause with its subject and a present or passive verb', () => {
		expect(processGloss('Scouration – loose grit carried by the wind scrapes the rock.')).toEqual({
			term: 'scouration',
			clause: 'loose grit carried by the wind scrapes the rock'
		});
		expect(processGloss('Drifting – small seeds are blown along the ground.')).toBeUndefined();
		expect(processGloss('Velm motion – small seeds are blown along the ground.')).toEqual({
			term: 'velm motion',
			clause: 'small seeds are blown along the ground'
		});
	});

	it('refuses a noun phrase, a reason, a relative verb and a term that is no process', () => {
		for (const line of [
			'Scouration – loose grit blown along the ground by the wind.',
			'Urbanisation – tarmac and stone are impermeable, so water runs off.',
			'Radiation – energy that travels as waves through space.',
			'Deforestation – fewer trees to take up water from the soil.',
			'Duststorm – loose grit carried by the wind scrapes the rock.',
			'Scouration – a process in which grit scrapes the rock.',
			'Scouration – grit scours the rock.'
		])
			expect(processGloss(line), line).toBeUndefined();
	});

	it('asks each gloss of a list, none of a term glossed twice, none alone', () => {
		const ideas = (blocks: string[]) =>
			processGlossIdeas(madeUpArticle('Velm deserts', blocks).article).map((i) => [
				i.prompt,
				i.answer
			]);
		const intro = 'These notes cover how wind shapes velm deserts. Learn them for the test.';
		expect(
			ideas([
				intro,
				'# Wind processes',
				'Scouration – loose grit carried by the wind scrapes the rock.',
				'Deflation – strong winds lift loose sand from the desert floor.',
				'Suspension – fine dust is carried high in the air.',
				'# Water processes',
				'Suspension – tiny grains are held up in flowing water.'
			])
		).toEqual([
			['What is scouration?', 'Loose grit carried by the wind scrapes the rock'],
			['What is deflation?', 'Strong winds lift loose sand from the desert floor']
		]);
		expect(
			ideas([intro, '# Wind', 'Deflation – strong winds lift loose sand from the floor.'])
		).toEqual([]);
	});
});
