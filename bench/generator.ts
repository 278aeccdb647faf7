// Generator speed on the course corpus and on a synthetic 1 MB corpus made of the same
// sentences, perturbed (years and figures shifted) so that copies are new facts. The time per
// KB should stay flat as the corpus grows: every stage is linear (near-duplicates by LSH).
import type { SourceFile } from '../src/lib/content/sources';
import { generateQuestions } from '../src/lib/generator';
import { readSources } from '../scripts/read-sources';
import type { Bench } from './types';

const TARGET_BYTES = 1024 * 1024;
/** Synthetic documents of about this size, like long articles. */
const DOC_BYTES = 48 * 1024;

function sizeOf(sources: SourceFile[]): number {
	return sources.reduce(
		(sum, s) => sum + s.blocks.reduce((n, b) => n + new TextEncoder().encode(b.text).length + 2, 0),
		0
	);
}

function perturb(text: string, copy: number): string {
	return text
		.replace(/\b(19[5-9]\d|20[0-2]\d)\b/g, (year) => String(Number(year) - (copy % 9)))
		.replace(/\b(\d{2,3})\b(?!\d)/g, (n) => String(Number(n) + copy));
}

export function syntheticCorpus(sources: SourceFile[], bytes = TARGET_BYTES): SourceFile[] {
	const paragraphs = sources.flatMap((s) => s.blocks.filter((b) => b.kind === 'paragraph'));
	const out: SourceFile[] = [];
	let total = 0;
	let copy = 0;
	while (total < bytes) {
		const blocks: SourceFile['blocks'] = [];
		let size = 0;
		while (size < DOC_BYTES && total + size < bytes) {
			for (const p of paragraphs) {
				const text = perturb(p.text, copy);
				blocks.push({ kind: 'paragraph', text });
				size += text.length + 2;
				if (size >= DOC_BYTES) break;
			}
			copy++;
		}
		const id = `synthetic-${out.length + 1}`;
		out.push({
			document: { id, title: id, outlet: 'Synthetic', date: '2025-01', dateApproximate: true },
			short: id,
			blocks
		});
		total += size;
	}
	return out;
}

/**
 * CPU time (user + system) of one run, in ms: on a shared machine, wall-clock time mostly
 * measures the neighbours, and the point here is how the work grows with the corpus.
 */
function time(sources: SourceFile[]): number {
	const start = process.cpuUsage();
	generateQuestions(sources);
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

const bench: Bench = {
	name: 'generator',
	async run(report) {
		const corpus = readSources();
		time(corpus); // warm up the tagger and the JIT
		const corpusKb = sizeOf(corpus) / 1024;
		const corpusMs = Math.min(time(corpus), time(corpus));
		report('generator.corpus', Math.round(corpusMs), 'ms');
		report('generator.corpus-per-kb', corpusMs / corpusKb, 'ms/KB');

		const synthetic = syntheticCorpus(corpus);
		const syntheticKb = sizeOf(synthetic) / 1024;
		const syntheticMs = time(synthetic);
		report('generator.synthetic-1mb', Math.round(syntheticMs), 'ms');
		report('generator.synthetic-1mb-per-kb', syntheticMs / syntheticKb, 'ms/KB');
	}
};

export default bench;
