// `npx tsx scripts/fact-coverage.ts`: lists the fact groups of questions/bank.json asked in
// only one question type (by document, type and prompt), so an editor can give each a
// sibling of another type or a reason to stand alone. Exits 0; the bank test enforces the rule.
import { readFileSync } from 'node:fs';
import type { Bank, Question } from '../src/lib/content/schema';

const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;
const groups = new Map<string, Question[]>();
for (const q of bank.questions) groups.set(q.fact, [...(groups.get(q.fact) ?? []), q]);

const byType: Record<string, number> = {};
for (const q of bank.questions) byType[q.type] = (byType[q.type] ?? 0) + 1;
const single = [...groups].filter(([, qs]) => new Set(qs.map((q) => q.type)).size < 2);

console.log(`questions ${bank.questions.length}: ${JSON.stringify(byType)}`);
console.log(`fact groups ${groups.size}, asked in one type only ${single.length}`);
for (const [fact, questions] of single)
	for (const q of questions)
		console.log(`${q.source.doc}\t${q.type}\t${fact}\t${q.id}\t${q.prompt} → ${q.answer}`);
