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

const { values } = parseArgs({
	options: {
		seed: { type: 'string', default: '20261130' },
		n: { type: 'string', default: '60' },
		out: { type: 'string' },
		bank: { type: 'string', default: 'questions/bank.json' }
	}
});
if (!values.out) throw new Error('--out <dir> is required');

/** mulberry32: a small, well-known 32-bit PRNG; the same seed draws the same sample anywhere. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const raw = readFileSync(values.bank, 'utf8');
const parsed = parseBank(JSON.parse(raw));
if (!parsed.ok) throw new Error(parsed.error);
const bank = parsed.value;
const seed = Number(values.seed);
const n = Math.min(Number(values.n), bank.questions.length);

// Partial Fisher–Yates over the questions sorted by id, so bank order does not matter.
const pool = [...bank.questions].sort((a, b) => (a.id < b.id ? -1 : 1));
const random = mulberry32(seed);
for (let i = 0; i < n; i++) {
	const j = i + Math.floor(random() * (pool.length - i));
	[pool[i], pool[j]] = [pool[j], pool[i]];
}
const sample = pool.slice(0, n);
const docs = new Map(bank.documents.map((d) => [d.id, d]));

function render(q: Question, index: number): string {
	const doc = docs.get(q.source.doc)!;
	const lines = [`## S${String(index + 1).padStart(2, '0')} (${typeLabel(q.type)})`, ''];
	lines.push(`**Prompt:** ${q.prompt}`, '');
	if (q.choices) lines.push('**Choices:**', ...q.choices.map((c) => `- ${c}`), '');
	lines.push(`**Key:** ${q.answer}`);
	if (q.accept?.length) lines.push(`**Also accepted:** ${q.accept.join(' · ')}`);
	lines.push('', `**Explanation shown after answering:** ${q.explanation}`, '');
	lines.push(
		`**Cited source:** ${doc.title} (${doc.outlet}, ${doc.date}) — file \`questions/sources/${doc.id}.md\``
	);
	lines.push(`**Cited sentence:** ${q.source.quote}`, '');
	return lines.join('\n');
}

function typeLabel(type: Question['type']): string {
	return {
		mcq: 'multiple choice',
		truefalse: 'true or false',
		cloze: 'fill the blank (typed)',
		short: 'short answer (typed)',
		flashcard: 'flashcard (self-graded)'
	}[type];
}

const out = values.out;
mkdirSync(out, { recursive: true });
const header = [
	'# Blind review sample',
	'',
	`${n} questions drawn at random (seed ${seed}) from the ${bank.questions.length} shipped questions.`,
	'Judge each against ../shared/review-rubric.md using only the articles in questions/sources/.',
	'',
	// What the student is told in the README: a reviewer judging "one defensible answer" for a
	// typed question needs the same rules (blind review B2 failed accented names it accepts).
	'How typed answers are marked (as the app tells students): case, accents, punctuation and a',
	'leading “the” or preposition are ignored; one typo is forgiven in a longer word (never in a',
	'number); numbers, amounts, percentages and dates count by value however written (“18.2.2008”,',
	'“Feb 18, 2008” and “18 February 2008” are one date; “90 percent” is “90%”); the key and every',
	'“Also accepted” form count; anything else is marked wrong, and the student may press',
	'“I was right” to count it as right.',
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
				n: `S${String(i + 1).padStart(2, '0')}`,
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
