// `npx tsx scripts/idea-trace.ts <file>...` (dev only, not shipped in the app)
// For each article: every idea each idea kind proposed (as `idea-drafts.ts` lists them), and
// where it went: KEPT, the `articleIdeas` filter that dropped it ("F <filter>"), the check that
// refused it ("C <reason>") or "cap/dup". The filters are copied from `idea-drafts.ts`; a
// filter added there must be added here. Run on a whole set: the corpus changes what is common.
import { isArrowLine } from '../src/lib/generator/arrow-line';
import { wordEquationIdeas } from '../src/lib/generator/idea-word-equation';
import { wordFormulaIdeas } from '../src/lib/generator/idea-word-formula';
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
import { leadSenseRefuses } from '../src/lib/generator/idea-lead-sense';
import { listSlipRefuses } from '../src/lib/generator/idea-list-slips';
import { keyGrammarRefuses } from '../src/lib/generator/idea-key-grammar';
import { slipRedraft, slipRefuses } from '../src/lib/generator/idea-slips';
import {
	classAsked,
	missingPartRedraft,
	missingPartRefuses
} from '../src/lib/generator/idea-missing-parts';
import { askedByAcronym, finiteCut, leadKeyRefuses } from '../src/lib/generator/idea-lead-keys';
import { definitionShapeRefuses } from '../src/lib/generator/idea-definition-shape';
import { keyFidelityRefuses } from '../src/lib/generator/idea-key-fidelity';
import { unseenPointerRefuses } from '../src/lib/generator/idea-unseen-pointers';
import { unanchoredRefuses } from '../src/lib/generator/idea-unanchored';
import { minorPointRefuses } from '../src/lib/generator/idea-minor-points';
import { termKeyStopRefuses } from '../src/lib/generator/idea-term-key-stops';
import { keySpanRefuses } from '../src/lib/generator/idea-key-span';
import { classAsMeaningRefuses } from '../src/lib/generator/idea-class-as-meaning';
import { promptFrameRefuses } from '../src/lib/generator/idea-prompt-frame';
import { secondAnswerRefuses } from '../src/lib/generator/idea-second-answer';
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
		...wordEquationIdeas(article),
		...wordFormulaIdeas(article),
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
		['!leadSenseRefuses(idea, article)', (idea: Idea) => !leadSenseRefuses(idea, article)],
		['!listSlipRefuses(idea, article)', (idea: Idea) => !listSlipRefuses(idea, article)],
		['!keyGrammarRefuses(idea)', (idea: Idea) => !keyGrammarRefuses(idea)],
		['!slipRefuses(idea)', (idea: Idea) => !slipRefuses(idea)],
		['!missingPartRefuses(idea, article)', (idea: Idea) => !missingPartRefuses(idea, article)],
		['!leadKeyRefuses(idea, article)', (idea: Idea) => !leadKeyRefuses(idea, article)],
		[
			'!definitionShapeRefuses(idea, article)',
			(idea: Idea) => !definitionShapeRefuses(idea, article)
		],
		['!keyFidelityRefuses(idea, article)', (idea: Idea) => !keyFidelityRefuses(idea, article)],
		['!unseenPointerRefuses(idea, article)', (idea: Idea) => !unseenPointerRefuses(idea, article)],
		['!unanchoredRefuses(idea, article)', (idea: Idea) => !unanchoredRefuses(idea, article)],
		['!minorPointRefuses(idea, article)', (idea: Idea) => !minorPointRefuses(idea, article)],
		['!keySpanRefuses(idea)', (idea: Idea) => !keySpanRefuses(idea)],
		['!termKeyStopRefuses(idea)', (idea: Idea) => !termKeyStopRefuses(idea)],
		['!classAsMeaningRefuses(idea)', (idea: Idea) => !classAsMeaningRefuses(idea)],
		['!promptFrameRefuses(idea)', (idea: Idea) => !promptFrameRefuses(idea)],
		['!secondAnswerRefuses(idea, article)', (idea: Idea) => !secondAnswerRefuses(idea, article)],
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
		// A word equation is read by no prose refusal (`articleIdeas`).
		if (idea0.kind === 'equation') {
			pass.push(idea0);
			fate.set(idea0, 'pass');
			continue;
		}
		let ideas: Idea[] = [
			whatOfPerson(idea0.prompt, idea0.answer) && !classAsked(idea0.prompt)
				? { ...idea0, prompt: idea0.prompt.replace(/^What\s/u, 'Who ') }
				: idea0
		];
		ideas = ideas.flatMap((idea) => slipRedraft(idea) ?? []);
		if (!ideas.length) {
			fate.set(idea0, 'slipRedraft');
			continue;
		}
		ideas = ideas.flatMap((idea) => missingPartRedraft(idea, article) ?? []);
		if (!ideas.length) {
			fate.set(idea0, 'missingPartRedraft');
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
