// `npx tsx scripts/kind-precision.ts [--out tmp/kp] [--reuse] [--list <kind>] [--before <out dir>]
// [review dir …]` (dev only)
// Precision by kind of draft over the blind reviews at once (gen42, issue 12): runs the CURRENT
// generator (`npm run generate:file`) on each review's articles as one corpus, as the review did,
// matches each current draft to a judged one of the same article (`review-kinds.ts`: same type,
// prompt and key as text; else the same cited sentence with its numbers masked), and prints per
// kind how many drafts were judged and how each reviewer took them, how many of those the
// generator still makes, and how many it makes now. NOT blind: it reads past verdicts only.
// Without dirs: every review from H1 (2027-01-03) on.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import {
	DraftsFile,
	exactKey,
	judgedDrafts,
	kindOf,
	looseKey,
	reviewArticles,
	type Draft,
	type Judged
} from './review-kinds';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		out: { type: 'string', default: 'tmp/kind-precision' },
		reuse: { type: 'boolean', default: false },
		list: { type: 'string' },
		before: { type: 'string' }
	}
});
const UNSEEN = 'questions/unseen';
const dirs = positionals.length
	? positionals
	: readdirSync(UNSEEN)
			.filter((d) => /^review-\d{4}-\d\d-\d\d$/.test(d) && d >= 'review-2027-01-03')
			.map((d) => join(UNSEEN, d));

/** The drafts of one review's regenerated corpus (`generate:file`'s output). */
const draftsIn = (path: string) =>
	v
		.parse(DraftsFile, JSON.parse(readFileSync(path, 'utf8')))
		.files.flatMap((f) => f.questions.map((draft) => ({ article: basename(f.file), draft })));

interface Now {
	article: string;
	draft: Draft;
	judged?: Judged;
}
const judged: Judged[] = [];
const now: Now[] = [];
const articles: string[] = [];
mkdirSync(values.out!, { recursive: true });
for (const dir of dirs) {
	const files = reviewArticles(dir);
	const out = join(values.out!, `${basename(dir)}.json`);
	if (!values.reuse || !existsSync(out))
		execFileSync('npm', ['run', '-s', 'generate:file', '--', '--out', out, ...files], {
			stdio: ['ignore', 'ignore', 'inherit']
		});
	const mine = judgedDrafts(dir);
	judged.push(...mine);
	const exact = new Map(mine.map((j) => [exactKey(j.article, j.draft), j]));
	const loose = new Map(mine.map((j) => [looseKey(j.article, j.draft), j]));
	const generated = v.parse(DraftsFile, JSON.parse(readFileSync(out, 'utf8')));
	for (const f of generated.files) {
		const article = basename(f.file);
		articles.push(article);
		for (const draft of f.questions)
			now.push({
				article,
				draft,
				judged: exact.get(exactKey(article, draft)) ?? loose.get(looseKey(article, draft))
			});
	}
	// `--before <dir>`: the drafts a change removed or added, against that run's output of the
	// same review, each with the verdicts its judged twin had (a rule's precision on every review).
	const earlier = values.before && join(values.before, `${basename(dir)}.json`);
	if (earlier && existsSync(earlier)) {
		const was = draftsIn(earlier);
		const is = draftsIn(out);
		const key = (d: { article: string; draft: Draft }) => exactKey(d.article, d.draft);
		const isKeys = new Set(is.map(key));
		const wasKeys = new Set(was.map(key));
		const show = (sign: string, d: { article: string; draft: Draft }) => {
			const j = exact.get(key(d)) ?? loose.get(looseKey(d.article, d.draft));
			const verdict = j ? `${j.a ? '+' : '-'}${j.b === undefined ? ' ' : j.b ? '+' : '-'}` : '  ';
			console.log(`${sign} ${verdict} ${d.article}: ${d.draft.prompt} → ${d.draft.answer}`);
		};
		console.log(`\n# ${basename(dir)}: ${was.length} → ${is.length} drafts`);
		for (const d of was) if (!isKeys.has(key(d))) show('removed', d);
		for (const d of is) if (!wasKeys.has(key(d))) show('added  ', d);
	}
}

const pct = (ok: number, n: number) => (n ? `${ok}/${n} ${Math.round((100 * ok) / n)}%` : '–');
const accept = (group: Judged[]) => {
	const withB = group.filter((j) => j.b !== undefined);
	return [
		pct(group.filter((j) => j.a).length, group.length),
		pct(withB.filter((j) => j.b).length, withB.length)
	];
};
const handout = (article: string) => /^h\d/.test(article);
const matchedNow = new Set(now.map((n) => n.judged).filter((j): j is Judged => !!j));

const table = (label: string, keep: (article: string) => boolean) => {
	const js = judged.filter((j) => keep(j.article));
	const ns = now.filter((n) => keep(n.article));
	const kinds = [
		...new Set([...js.map((j) => kindOf(j.draft)), ...ns.map((n) => kindOf(n.draft))])
	];
	console.log(`\n## ${label}`);
	console.log(
		'kind'.padEnd(34) +
			'judged'.padStart(7) +
			'  A all'.padEnd(13) +
			'  B all'.padEnd(13) +
			'still'.padStart(6) +
			'  A still'.padEnd(14) +
			'  B still'.padEnd(14) +
			'now'.padStart(5)
	);
	const row = (kind: string, jk: Judged[], nk: Now[]) => {
		const still = jk.filter((j) => matchedNow.has(j));
		const [aAll, bAll] = accept(jk);
		const [aStill, bStill] = accept(still);
		console.log(
			kind.padEnd(34) +
				String(jk.length).padStart(7) +
				`  ${aAll}`.padEnd(13) +
				`  ${bAll}`.padEnd(13) +
				String(still.length).padStart(6) +
				`  ${aStill}`.padEnd(14) +
				`  ${bStill}`.padEnd(14) +
				String(nk.length).padStart(5)
		);
	};
	for (const kind of kinds.sort())
		row(
			kind,
			js.filter((j) => kindOf(j.draft) === kind),
			ns.filter((n) => kindOf(n.draft) === kind)
		);
	row('ALL', js, ns);
	const docs = articles.filter(keep);
	const withDraft = new Set(ns.map((n) => n.article));
	console.log(
		`${docs.length} articles, ${ns.length} drafts now (${(ns.length / docs.length).toFixed(2)} per article), ${docs.filter((d) => !withDraft.has(d)).length} with none; ${ns.filter((n) => n.judged).length} drafts match a judged one`
	);
};
console.log(`reviews: ${dirs.map((d) => basename(d)).join(', ')}`);
table('handouts', handout);
table('random articles', (a) => !handout(a));
table('all', () => true);

// `--list <kind>`: every judged draft of one kind, with both verdicts, for reading the failures.
if (values.list)
	for (const j of judged.filter((j) => kindOf(j.draft) === values.list))
		console.log(
			`${j.a ? '+' : '-'}${j.b === undefined ? ' ' : j.b ? '+' : '-'} ${matchedNow.has(j) ? 'still' : 'gone '} ${j.review} ${j.article}: ${j.draft.prompt} → ${j.draft.answer}\n      ${j.reasons.join(' | ').slice(0, 300)}`
		);
