// `npx tsx scripts/idea-trace.ts <file>...` (dev only, not shipped in the app)
// For each article: every idea each idea kind proposed (as `idea-drafts.ts` lists them), and
// where it went: KEPT, the `articleIdeas` filter that dropped it ("F <filter>"), the check that
// refused it ("C <reason>") or "cap/dup". The filters are copied from `idea-drafts.ts`; a
// filter added there must be added here. Run on a whole set: the corpus changes what is common.
import { isArrowLine } from '../src/lib/generator/arrow-line';
import { leadIdeas } from '../src/lib/generator/idea-lead';
import { roleIdeas } from '../src/lib/generator/idea-role';
import { traitIdeas } from '../src/lib/generator/idea-trait';
import { yearIdeas } from '../src/lib/generator/idea-year';
import { eventYearIdeas } from '../src/lib/generator/idea-event';
import { titleThingIdeas } from '../src/lib/generator/idea-title-thing';
import { milestoneIdeas } from '../src/lib/generator/idea-milestone';
import { agentIdeas } from '../src/lib/generator/idea-agent';
import { termIdeas } from '../src/lib/generator/idea-term';
import { thisCalledIdeas } from '../src/lib/generator/idea-this-called';
import { thisNamedIdeas } from '../src/lib/generator/idea-this-named';
import { nativeNameIdeas } from '../src/lib/generator/idea-native-name';
import { namedCalledIdeas } from '../src/lib/generator/idea-named-called';
import { nameForIdeas } from '../src/lib/generator/idea-name-for';
import { statedIdeas } from '../src/lib/generator/idea-states';
import { appositionIdeas } from '../src/lib/generator/idea-apposition';
import { termAppositionIdeas } from '../src/lib/generator/idea-term-apposition';
import { boldColonIdeas, boldParenIdeas } from '../src/lib/generator/idea-bold';
import { boldDefinedIdeas } from '../src/lib/generator/idea-bold-defined';
import { knownAsIdeas } from '../src/lib/generator/idea-known-as';
import { happeningIdeas } from '../src/lib/generator/idea-happening';
import { deedIdeas } from '../src/lib/generator/idea-deed';
import { whenIdeas } from '../src/lib/generator/idea-when';
import { whereIdeas } from '../src/lib/generator/idea-where';
import { truthIdeas } from '../src/lib/generator/idea-truth';
import { isSiblingStatement, siblingIdeas } from '../src/lib/generator/truth-siblings';
import { causeIdeas } from '../src/lib/generator/idea-cause';
import { whyIdeas } from '../src/lib/generator/idea-why';
import { keyIsWhole } from '../src/lib/generator/idea-whole';
import { keyStandsApart } from '../src/lib/generator/idea-echo';
import { strictEditorKeeps, whatOfPerson } from '../src/lib/generator/idea-strict';
import { sensibleIdea } from '../src/lib/generator/idea-sense';
import { u20Refuses } from '../src/lib/generator/idea-u20';
import { u22Refuses } from '../src/lib/generator/idea-u22';
import { u23Refuses } from '../src/lib/generator/idea-u23';
import { u24Redraft, u24Refuses } from '../src/lib/generator/idea-u24';
import { classAsked, u26Redraft, u26Refuses } from '../src/lib/generator/idea-u26';
import { askedByAcronym, finiteCut, u28Refuses } from '../src/lib/generator/idea-u28';
import { h7Refuses } from '../src/lib/generator/idea-h7';
import { u29Refuses } from '../src/lib/generator/idea-u29';
import { u30Refuses } from '../src/lib/generator/idea-u30';
import { unanchoredRefuses } from '../src/lib/generator/idea-unanchored';
import { h23Refuses } from '../src/lib/generator/idea-h23';
import { h25Refuses } from '../src/lib/generator/idea-h25';
import { h24Refuses } from '../src/lib/generator/idea-h24';
import { h27Refuses } from '../src/lib/generator/idea-h27';
import { h28Refuses } from '../src/lib/generator/idea-h28';
import { h30Refuses } from '../src/lib/generator/idea-h30';
import { headingQualifierLost } from '../src/lib/generator/heading-qualifier';
import { titleGivesYear } from '../src/lib/generator/title-year';
import { keyCut } from '../src/lib/generator/key-cut';
import { endsOnPassiveContact } from '../src/lib/generator/idea-cut';
import { resolvePointer } from '../src/lib/generator/unseen-pointer';
import { longHandoutRefuses } from '../src/lib/generator/idea-long-handout';
import { asksStep } from '../src/lib/generator/idea-fragment';
import { statesFragment } from '../src/lib/generator/idea-clause';
import { namedInFull } from '../src/lib/generator/unseen-referent';
import { askedInField, keyDoesNotDefine } from '../src/lib/generator/key-defines';
import { pointsBackIdea } from '../src/lib/generator/unseen-definite';
import { refersByComparison } from '../src/lib/generator/unseen-comparison';
import { glossaryEntry, glossaryIdeas } from '../src/lib/generator/idea-glossary';
import { processGlossIdeas } from '../src/lib/generator/idea-process-gloss';
import { revisionIdeas } from '../src/lib/generator/revision-list';
import { factFileIdeas } from '../src/lib/generator/idea-fact-file';
import { acronymIdeas } from '../src/lib/generator/idea-acronym';
import { namedTermIdeas } from '../src/lib/generator/idea-named-term';
import { processCalledIdeas } from '../src/lib/generator/idea-process-called';
import { articleViews, chooseIdeas, type Idea } from '../src/lib/generator/ideas';

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readDocument, type Readers } from '../src/lib/documents/read';
import { sourceOf } from '../src/lib/courses/generate';
import { NO_KNOWLEDGE } from '../src/lib/generator';
import { checkCandidate } from '../src/lib/generator/checks';
import { buildLexicon } from '../src/lib/generator/facts';
import { tagChunk, TAG_CHUNK } from '../src/lib/generator/lexicon';
import { salienceOf } from '../src/lib/generator/salience';
import { sentencesOf } from '../src/lib/generator/text';
import { withSubjectTitles } from '../src/lib/generator/idea-title';
import { inDocumentCase } from '../src/lib/generator/case';
const RANKED_INSTEAD = new Set(['aside-of-long-article']);
const CARD_RANKED_INSTEAD = new Set([...RANKED_INSTEAD, 'answer-is-subject']);
const DEFINITION_RANKED_INSTEAD = new Set([...CARD_RANKED_INSTEAD, 'points-into-article']);

