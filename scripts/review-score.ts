// `npm run review:score -- questions/reviews/<dir>`: joins a blind reviewer's verdicts with the
// sample's key and prints the acceptable share with a 95% Wilson interval, overall, by origin
// and by type, and failures by criterion (../shared/review-rubric.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { CRITERIA, Key, Verdicts } from './review-kinds';
import { wilson } from './wilson';

const dir = process.argv[2];
if (!dir) throw new Error('usage: review-score <dir with key.json and verdicts.json>');
const key = v.parse(Key, JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')));
const { verdicts } = v.parse(
	Verdicts,
	JSON.parse(readFileSync(join(dir, 'verdicts.json'), 'utf8'))
);
const byN = new Map(key.sample.map((s) => [s.n, s]));
const rows = verdicts.map((verdict) => {
	const entry = byN.get(verdict.n);
	if (!entry) throw new Error(`verdict for ${verdict.n}, which is not in the sample`);
	const record = verdict as unknown as Record<string, boolean>;
	return {
		...entry,
		ok: CRITERIA.every((c) => record[c]),
		verdict: record,
		reason: verdict.reason
	};
});
if (rows.length !== key.sample.length)
	throw new Error(`${rows.length} verdicts for ${key.sample.length} sampled questions`);

const line = (label: string, group: typeof rows) => {
	const ok = group.filter((r) => r.ok).length;
	const [lo, hi] = wilson(ok, group.length);
	console.log(
		`${label}: ${ok}/${group.length} acceptable (${((100 * ok) / group.length).toFixed(1)}%, 95% Wilson ${(100 * lo).toFixed(1)}–${(100 * hi).toFixed(1)}%)`
	);
};
console.log(`seed ${key.seed}`);
line('all', rows);
for (const origin of new Set(rows.map((r) => r.origin)))
	line(
		`origin ${origin}`,
		rows.filter((r) => r.origin === origin)
	);
for (const type of new Set(rows.map((r) => r.type)))
	line(
		`type ${type}`,
		rows.filter((r) => r.type === type)
	);
for (const c of CRITERIA) console.log(`failed ${c}: ${rows.filter((r) => !r.verdict[c]).length}`);
for (const r of rows.filter((r) => !r.ok)) console.log(`- ${r.n} ${r.id}: ${r.reason ?? ''}`);
