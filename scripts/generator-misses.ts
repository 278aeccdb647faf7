// `npx tsx scripts/generator-misses.ts <file>...` (dev only, not shipped in the app)
// For each article that gives no draft: the lead sentence that came nearest to a definition
// card and the rule that refused it, or the check that refused an idea a kind did propose;
// then the articles grouped by refusing rule (issue 12, recall on the burned set). It runs the
// generator's own stages as `generateSteps` does for drafts no editor reads (one corpus, no
// corpus knowledge); the lead trace re-reads the lead kind's steps with its exported rules, so
// it is a diagnosis, not the generator: a rule named here is where to look, not proof.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readDocument } from '../src/lib/documents/read';
import { sourceOf } from '../src/lib/courses/generate';
import { NO_KNOWLEDGE } from '../src/lib/generator';
import { checkCandidate } from '../src/lib/generator/checks';
import { buildLexicon } from '../src/lib/generator/facts';
import { tagChunk, TAG_CHUNK } from '../src/lib/generator/lexicon';
import { salienceOf } from '../src/lib/generator/salience';
import { sentencesOf } from '../src/lib/generator/text';
import { withSubjectTitles } from '../src/lib/generator/idea-title';
import { articleViews, chooseIdeas, type ArticleView } from '../src/lib/generator/ideas';
import { articleIdeas } from '../src/lib/generator/idea-drafts';
import { subjectText } from '../src/lib/generator/idea-text';
import {
	classOnly,
	descriptiveTitle,
	givenAway,
	hasCount,
	hasMeasurement,
	thinKey,
	titleEcho,
	wholeKey
} from '../src/lib/generator/idea-key';
import { ranksSubject, datedKey } from '../src/lib/generator/idea-faith';
import { opensOnSubject, subjectPhrase, titleOpening } from '../src/lib/generator/idea-subject';

const files = process.argv.slice(2);
const readers = {
	pdfjs: async () => {
		throw new Error('no PDF here');
	},
	mammoth: async () => {
		throw new Error('no Word here');
	},
	parseHtml: () => {
		throw new Error('no HTML here');
	}
};
const drafts = [];
for (const file of files)
	drafts.push(
		await readDocument({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) }, readers)
	);
const sources = drafts.map((d, i) => sourceOf(d, i, Date.UTC(2026, 0, 1)));
const sentences = sources.flatMap((s) => sentencesOf(s.document.id, s.blocks));
const tagged = [];
for (let i = 0; i < sentences.length; i += TAG_CHUNK)
	tagged.push(tagChunk(sentences.slice(i, i + TAG_CHUNK)));
const lexicon = buildLexicon(sentences, NO_KNOWLEDGE, tagged);
const named = withSubjectTitles(sources, sentences);
lexicon.salience = salienceOf(named, (w) => lexicon.commonWords.has(w.toLowerCase()));
const docs = new Map(
	named.map((s) => [
		s.document.id,
		{
			id: s.document.id,
			short: s.short,
			year: s.document.date.slice(0, 4),
			asOf: '',
			years: new Set(s.blocks.flatMap((b) => b.text.match(/\b(?:1\d|20)\d\d\b/g) ?? []))
		}
	])
);
// As `steps.ts` skips them for drafts chosen by idea (copied: they are not exported).
const SKIP = new Set(['aside-of-long-article', 'answer-is-subject', 'points-into-article']);

/** "X is/was a Y": the verb of being that opens a definition, as the lead kind reads it. */
const BEING = /^(.{2,160}?)\s(?:is|are|was|were)\s+(.+?)[.!]?$/u;

/** How far a lead sentence got towards a definition card, and the rule that stopped it. */
function leadTrace(article: ArticleView): { step: number; rule: string; text: string } {
	let best = { step: 0, rule: 'no lead sentence of the form "X is/was …"', text: '' };
	const lead = article.sentences.filter((s) => article.marks(s)?.lead ?? s.index < 3);
	for (const sentence of lead.slice(0, 6)) {
		const found = (step: number, rule: string) => {
			if (step > best.step) best = { step, rule, text: sentence.text };
		};
		const match = BEING.exec(subjectText(sentence, article));
		if (!match) {
			found(0.5, 'no "X is/was …" (the lead opens on something else)');
			continue;
		}
		const [, opening, predicate] = match;
		const name = titleOpening(opening, article.title) ?? subjectPhrase(opening, article.isCommon);
		if (!name) {
			found(1, `subject: "${opening.slice(0, 40)}" is no name (subjectPhrase)`);
			continue;
		}
		if (!opensOnSubject(name, article) && sentence !== lead[0]) {
			found(2, `subject: "${name}" is not the article's subject (opensOnSubject)`);
			continue;
		}
		if (!/^(?:a|an|the|one of|any of)\s/u.test(predicate)) {
			found(3, 'predicate: no article before it ("is home to …", a verb: bareGenus)');
			continue;
		}
		const key = wholeKey(predicate);
		if (!key) {
			found(4, 'key: too long to keep whole (wholeKey)');
			continue;
		}
		const rules: [string, boolean][] = [
			['key: names only a class (classOnly)', classOnly(key)],
			['key: a measurement (hasMeasurement)', hasMeasurement(key)],
			['key: the name gives it away (givenAway)', givenAway(key, name)],
			['key: ranks the subject (ranksSubject)', ranksSubject(key)],
			['key: a time word that needs the date (datedKey)', datedKey(key)],
			['key: a present-tense count (hasCount)', hasCount(key)],
			[
				'key: fewer than five words beyond the name (thinKey)',
				thinKey(key, `${name} ${article.title}`, article.isPlace)
			],
			['title: descriptive (descriptiveTitle)', descriptiveTitle(article.title)],
			['key: echoes the title (titleEcho)', titleEcho(key, article.title)]
		];
		const broken = rules.find(([, b]) => b);
		found(
			5,
			broken ? broken[0] : 'passed the lead trace; refused later (name form, hedge, person role …)'
		);
	}
	return best;
}

const views = articleViews(named, sentences, lexicon, docs);
const groups = new Map<string, string[]>();
for (const [i, article] of views.entries()) {
	const refused: string[] = [];
	const kept = chooseIdeas(articleIdeas(article), article, (c) => {
		const reason = checkCandidate(c, lexicon, SKIP);
		if (reason) refused.push(`check ${reason}: ${c.question.prompt} → ${c.question.answer}`);
		return !reason;
	});
	if (kept.length) continue;
	const file = basename(files[i]);
	const trace = leadTrace(article);
	const rule = refused.length ? refused[0].split(':')[0] : trace.rule;
	console.log(`## ${file} (title read as "${article.title}")`);
	for (const r of refused) console.log(`  idea refused by ${r}`);
	console.log(`  nearest lead sentence: ${trace.text || '(none)'}`);
	console.log(`  refused by: ${trace.rule}`);
	groups.set(rule.replace(/"[^"]*"/gu, '"…"'), [
		...(groups.get(rule.replace(/"[^"]*"/gu, '"…"')) ?? []),
		file
	]);
}
console.log('\n# By refusing rule');
for (const [rule, list] of [...groups].sort((a, b) => b[1].length - a[1].length))
	console.log(`${list.length}\t${rule}\n\t${list.join(', ')}`);
