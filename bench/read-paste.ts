// Reading pasted text (`readPastedText`, Add documents → Paste): Node CPU time (the process's,
// steadier than wall time on the shared machine) for a text of 0.5, 1 and 2 MB (the last past
// `MAX_TEXT_CHARS`, so cut, with its note), pasted as Word and web pages copy it (one line per
// paragraph) and as blank-line paragraphs. Each figure is the best of three runs on a flat
// string (as a textarea's value is); `per-mb-ratio` is the 1 MB text's time per MB over the
// 0.5 MB one's: about 1 when reading is linear (issue 14: about 2 s a megabyte, and 2 MB took
// 3–5× as long as 1 MB).
import { readPastedText } from '../src/lib/documents/read';
import { documentOf } from './add-documents';
import type { Bench } from './types';

const SIZES = [0.5, 1, 2] as const;

/** The best of three `readPastedText` runs on `text` (CPU ms). */
function bestOf3(text: string): number {
	let best = Infinity;
	for (let run = 0; run < 3; run++) {
		const started = process.cpuUsage();
		readPastedText(text);
		const used = process.cpuUsage(started);
		best = Math.min(best, (used.user + used.system) / 1000);
	}
	return best;
}

const bench: Bench = {
	name: 'read-paste',
	async run(report) {
		const corpus = documentOf(2.1 * 1024 * 1024);
		for (const [shape, join] of [
			['lines', '\n'],
			['paragraphs', '\n\n']
		] as const) {
			const times = new Map<number, number>();
			for (const mb of SIZES) {
				// `split`/`join` gives a flat string, as a textarea's value is (slicing the corpus
				// leaves a string whose first read flattens it: time that is not the reader's).
				const text = corpus
					.slice(0, mb * 1024 * 1024)
					.split(/\n\n/)
					.join(join);
				const ms = bestOf3(text);
				times.set(mb, ms);
				report(`read-paste.${shape}-${mb}mb`, Math.round(ms), 'ms (CPU)');
			}
			report(
				`read-paste.${shape}-per-mb-ratio`,
				times.get(1)! / (times.get(0.5)! / 0.5),
				'x (1 MB per MB over 0.5 MB per MB; linear ≈ 1)'
			);
		}
	}
};

export default bench;
