// `npm run review:sample -- --seed 20261130 --n 60 --out questions/reviews/2026-11-30`
// Draws a seeded random sample of shipped questions for a BLIND review (../shared/review-rubric.md).
// Writes two files:
// - `sample.md`: what the reviewer reads. Questions are numbered S01…; nothing says how a question
//   was made (no id, no origin, no fact key), so the reviewer cannot tell generated from written.
// - `key.json`: the seed, the bank's hash, and number → question id and origin, for scoring only.
// The reviewer writes `verdicts.json`; `npm run review:score -- <dir>` joins it with the key.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBank, type Question } from '../src/lib/content/schema';
import { drawSample, renderQuestion, sampleNumber, TYPED_ANSWERS_NOTE } from './review-render';

const { values } = parseArgs({
	options: {
		seed: { type: 'string', default: '20261130' },
		n: { type: 'string', default: '60' },
		out: { type: 'string' },
		bank: { type: 'string', default: 'questions/bank.json' }
	}
});
if (!values.out) throw new Error('--out <dir> is required');

const raw = readFileSync(values.bank, 'utf8');
const parsed = parseBank(JSON.parse(raw));
if (!parsed.ok) throw new Error(parsed.error);
const bank = parsed.value;
const seed = Number(values.seed);
const n = Math.min(Number(values.n), bank.questions.length);

const sample = drawSample(bank.questions, n, seed);
const docs = new Map(bank.documents.map((d) => [d.id, d]));

function render(q: Question, index: number): string {
	const doc = docs.get(q.source.doc)!;
	return renderQuestion(q, index, doc, `questions/sources/${doc.id}.md`);
}

const out = values.out;
mkdirSync(out, { recursive: true });
const header = [
	'# Blind review sample',
	'',
	`${n} questions drawn at random (seed ${seed}) from the ${bank.questions.length} shipped questions.`,
	'Judge each against ../shared/review-rubric.md using only the articles in questions/sources/.',
	'',
	...TYPED_ANSWERS_NOTE,
	''
].join('\n');
writeFileSync(join(out, 'sample.md'), header + '\n' + sample.map(render).join('\n'));
writeFileSync(
	join(out, 'key.json'),
	JSON.stringify(
		{
			seed,
			n,
			bankSha256: createHash('sha256').update(raw).digest('hex'),
			bankSize: bank.questions.length,
			sample: sample.map((q, i) => ({
				n: sampleNumber(i),
				id: q.id,
				type: q.type,
				origin: q.origin
			}))
		},
		null,
		'\t'
	) + '\n'
);
console.log(
	`wrote ${n} questions to ${join(out, 'sample.md')} and the key to ${join(out, 'key.json')}`
);
