// `npm run review:unseen -- --drafts tmp/unseen/test.json --seed 20261201 --out questions/unseen/review-2026-12-01`
// A BLIND review sample of the generator's drafts of unseen articles (issue 12's check), in the
// layout of the bank's samples (`review-render.ts`): every draft, or a seeded random `--n` (80)
// when there are more. Reads the JSON `npm run generate:file` writes. Writes into `--out`:
// - `sample.md`: what the reviewer reads (S01…, nothing about how a draft was made);
// - `key.json`: the seed, the drafts file's SHA-256, and S01… → draft id, type, origin, article;
// - `drafts.json`: the drafts sampled from, so anyone can draw the same sample again.
// The reviewer writes `verdicts.json`; `npm run review:score -- <dir>` scores it as for the bank.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { QuestionSchema, type Question, type SourceDocument } from '../src/lib/content/schema';
import { drawSample, renderQuestion, sampleNumber, TYPED_ANSWERS_NOTE } from './review-render';

const { values } = parseArgs({
	options: {
		drafts: { type: 'string' },
		seed: { type: 'string', default: '20261201' },
		n: { type: 'string', default: '80' },
		out: { type: 'string' }
	}
});
if (!values.drafts || !values.out)
	throw new Error('--drafts <file.json> and --out <dir> are required');

/** What `scripts/generate-file.ts` writes: one entry per article file, with its drafts. */
const DraftsSchema = v.object({
	version: v.literal(1),
	files: v.array(
		v.object({ file: v.string(), title: v.string(), questions: v.array(QuestionSchema) })
	)
});

const raw = readFileSync(values.drafts, 'utf8');
const parsed = v.safeParse(DraftsSchema, JSON.parse(raw));
if (!parsed.success) throw new Error(`${values.drafts}: ${parsed.issues[0].message}`);
const { files } = parsed.output;

// Draft ids are per run (`d-1`… per document), so a draft is keyed by its file as well.
const fileOf = new Map<Question, string>();
const all: Question[] = [];
for (const f of files)
	for (const q of f.questions) {
		const keyed = { ...q, id: `${basename(f.file, '.md')}:${q.id}` };
		fileOf.set(keyed, f.file);
		all.push(keyed);
	}

/** Title, outlet and date from the article's own front matter, as the reviewer sees the file. */
function documentOf(file: string): SourceDocument {
	const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
	const field = (key: string) => new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(front)?.[1]?.trim();
	return {
		id: basename(file, '.md'),
		title: field('title') ?? basename(file),
		outlet: field('outlet') ?? '',
		date: field('date') ?? '',
		dateApproximate: false
	};
}

const seed = Number(values.seed);
const sample = drawSample(all, Number(values.n), seed);
const out = values.out;
mkdirSync(out, { recursive: true });
const header = [
	'# Blind review sample: drafts of articles the generator had never seen',
	'',
	`${sample.length} draft questions drawn at random (seed ${seed}) from the ${all.length} drafts the`,
	`generator made, with no editing, from ${files.length} articles. Judge each against`,
	'../shared/review-rubric.md using only the article file each question cites (in',
	'questions/unseen/articles/). Issue 12 asks that at least 70% be acceptable.',
	'',
	...TYPED_ANSWERS_NOTE,
	''
].join('\n');
const body = sample.map((q, i) => {
	const file = fileOf.get(q)!;
	return renderQuestion(q, i, documentOf(file), file);
});
writeFileSync(join(out, 'sample.md'), `${header}\n${body.join('\n')}`);
writeFileSync(join(out, 'drafts.json'), raw);
writeFileSync(
	join(out, 'key.json'),
	`${JSON.stringify(
		{
			seed,
			n: sample.length,
			draftsSha256: createHash('sha256').update(raw).digest('hex'),
			drafts: all.length,
			articles: files.map((f) => ({ file: f.file, drafts: f.questions.length })),
			sample: sample.map((q, i) => ({
				n: sampleNumber(i),
				id: q.id,
				type: q.type,
				origin: q.origin,
				file: fileOf.get(q)
			}))
		},
		null,
		'\t'
	)}\n`
);
console.log(`wrote ${sample.length} of ${all.length} drafts to ${join(out, 'sample.md')}`);