const files = process.argv.slice(2);
// The app's own readers, as `generate-file.ts` uses them, so a teacher's PDF, DOCX or saved web
// page is traced as the worker reads it.
const readers: Readers = {
	pdfjs: async () => pdfjs,
	mammoth: async () => mammoth,
	parseHtml: (html) => parseHTML(html).document as unknown as Document
};
const drafts = [];
for (const file of files)
	drafts.push(
		await readDocument({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) }, readers)
	);
const sources = drafts.map((d, i) => sourceOf(d, i, Date.UTC(2026, 0, 1)));
const sentences = sources.flatMap((source) => {
	const own = sentencesOf(source.document.id, source.blocks);
	const headings = source.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
	return inDocumentCase(own, [source.document.title, ...headings]);
});
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
const views = articleViews(named, sentences, lexicon, docs as never);
for (const [i, article] of views.entries()) {
	const lead = leadIdeas(article);
	const news = lead.length === 0;
	const documentText = article.sentences.map((s) => s.text).join(' ');
	const raw: Idea[] = [
		...lead,
		...traitIdeas(article),
		...yearIdeas(article, news),
		// A history article that opens on its event and date ("On 28 December 1879, the Tay
		// Bridge collapsed …") tells its year in no "was fought" sentence (`idea-event.ts`); one
		// year is kept (`MAX_PER_KIND`), the first that passes the checks.
		...eventYearIdeas(article),
		// A milestone the lead tells of the subject itself: a prize, an office, a founding (gen15).
		...milestoneIdeas(article),
		...titleThingIdeas(article),
		// Who made the subject: "Flash memory was invented by Fujio Masuoka" (gen16).
		...agentIdeas(article),
		// The key terms the body defines and the named events it dates (gen17).
		...termIdeas(article),
		// "… at the same rate. This state is called dynamic equilibrium." (gen20a).
		...thisCalledIdeas(article),
		...thisNamedIdeas(article),
		...namedCalledIdeas(article),
		...nameForIdeas(article),
		// A handout's key-term list: "Catalyst – a substance that speeds up …" (gen35).
		...glossaryIdeas(article),
		...processGlossIdeas(article),
		...revisionIdeas(
			article,
			(section) => article.sentences.filter((s) => s.section === section && glossaryEntry(s)).length
		),
		// A fact box's labelled lines: "Location: …", "Founded: …" of its topic (gen77).
		...factFileIdeas(article),
		...acronymIdeas(article),
		// "…, a process called differentiation." in a handout (gen35).
		...processCalledIdeas(article),
		...namedTermIdeas(article),
		// "Archimedes' principle states that …", "Geographers define a desert as …" (gen33).
		...statedIdeas(article),
		// "the Schlieffen Plan, a plan to defeat France quickly …" in a handout (gen20a).
		...appositionIdeas(article),
		// "a hotspot, a plume of unusually hot rock …" in a handout (gen46).
		...termAppositionIdeas(article),
		...boldColonIdeas(article),
		...boldParenIdeas(article),
		...boldDefinedIdeas(article),
		// "a peasant uprising known as the Jacquerie broke out …" in a handout (gen21).
		...knownAsIdeas(article),
		...nativeNameIdeas(article),
		...happeningIdeas(article),
		// Who did the body's deeds, when its events happened (gen18).
		...deedIdeas(article),
		...whenIdeas(article),
		...whereIdeas(article),
		// A handout's claim as true or false, one year or number swapped (gen18b).
		...truthIdeas(article),
		...siblingIdeas(article),
		// A cause the document states outright, of an effect it names in full (gen18b).
		...causeIdeas(article),
		...whyIdeas(article),
		...(news ? roleIdeas(article) : [])
	];
	const conds: [string, (idea: Idea) => boolean][] = [
		['!isArrowLine(idea.sentence.text)', (idea: Idea) => !isArrowLine(idea.sentence.text)],
		[
			'!keyCut(idea.answer)',
			(idea: Idea) =>
				idea.type === 'truefalse' ||
				!keyCut(idea.answer) ||
				endsOnPassiveContact(idea.answer, idea.sentence.text)
		],
		['keyStandsApart(idea)', (idea: Idea) => keyStandsApart(idea)],
		['strictEditorKeeps(idea, article)', (idea: Idea) => strictEditorKeeps(idea, article)],
		['!u20Refuses(idea, article)', (idea: Idea) => !u20Refuses(idea, article)],
		['!u22Refuses(idea, article)', (idea: Idea) => !u22Refuses(idea, article)],
		['!u23Refuses(idea)', (idea: Idea) => !u23Refuses(idea)],
		['!u24Refuses(idea)', (idea: Idea) => !u24Refuses(idea)],
		['!u26Refuses(idea, article)', (idea: Idea) => !u26Refuses(idea, article)],
		['!u28Refuses(idea, article)', (idea: Idea) => !u28Refuses(idea, article)],
		['!h7Refuses(idea, article)', (idea: Idea) => !h7Refuses(idea, article)],
		['!u29Refuses(idea, article)', (idea: Idea) => !u29Refuses(idea, article)],
		['!u30Refuses(idea, article)', (idea: Idea) => !u30Refuses(idea, article)],
		['!unanchoredRefuses(idea, article)', (idea: Idea) => !unanchoredRefuses(idea, article)],
		['!h23Refuses(idea, article)', (idea: Idea) => !h23Refuses(idea, article)],
		['!h24Refuses(idea)', (idea: Idea) => !h24Refuses(idea)],
		['!h25Refuses(idea)', (idea: Idea) => !h25Refuses(idea)],
		['!h27Refuses(idea)', (idea: Idea) => !h27Refuses(idea)],
		['!h28Refuses(idea)', (idea: Idea) => !h28Refuses(idea)],
		['!h30Refuses(idea, article)', (idea: Idea) => !h30Refuses(idea, article)],
		['!longHandoutRefuses(idea)', (idea: Idea) => !longHandoutRefuses(idea)],
		['!asksStep(idea)', (idea: Idea) => !asksStep(idea)],
		['!statesFragment(idea)', (idea: Idea) => !statesFragment(idea) || isSiblingStatement(idea)],
		['!keyDoesNotDefine(idea)', (idea: Idea) => !keyDoesNotDefine(idea)],
		['!titleGivesYear(idea, article)', (idea: Idea) => !titleGivesYear(idea, article)],
		['!headingQualifierLost(idea, article)', (idea: Idea) => !headingQualifierLost(idea, article)],
		['!refersByComparison(idea)', (idea: Idea) => !refersByComparison(idea)],
		[
			'!pointsBackIdea(idea, documentText, article.title)',
			(idea: Idea) => !pointsBackIdea(idea, documentText, article.title)
		],
		['keyIsWhole(idea)', (idea: Idea) => keyIsWhole(idea)]
	];
	const fate = new Map<Idea, string>();
	const pass: Idea[] = [];
	for (const idea0 of raw) {
		let ideas: Idea[] = [
			whatOfPerson(idea0.prompt, idea0.answer) && !classAsked(idea0.prompt)
				? { ...idea0, prompt: idea0.prompt.replace(/^What\s/u, 'Who ') }
				: idea0
		];
		ideas = ideas.flatMap((idea) => u24Redraft(idea) ?? []);
		if (!ideas.length) {
			fate.set(idea0, 'u24Redraft');
			continue;
		}
		ideas = ideas.flatMap((idea) => u26Redraft(idea, article) ?? []);
		if (!ideas.length) {
			fate.set(idea0, 'u26Redraft');
			continue;
		}
		ideas = ideas.map((idea) => askedByAcronym(idea, article) ?? idea);
		ideas = ideas.map((idea) => namedInFull(idea, article));
		ideas = ideas.flatMap((idea) => resolvePointer(idea, article) ?? []);
		if (!ideas.length) {
			fate.set(idea0, 'resolvePointer');
			continue;
		}
		ideas = ideas.flatMap((idea) => askedInField(idea, article) ?? []);
		if (!ideas.length) {
			fate.set(idea0, 'askedInField');
			continue;
		}
		let why = '';
		for (const [name, f] of conds) {
			if (!f(ideas[0])) {
				why = name;
				break;
			}
		}
		if (why) {
			fate.set(idea0, 'F ' + why);
			continue;
		}
		ideas = ideas.flatMap((idea) => finiteCut(idea, article) ?? []);
		if (!ideas.length) {
			fate.set(idea0, 'finiteCut');
			continue;
		}
		ideas = ideas.flatMap((idea) => sensibleIdea(idea, article) ?? []);
		if (!ideas.length) {
			fate.set(idea0, 'sensibleIdea');
			continue;
		}
		pass.push(ideas[0]);
		fate.set(idea0, 'pass');
	}
	const reasons = new Map<string, string>();
	const kept = chooseIdeas(pass, article, (c) => {
		const skip = /^idea:lead$/.test(c.fact.fine)
			? DEFINITION_RANKED_INSTEAD
			: c.question.type === 'flashcard'
				? CARD_RANKED_INSTEAD
				: RANKED_INSTEAD;
		const r = checkCandidate(c, lexicon, skip);
		if (r) reasons.set(c.question.prompt, r);
		return !r;
	});
	const keptP = new Set(kept.map((c) => c.question.prompt));
	console.log(`## ${basename(files[i])} words=${article.wordCount} kept=${kept.length}`);
	for (const idea of raw) {
		const f = fate.get(idea)!;
		let st = f;
		if (f === 'pass') {
			const q = pass[raw.filter((r) => fate.get(r) === 'pass').indexOf(idea)];
			st = keptP.has(q.prompt)
				? 'KEPT'
				: reasons.has(q.prompt)
					? 'C ' + reasons.get(q.prompt)
					: 'cap/dup';
		}
		console.log(`  [${idea.kind}] ${st} :: ${idea.prompt} → ${idea.answer}`);
	}
}
