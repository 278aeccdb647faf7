// `npm run questions`: regenerates questions/bank.json from the sources, the hand-written
// questions and the editorial decisions. Deterministic: the same inputs give the same file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBank } from '../src/lib/content/schema';
import { buildBank, parseKnowledge } from '../src/lib/generator';
import { figuresOf } from '../src/lib/generator/figures';
import { fingerprint, parseReview } from '../src/lib/generator/review';
import { readSources } from './read-sources';

const DIR = 'questions';
const args = new Set(process.argv.slice(2));

const sources = readSources(join(DIR, 'sources'));
const writtenPath = join(DIR, 'written.json');
const reviewPath = join(DIR, 'review.json');
const written = existsSync(writtenPath) ? JSON.parse(readFileSync(writtenPath, 'utf8')) : undefined;
const review = existsSync(reviewPath)
	? parseReview(JSON.parse(readFileSync(reviewPath, 'utf8')))
	: { version: 1 as const, decisions: {} };

const correctionsPath = join(DIR, 'corrections.json');
const corrections = existsSync(correctionsPath)
	? JSON.parse(readFileSync(correctionsPath, 'utf8'))
	: undefined;

const knowledge = parseKnowledge(JSON.parse(readFileSync(join(DIR, 'knowledge.json'), 'utf8')));
const result = buildBank(sources, written, review, corrections, knowledge);
const parsed = parseBank(result.bank);
if (!parsed.ok) {
	console.error(`the bank does not validate: ${parsed.error}`);
	process.exit(1);
}

// `--dump` writes every question that passed the automatic checks (reviewed or not) to
// tmp/questions-dump.json, for an editor to read before recording decisions in review.json.
if (args.has('--dump')) {
	mkdirSync('tmp', { recursive: true });
	const all = result.generated.candidates.map((c) => ({
		...c.question,
		decision: review.decisions[c.question.id]?.decision ?? 'pending',
		stale:
			review.decisions[c.question.id]?.checked !== undefined &&
			review.decisions[c.question.id]?.checked !== fingerprint(c.question),
		fingerprint: fingerprint(c.question)
	}));
	writeFileSync(join('tmp', 'questions-dump.json'), `${JSON.stringify(all, null, '\t')}\n`);
}

writeFileSync(join(DIR, 'bank.json'), `${JSON.stringify(result.bank, null, '\t')}\n`);

const { report } = result.generated;
const line = (label: string, value: unknown) => console.log(`${label.padEnd(28)} ${value}`);
line('sentences', report.sentences);
line('facts', report.facts);
line('generated candidates', report.generated);
for (const [reason, count] of Object.entries(report.rejectedBy))
	line(`  auto-rejected: ${reason}`, count);
line('passed automatic checks', report.kept);
line('hand-written (valid)', result.written.count);
for (const error of result.written.errors) console.warn(`  written.json: ${error}`);
line('review: accepted', result.review.accepted);
line('review: edited', result.review.edited);
line('review: rejected', result.review.rejected);
line('pending review (not shipped)', result.review.pending.length);
line('changed since review (held)', result.review.stale.length);
for (const q of result.review.stale) console.warn(`  changed since it was read: ${q.id}`);
if (result.review.orphans.length) line('decisions for vanished ids', result.review.orphans.length);
for (const error of result.review.errors) console.warn(`  review.json: ${error}`);
line('dropped: known source error', result.corrections.dropped.length);
for (const { question } of result.corrections.dropped) console.log(`  ${question.id}`);
line('annotated: source error', result.corrections.annotated);
line('shipped', result.bank.questions.length);
for (const [type, count] of Object.entries(result.shippedBy.type)) line(`  type ${type}`, count);
for (const [doc, count] of Object.entries(result.shippedBy.doc)) line(`  doc ${doc}`, count);
if (result.review.errors.length) process.exitCode = 1;

// The mechanical figures of issue 9, over the generated questions shipped and the whole bank.
for (const [label, only] of [
	['generated', (q: { origin: string }) => q.origin === 'generated'],
	['whole bank', () => true]
] as const) {
	const f = figuresOf(result.bank, only);
	console.log(`figures (${label}):`);
	line('  true/false keyed true', `${f.truefalse.true} of ${f.truefalse.count}`);
	line('  best true/false cue', `${(f.bestCue.share * 100).toFixed(1)}% (${f.bestCue.name})`);
	line('  title/acronym by blank', f.titlesBesideBlank);
	line('  choices after article', f.choicesAfterArticle);
	line('  identical prompts', f.identicalPrompts);
	line('  undated time words', f.undatedTime);
	line('  prompts into article', f.pointingPrompts);
}
