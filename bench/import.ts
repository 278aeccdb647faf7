// Import parsing speed (issue 13: a 20 MB / 30,000-note deck must not freeze the page). Builds
// made-up files of 30,000 notes in Node — Anki plain text padded to about 20 MB, GIFT, and an
// .apkg (sql.js, the same notes with their review log: 20 MB of collection) — and times `readImport` on each, the reader the import worker runs. Prints
// parse time per 1,000 notes and the file sizes. Node, not the browser: compare runs, not devices.
import initSqlJs from 'sql.js';
import { bigDeck } from '../src/lib/formats/anki-collection.test-helpers';
import type { ImportFormatId } from '../src/lib/formats/detect';
import { readImport } from '../src/lib/formats/read';
import type { Bench } from './types';

const NOTES = 30_000;
/** Padding a note's back to about 20 MB in all, like a deck with long answers. */
const FILLER = ' — a longer answer, as decks with explanations have'.repeat(12);

function ankiText(): string {
	const lines = ['#separator:tab', '#html:false', '#notetype column:1'];
	for (let i = 0; i < NOTES; i++)
		lines.push(`Basic\tQuestion ${i}: what is fact number ${i}?\tAnswer ${i}${FILLER}`);
	return lines.join('\n');
}

function gift(): string {
	const out: string[] = [];
	for (let i = 0; i < NOTES; i++)
		out.push(
			`::q${i}:: Which is fact ${i}? {=right ${i} ~wrong ${i} ~other ${i} #Because ${i}.}\n`
		);
	return out.join('\n');
}

const bench: Bench = {
	name: 'import',
	async run(report) {
		const sqlite = await initSqlJs();
		const encoder = new TextEncoder();
		const apkg = bigDeck(sqlite, NOTES);
		const files: [ImportFormatId, string, Uint8Array][] = [
			['anki-text', 'deck.txt', encoder.encode(ankiText())],
			['gift', 'quiz.gift', encoder.encode(gift())],
			['apkg', 'deck.apkg', apkg]
		];
		for (const [format, name, bytes] of files) {
			const start = performance.now();
			const outcome = await readImport({ name, bytes }, format, async () => sqlite);
			const ms = performance.now() - start;
			const read = outcome.kind === 'questions' ? outcome.result.questions.length : 0;
			if (read !== NOTES) throw new Error(`${format}: read ${read} of ${NOTES} notes`);
			report(`import.${format}.file-bytes`, bytes.length, 'bytes');
			report(`import.${format}.parse-ms-per-1000-notes`, (ms / NOTES) * 1000, 'ms');
		}
	}
};

export default bench;
