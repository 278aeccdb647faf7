// `npx tsx scripts/suggest-sample.ts [--limit 20] <file>...`
// Prints the first suggested sentences ("More sentences to ask about") of each article as the
// review screen ranks them: the document read by the app's reader (`readDocument`), its lexicon
// built as the lexicon worker builds it, then `suggestSentences`. For reading suggestions with
// `/work/shared/review-rubric.md` before and after a change to the ranking (not a blind review:
// the reader knows the code). Nothing here knows the articles.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readDocument, type Readers } from '../src/lib/documents/read';
import { buildLexicon } from '../src/lib/generator/facts';
import { documentSentences } from '../src/lib/courses/cloze-suggest';
import { suggestSentences } from '../src/lib/courses/sentence-suggest';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { limit: { type: 'string', default: '20' } }
});
// The app's own readers (as `idea-trace.ts`), so a teacher's PDF, Word file or saved web page
// is ranked as the review screen reads it.
const readers: Readers = {
	pdfjs: async () => pdfjs,
	mammoth: async () => mammoth,
	parseHtml: (html) => parseHTML(html).document as unknown as Document
};
for (const file of positionals) {
	const draft = await readDocument(
		{ name: basename(file), bytes: new Uint8Array(readFileSync(file)) },
		readers
	);
	const doc = { id: basename(file), title: draft.title, text: draft.text };
	const lexicon = buildLexicon(documentSentences(doc.id, doc.text));
	const found = suggestSentences(doc, lexicon, { limit: Number(values.limit) });
	const byline = [draft.author, draft.outlet, draft.date].map((v) => v || '–').join(' · ');
	console.log(`\n## ${draft.title} (${found.length}) ${byline}`);
	found.forEach((s, i) =>
		console.log(
			`${i + 1}. [${s.blank.kind}: ${s.answer}] (${s.reasons.join(', ')}; ${s.score})\n   ${s.prompt}`
		)
	);
}
