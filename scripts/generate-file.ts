// `npm run generate:file -- [--out drafts.json] <file>...`
// Runs the generator a user's course runs on arbitrary articles (.md, .txt, .html, .pdf, .docx):
// each file is read by the app's own document reader (`readDocument`), the drafts go through
// the same path as "Add documents" (`generateDrafts`: every English document read as one corpus,
// no corpus knowledge), and the draft questions are written as JSON, one entry per file.
// Nothing here knows the articles; it is how issue 12's "articles never seen" check is run.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readDocument, type Readers } from '../src/lib/documents/read';
import { DocumentError, type DocumentDraft } from '../src/lib/documents/draft';
import { generateDrafts } from '../src/lib/courses/generate';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { out: { type: 'string', default: 'tmp/generated-drafts.json' } }
});
if (positionals.length === 0) {
	console.error('usage: npm run generate:file -- [--out drafts.json] <file>...');
	process.exit(2);
}

const readers: Readers = {
	pdfjs: async () => pdfjs,
	mammoth: async () => mammoth,
	parseHtml: (html) => parseHTML(html).document as unknown as Document
};

const drafts: { file: string; draft: DocumentDraft }[] = [];
const refused: { file: string; kind: string; message: string }[] = [];
for (const file of positionals) {
	try {
		const draft = await readDocument(
			{ name: basename(file), bytes: new Uint8Array(readFileSync(file)) },
			readers
		);
		drafts.push({ file, draft });
	} catch (error) {
		if (!(error instanceof DocumentError)) throw error;
		refused.push({ file, kind: error.kind, message: error.message });
		console.warn(`${file}: ${error.message}`);
	}
}

// A fixed "now" so a document without a date gives the same drafts on every run.
const generated = await generateDrafts(
	drafts.map((d) => d.draft),
	{ now: Date.UTC(2026, 0, 1), pause: async () => {} }
);

const files = generated.map((doc, i) => ({
	file: drafts[i].file,
	title: doc.title,
	english: drafts[i].draft.english,
	notes: drafts[i].draft.notes,
	...(doc.none && { none: doc.none }),
	questions: doc.questions,
	// The "Term – meaning" lines that gave no draft, and why (`glossary-skips.ts`, gen83).
	...(doc.skipped && { skipped: doc.skipped })
}));
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, `${JSON.stringify({ version: 1, files, refused }, null, '\t')}\n`);

const line = (label: string, value: unknown) => console.log(`${label.padEnd(44)} ${value}`);
for (const f of files) {
	const byType: Record<string, number> = {};
	for (const q of f.questions) byType[q.type] = (byType[q.type] ?? 0) + 1;
	const types = Object.entries(byType)
		.map(([type, n]) => `${type} ${n}`)
		.join(', ');
	line(basename(f.file), `${f.questions.length} drafts${types ? ` (${types})` : ''}`);
}
line('total', `${files.reduce((n, f) => n + f.questions.length, 0)} drafts → ${values.out}`);
