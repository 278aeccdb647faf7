import type { SourceFile } from '../content/sources';
import type { Candidate, DocInfo } from './candidates';
import type { Lexicon } from './facts';
import { leadIdeas } from './idea-lead';
import { roleIdeas } from './idea-role';
import { traitIdeas } from './idea-trait';
import { yearIdeas } from './idea-year';
import { eventYearIdeas } from './idea-event';
import { titleThingIdeas } from './idea-title-thing';
import { milestoneIdeas } from './idea-milestone';
import { agentIdeas } from './idea-agent';
import { termIdeas } from './idea-term';
import { thisCalledIdeas } from './idea-this-called';
import { thisNamedIdeas } from './idea-this-named';
import { nativeNameIdeas } from './idea-native-name';
import { namedCalledIdeas } from './idea-named-called';
import { nameForIdeas } from './idea-name-for';
import { statedIdeas } from './idea-states';
import { appositionIdeas } from './idea-apposition';
import { termAppositionIdeas } from './idea-term-apposition';
import { boldColonIdeas, boldParenIdeas } from './idea-bold';
import { boldDefinedIdeas } from './idea-bold-defined';
import { knownAsIdeas } from './idea-known-as';
import { happeningIdeas } from './idea-happening';
import { deedIdeas } from './idea-deed';
import { whenIdeas } from './idea-when';
import { whereIdeas } from './idea-where';
import { truthIdeas } from './idea-truth';
import { isSiblingStatement, siblingIdeas } from './truth-siblings';
import { termChoiceIdeas } from './term-choice';
import { causeIdeas } from './idea-cause';
import { whyIdeas } from './idea-why';
import { keyIsWhole } from './idea-whole';
import { keyStandsApart } from './idea-echo';
import { strictEditorKeeps, whatOfPerson } from './idea-strict';
import { sensibleIdea } from './idea-sense';
import { leadSenseRefuses } from './idea-lead-sense';
import { listSlipRefuses } from './idea-list-slips';
import { keyGrammarRefuses } from './idea-key-grammar';
import { slipRedraft, slipRefuses } from './idea-slips';
import { classAsked, missingPartRedraft, missingPartRefuses } from './idea-missing-parts';
import { askedByAcronym, finiteCut, leadKeyRefuses } from './idea-lead-keys';
import { definitionShapeRefuses } from './idea-definition-shape';
import { keyFidelityRefuses } from './idea-key-fidelity';
import { unseenPointerRefuses } from './idea-unseen-pointers';
import { unanchoredRefuses } from './idea-unanchored';
import { longHandoutRefuses } from './idea-long-handout';
import { minorPointRefuses } from './idea-minor-points';
import { termKeyStopRefuses } from './idea-term-key-stops';
import { classAsMeaningRefuses } from './idea-class-as-meaning';
import { promptFrameMended, promptFrameRefuses } from './idea-prompt-frame';
import { secondAnswerRefuses } from './idea-second-answer';
import { noteLineRefuses } from './idea-note-lines';
import { titleFrameRedraft } from './idea-title-frame';
import { listTermFirst } from './list-term-first';
import { keySpanRefuses } from './idea-key-span';
import { resolvePointer } from './unseen-pointer';
import { asksStep } from './idea-fragment';
import { statesFragment } from './idea-clause';
import { namedInFull } from './unseen-referent';
import { askedInField, keyDoesNotDefine } from './key-defines';
import { refersByComparison } from './unseen-comparison';
import { pointsBackIdea } from './unseen-definite';
import { glossaryEntry, glossaryIdeas } from './idea-glossary';
import { processGlossIdeas } from './idea-process-gloss';
import { revisionIdeas } from './revision-list';
import { headingQualifierLost } from './heading-qualifier';
import { acronymIdeas } from './idea-acronym';
import { framedTerm } from './term-frame';
import { factFileIdeas } from './idea-fact-file';
import { titleGivesYear } from './title-year';
import { keyCut } from './key-cut';
import { endsOnPassiveContact } from './idea-cut';
import { namedTermIdeas } from './idea-named-term';
import { processCalledIdeas } from './idea-process-called';
import { isArrowLine } from './arrow-line';
import { wordEquationIdeas } from './idea-word-equation';
import { wordFormulaIdeas } from './idea-word-formula';
import { articleViews, chooseIdeas, type ArticleView, type Idea } from './ideas';
import type { Sentence } from './text';

