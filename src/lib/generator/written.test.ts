import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/read-sources';
import { buildBank, validateWritten } from './index';

const sources = readSources();
const quote = 'In 2019, Serbia and Turkey signed a defence cooperation agreement.';
const good = {
	id: 'w-test-defence-2019',
	type: 'short',
	prompt: 'In which year did Serbia and Turkey sign a defence cooperation agreement?',
	answer: '2019',
	explanation: 'The agreement followed the political rapprochement after 2016.',
	source: { doc: 'drone-sales-friendship', quote },
	fact: 'defence-agreement-2019',
	topics: ['defence cooperation'],
	difficulty: 2,
	origin: 'written'
};

describe('hand-written questions', { timeout: 60_000 }, () => {
	it('accepts a valid entry and merges it into the bank', () => {
		expect(validateWritten([good], sources)).toEqual({ questions: [good], errors: [] });
		const bank = buildBank(sources, [good], { version: 1, decisions: {} }).bank;
		expect(bank.questions.map((q) => q.id)).toContain(good.id);
	});

	it('leaves out entries with a misquoted source, a bad id or a broken shape, and says why', () => {
		const { questions, errors } = validateWritten(
			[
				{
					...good,
					id: 'w-misquote',
					source: { doc: good.source.doc, quote: 'Serbia and Turkey signed a pact.' }
				},
				{ ...good, id: 'no-prefix' },
				{ ...good, id: 'w-unknown-doc', source: { doc: 'no-such-doc', quote } },
				{ ...good, id: 'w-no-answer', answer: '' }
			],
			sources
		);
		expect(questions).toEqual([]);
		expect(errors).toHaveLength(4);
		expect(errors[0]).toMatch(/not an exact passage/);
	});

	it('lets the editors reject a written question in review.json', () => {
		const bank = buildBank(sources, [good], {
			version: 1,
			decisions: { [good.id]: { decision: 'reject', reason: 'duplicate' } }
		}).bank;
		expect(bank.questions.map((q) => q.id)).not.toContain(good.id);
	});
});
