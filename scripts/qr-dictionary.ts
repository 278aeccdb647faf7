// `npx tsx scripts/qr-dictionary.ts <drafts.json> <handouts.txt> > src/lib/quiz/qr-dictionary-4.ts`
// How format 4's preset dictionary (`QR_DICTIONARY_4`) was made, 2026-12-05 (teach50): from 150
// class handouts (every 4th of questions/unseen/articles/h36-* … h55-*, listed one a line in
// `handouts.txt`) and the questions the generator drafts from them (`npm run -s generate:file --
// --out drafts.json $(cat handouts.txt)`: 406 drafts). Three parts, the most useful last (nearest
// the text, where a back-reference's distance costs fewest bits):
// 1. the handouts' words of 4+ letters found in 2+ of them, by documents × (length − 2), 8 KB;
// 2. format 3's common English words (`QR_COMMON_WORDS`, the start of `QR_DICTIONARY`);
// 3. the drafts' word runs (1–6 words) found in 3+ handouts' drafts, by handouts × (length − 3)
//    ("In the class handout “", "what is meant by the term “"), then a payload's JSON with
//    lean rows (`LeanRow`).
// Deterministic for the same inputs. Not run by the app: its output is frozen once shipped.
import { readFileSync } from 'node:fs';
import { QR_COMMON_WORDS } from '../src/lib/quiz/qr-common-words';

const [draftsFile, listFile] = process.argv.slice(2);
const handouts = readFileSync(listFile, 'utf8').trim().split('\n');

/**
 * The strings `runs` finds in `minDocs` or more of `docs`, ranked by documents × (length − `cost`),
 * taken best first while their total stays within `budget` characters (one inside another taken
 * is skipped), returned worst first.
 */
const byDocuments = (
	docs: string[],
	runs: (doc: string) => string[],
	minDocs: number,
	cost: number,
	budget: number
): string[] => {
	const count = new Map<string, number>();
	for (const doc of docs) for (const s of new Set(runs(doc))) count.set(s, (count.get(s) ?? 0) + 1);
	const ranked = [...count]
		.filter(([s, c]) => c >= minDocs && s.length > cost)
		.map(([s, c]): [string, number] => [s, c * (s.length - cost)])
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
	const picked: string[] = [];
	let joined = '';
	for (const [s] of ranked.slice(0, 60_000)) {
		if (joined.length + s.length > budget) continue;
		if (joined.includes(s)) continue;
		picked.push(s);
		joined += `${s}\u0000`;
	}
	return picked.reverse();
};

const texts = handouts.map((f) => readFileSync(f, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
const words = byDocuments(texts, (t) => t.match(/[A-Za-z][a-z]{3,}/g) ?? [], 2, 2, 8192 - 2048);
/** What the script reads of a draft (`generate:file`'s output). */
interface Draft {
	prompt: string;
	answer: string;
	choices?: string[];
	accept?: string[];
}
const parsed = JSON.parse(readFileSync(draftsFile, 'utf8')) as { files?: { questions: Draft[] }[] };
const drafts = (parsed.files ?? []).map((f) =>
	f.questions
		.flatMap((q) => [q.prompt, q.answer, ...(q.choices ?? []), ...(q.accept ?? [])])
		.join('\n')
);
const runs = (doc: string): string[] => {
	const tokens = doc.match(/\S+\s?/g) ?? [];
	const out: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		let s = '';
		for (let n = 0; n < 6 && i + n < tokens.length; n++) out.push((s += tokens[i + n]));
	}
	return out.filter((s) => s.length >= 4);
};
const phrases = byDocuments(drafts, runs, 3, 3, 8192);
const json =
	'{"l":"","i":"","t":"","c":,"s":[],"h":"","k":"","x":[[0,[0,"","",null,[""]]]],"f":[[4,"",0,' +
	'["","","",""]],[1,"","true"],[1,"","false"],[2,"____",""],[3,"","",null,["",""]],' +
	'[0,"What is the ","",["","","",""]],[3,"What is ",""],[0,"",';
const dictionary = `${words.join(' ')} ${QR_COMMON_WORDS}${phrases.join('')} ${json}`;
const lines = dictionary.match(/[\s\S]{1,90}(?=\s|$)|[\s\S]{1,90}/g) ?? [];
console.log(`// Made by scripts/qr-dictionary.ts (see there); FROZEN: format 4 inflates only with these bytes.
/** Format 4's preset dictionary (\`qr-dictionary.ts\` says why; ${dictionary.length} characters). */
export const QR_DICTIONARY_4_TEXT =
${lines.map((l) => `\t${JSON.stringify(l)}`).join(' +\n')};`);