/**
 * The drafts of documents no editor reads, chosen by idea (`ideas.ts`): every kind proposes its
 * ideas for each article, `chooseIdeas` keeps the most central that pass `passes` (the
 * generator's checks, which record why they reject). Pure.
 */

/**
 * The ideas of one article: its lead definition and the year of its central event; when its
 * lead defines nothing (a news report), the year of its first sentence's event and the offices
 * of the people it keeps naming (an encyclopedia's "then Transport Secretary" is history, not
 * who a reader must know).
 */
export function articleIdeas(article: ArticleView): Idea[] {
	const lead = leadIdeas(article);
	const news = lead.length === 0;
	return [
		...proseIdeas(article, lead, news),
		// A notes' word equation: "glucose + oxygen → carbon dioxide + water" (gen87). Asked in a
		// fixed frame from a line whose shape the kind checks itself, so none of the refusals of
		// a prose key (cut mid-phrase, dangling subject …) reads it.
		...wordEquationIdeas(article),
		// "speed = distance ÷ time" → "How is speed calculated?" (gen87), in the same fixed frames.
		...wordFormulaIdeas(article)
	];
}

/** The ideas read from the article's sentences as prose, each through every prose refusal. */
function proseIdeas(article: ArticleView, lead: Idea[], news: boolean): Idea[] {
	const documentText = article.sentences.map((s) => s.text).join(' ');
	// H28 S07: a term the key-term list defines is asked by the list's line (gen75).
	return listTermFirst(
		[
			...lead,
			...traitIdeas(article),
			...yearIdeas(article, news),
			// A history article that opens on its event and date ("On 28 December 1879, the Tay
			// Bridge collapsed …") tells its year in no "was fought" sentence (`idea-event.ts`); one
			// year is kept (`MAX_PER_KIND`), the first that passes the checks.
			...eventYearIdeas(article),
			// A milestone the lead tells of the subject itself: a prize, an office, a founding (gen15).
			...milestoneIdeas(article),
			// "… and the dam was completed in 1970" of the title's Aswan High Dam (gen48).
			...titleThingIdeas(article),
			// Who made the subject: "Flash memory was invented by Fujio Masuoka" (gen16).
			...agentIdeas(article),
			// The key terms the body defines and the named events it dates (gen17).
			...termIdeas(article),
			// "… at the same rate. This state is called dynamic equilibrium." (gen20a).
			...thisCalledIdeas(article),
			// "… in congresses. This system of cooperation is called the Concert of Europe." (gen48).
			...thisNamedIdeas(article),
			// "Water that is safe to drink is called potable water." in a handout (gen45).
			...namedCalledIdeas(article),
			// "A person who repairs clocks was called a **horologist**." in a handout (gen66).
			...nameForIdeas(article),
			// A handout's key-term list: "Catalyst – a substance that speeds up …" (gen35).
			...glossaryIdeas(article),
			// A notes' process glossed by a clause: "Scouring – grit scrapes the rock …" (gen80).
			...processGlossIdeas(article),
			// A revision list: "Nucleus – contains genetic material …", "Amylase breaks down …" (gen69).
			...revisionIdeas(
				article,
				(section) =>
					article.sentences.filter((s) => s.section === section && glossaryEntry(s)).length
			),
			// A fact box's labelled lines: "Location: …", "Founded: …" of its topic (gen77).
			...factFileIdeas(article),
			// "ABS (acrylonitrile butadiene styrene)" in a handout that uses ABS again (gen63).
			...acronymIdeas(article),
			// "…, a process called differentiation." in a handout (gen35).
			...processCalledIdeas(article),
			// A handout's term its title or a heading names, defined in prose (gen38).
			...namedTermIdeas(article),
			// "Archimedes' principle states that …", "Geographers define a desert as …" (gen33).
			...statedIdeas(article),
			// "the Schlieffen Plan, a plan to defeat France quickly …" in a handout (gen20a).
			...appositionIdeas(article),
			// "a hotspot, a plume of unusually hot rock …" in a handout (gen46).
			...termAppositionIdeas(article),
			// "This is an **electromagnet**: a magnet that …" in a handout that bolds its terms (gen51).
			...boldColonIdeas(article),
			// "a **coup** (a sudden, illegal seizure of power)" in such a handout (gen51).
			...boldParenIdeas(article),
			// "The **Cold War** was the long period …", "a tool called a **strigil**, which …" (gen60).
			...boldDefinedIdeas(article),
			// "a peasant uprising known as the Jacquerie broke out …" in a handout (gen21).
			...knownAsIdeas(article),
			// "…, a sudden glacial outburst flood, known by its Icelandic name, jokulhlaup." (gen48).
			...nativeNameIdeas(article),
			...happeningIdeas(article),
			// Who did the body's deeds, when its events happened (gen18).
			...deedIdeas(article),
			...whenIdeas(article),
			...whereIdeas(article),
			// A handout's claim as true or false, one year or number swapped (gen18b).
			...truthIdeas(article),
			// A key-term list's term given its sibling's definition, false by the list (gen68).
			...siblingIdeas(article),
			// A key-term list's entry as "Which term means …?", its siblings the choices (gen76).
			...termChoiceIdeas(article),
			// A cause the document states outright, of an effect it names in full (gen18b).
			...causeIdeas(article),
			// A handout's one-sentence reason: "Why is Mars known as the Red Planet?" (gen53).
			...whyIdeas(article),
			...(news ? roleIdeas(article) : [])
		]
			// "What was Edgar Rice Burroughs?" → "Who was …": a person's key asks "Who" (U16 S78,
			// both reviewers accepted the card gen12 refused for its "What").
			.map((idea) =>
				whatOfPerson(idea.prompt, idea.answer) && !classAsked(idea.prompt)
					? { ...idea, prompt: idea.prompt.replace(/^What\s/u, 'Who ') }
					: idea
			)
			// U24's two-verb year prompts and modifier subjects mended (gen22b).
			.flatMap((idea) => slipRedraft(idea) ?? [])
			// H4/U26's acronyms spelled out, stray titles cut (gen27).
			.flatMap((idea) => missingPartRedraft(idea, article) ?? [])
			// U28's acronym titles asked by the name they stand for (gen31).
			.map((idea) => askedByAcronym(idea, article) ?? idea)
			// H10's bare surnames and shortened names said in full ("Smith" → "John Smith"; gen43).
			.map((idea) => namedInFull(idea, article))
			// H22/H23's pointers into the title said in full ("the blossoms" → "the cherry
			// blossoms"), or refused when no name says which ("the towers"; gen67).
			.flatMap((idea) => resolvePointer(idea, article) ?? [])
			// H10's keys that define by an activity, asked in their field or not at all (gen43).
			.flatMap((idea) => askedInField(idea, article) ?? [])
			.filter(
				(idea) =>
					// An arrow chain or equation read as a sentence ("Why did … join joined … → …?",
					// rejected by all three reviewers, session 37; gen87).
					!isArrowLine(idea.sentence.text) &&
					// H14's key cut in mid-phrase, "… in a large" (gen54).
					// "the group of people an advert is aimed at." ends its sentence on a passive
					// contact clause's preposition: whole (gen74).
					(idea.type === 'truefalse' ||
						!keyCut(idea.answer) ||
						endsOnPassiveContact(idea.answer, idea.sentence.text)) &&
					keyStandsApart(idea) &&
					strictEditorKeeps(idea, article) &&
					!leadSenseRefuses(idea, article) &&
					// U22's prompts with no subject, list items, passing years, copied slips (gen19).
					!listSlipRefuses(idea, article) &&
					// U23's dangling subjects, verbless clauses, gaps, repeats, trivia years (gen20b).
					!keyGrammarRefuses(idea) &&
					// U24's trivia dates, "of what?" keys, copied slips, reported praise (gen22b).
					!slipRefuses(idea) &&
					// H4/U26's bound years, kin keys, cut pairs, clause keys, eraless deeds (gen27).
					!missingPartRefuses(idea, article) &&
					// U27/U28's copied slips, kind-and-place keys, known-for left out, works
					// without which one, leads the article qualifies (gen31).
					!leadKeyRefuses(idea, article) &&
					// H7's handout cards: worked examples, non-things asked, keys that define nothing,
					// pointers into the text, birth dates and quote years (gen32).
					!definitionShapeRefuses(idea, article) &&
					// U29's lost formulas, run-on keys, hedged traits with rivals, side causes (gen34).
					!keyFidelityRefuses(idea, article) &&
					// U30/H8's pointers into the text, initials cut, side facts, instructions, giveaways (gen36).
					!unseenPointerRefuses(idea, article) &&
					// H18's bare given names, proper-name apposition cards, lower-cased names,
					// pointers and likening keys (gen62).
					!unanchoredRefuses(idea, article) &&
					// H22/H23's false-by-a-number statements, minor life years, opening hooks and
					// "What is X?" keyed by one trait (gen67).
					!minorPointRefuses(idea, article) &&
					// H24's dash-joined keys, class memberships and instances as meanings, bare
					// place words asked, keys cut after a determiner (session 34).
					!keySpanRefuses(idea) &&
					// H25's partial term keys, fact-file labels, month-joined names, copied adverbs (gen69).
					!termKeyStopRefuses(idea) &&
					// H27's definition keys that are a bare class or a state of matter (gen73).
					!classAsMeaningRefuses(idea) &&
					// H28's prompts cut at a degree word, years of unnamed works published (gen75).
					!promptFrameRefuses(idea) &&
					// H30's partial keys: a second name, a second gloss, a relation (gen79).
					!secondAnswerRefuses(idea, article) &&
					// H32/H33's list words asked as terms, dropped subjects, keys that point into the
					// handout or end on a possessive, histories as meanings, detailed places,
					// self-describing terms (gen84).
					!noteLineRefuses(idea, article) &&
					// Long handouts' cards asked of no thing or pointing back ("What is the second?",
					// "both men", "troops there"; gen33).
					!longHandoutRefuses(idea) &&
					// A list's verbless step as true or false ("Collecting a gas …, and recording …"; gen35).
					!asksStep(idea) &&
					// A noun phrase as true or false ("The Dawes Plan of 1924, which …"; H10, gen41).
					// A key-term line framed as a sentence of its own is no fragment (gen68).
					(!statesFragment(idea) || isSiblingStatement(idea)) &&
					// H10's keys that do not define their name whole: another phrase's gloss, a
					// characterisation, cut inside a date or the name (gen43).
					!keyDoesNotDefine(idea) &&
					// A year the handout's own title gives (H20 S130, H22 S62).
					!titleGivesYear(idea, article) &&
					// "The current is the same at every point" under "Series circuits" beside
					// "Parallel circuits": the heading's limit left out (gen71).
					!headingQualifierLost(idea, article) &&
					// H11's comparisons and measures whose other term is in an earlier sentence (gen44).
					!refersByComparison(idea) &&
					// H12's general nouns, "a later …" and shared rulers' names for an earlier
					// sentence's thing ("the project", "a later pretender", "Henry"; gen47).
					!pointsBackIdea(idea, documentText, article.title) &&
					// U21's keys cut mid-clause or mid-list, properties, copied slips (gen18).
					keyIsWhole(idea)
			)
			// U28's participle keys that go on with a finite verb: "… held in X and lasts a week" (gen31).
			.flatMap((idea) => finiteCut(idea, article) ?? [])
			// U16/U17's kinds: no side fact, garbled prompt, partial name, minor year or lost attribution.
			.flatMap((idea) => sensibleIdea(idea, article) ?? [])
			// H14's handout terms with an everyday sense asked in the handout's frame, once every
			// check has read the bare prompt (gen54).
			.flatMap((idea) => framedTerm(idea, article) ?? [])
			// H28's stray capitals inside a frame and name suffixes accepted alone (gen75).
			.map((idea) => promptFrameMended(idea, article))
			// H34's note labels and category items asked as terms, open questions of the subject or
			// a many-roled thing, parts and given names without their whole, impossible swaps (gen86).
			.flatMap((idea) => titleFrameRedraft(idea, article) ?? [])
	);
}

/**
 * Every article's chosen drafts, in article order, each article's best first; `views`, when
 * given, receives the articles as read (`articleViews`), for what is said of them afterwards
 * (`glossary-skips.ts`).
 */
export function ideaDrafts(
	sources: SourceFile[],
	sentences: Sentence[],
	lexicon: Lexicon,
	docs: Map<string, DocInfo>,
	passes: (c: Candidate) => boolean,
	views?: (articles: ArticleView[]) => void
): Candidate[] {
	const articles = articleViews(sources, sentences, lexicon, docs);
	views?.(articles);
	return articles.flatMap((article) => chooseIdeas(articleIdeas(article), article, passes));
}
