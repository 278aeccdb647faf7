import {
	bodyParagraphs,
	looksLikeHeading,
	textBlocks,
	type SourceFile
} from '$lib/content/sources';
import { sentenceKey } from '$lib/generator/centrality';
import { factsOf, type Lexicon } from '$lib/generator/facts';
import { qualifierUnsaid } from '$lib/generator/heading-qualifier';
import { salienceOf, type Salience } from '$lib/generator/salience';
import { stripLeadIn } from '$lib/generator/standalone';
import { fold, sentencesOf } from '$lib/generator/text';
import { blankAccepts } from './blank-accept';
import { BLANK } from './cloze';
import type { BlankSpan } from './cloze-suggest';
import { generalTerms, yearless } from './blank-units';
import { chooseBlank, CITED_YEAR, definedSpan } from './suggest-blank';
import { leansBack, pastEventNamingNothing } from './leans-outside';
import { refusal } from './suggest-refusal';

/**
 * "More sentences to ask about" (issue 12): a document's sentences ranked by what a teacher
 * would ask about, each with the blank it would be asked by, so writing from a sentence is the
 * main path where the generator drafts little (about one draft per 3,000 words). The marks are
 * the generator's own (`salience.ts`: lead, topic sentence, definition, cause, subject named,
 * turning point; Edmundson 1969's position and cue words), the blanks `blankCandidates`'s
 * (`factsOf`), and what cannot stand alone is refused by `standalone.ts`'s rules, as for drafts.
 * Nothing is drafted here: a suggestion becomes a draft only through the review's validated path
 * (`suggestedDraft`), which the teacher then accepts, edits or rejects.
 */

/** Why a sentence is worth asking about, in the order a person reads them. */
export type SuggestionReason =
	'lead' | 'topic' | 'definition' | 'dated' | 'figure' | 'cause' | 'subject';

/** Points per reason: what blind reviewers accepted most (a definition, a central year) first. */
const WEIGHT: Record<SuggestionReason, number> = {
	lead: 3,
	definition: 3,
	dated: 2,
	cause: 2,
	topic: 1,
	figure: 1,
	subject: 1
};

export interface SentenceSuggestion {
	/** The sentence exactly as in the document (the draft's `source.quote`). */
	quote: string;
	/** Its place among the document's sentences (0-based), for reading order. */
	index: number;
	/** The suggested blank: UTF-16 offsets into `quote`, end exclusive; `kind` in words ("a year"). */
	blank: BlankSpan;
	/** The hidden words (`quote.slice(blank.start, blank.end)`). */
	answer: string;
	/** Other answers a teacher would take (`blankAccepts`: a date's year alone, "Victoria"). */
	accept: string[];
	/** The fill-the-blank prompt: the sentence (its opening "He"/"It" named when the sentence
	 * before resolves it, `salience.ts`) with `____` for the blank. */
	prompt: string;
	reasons: SuggestionReason[];
	score: number;
}

/** The document as the ranking needs it (a `DocumentRecord` is one). */
export interface SuggestDocument {
	id: string;
	title: string;
	text?: string;
}

/** "… known as X", "… is called X": a definition `salience.ts` reads only at a sentence's start. */
const KNOWN_AS =
	/\b(?:(?:also |commonly |widely |now )?known as|(?:is|are|was|were) called|named after)\b/iu;

/**
 * Sentences that open a document, as a reader sees it: its first three. The marks' lead runs to
 * three paragraphs (a whole pasted text with no blank lines), so "opens the document" beside a
 * sentence deep in it was false (courses9, outsider teacher).
 */
const OPENING_SENTENCES = 3;

/**
 * The reasons a sentence is worth asking about, from its marks and its facts, each true of it:
 * "lead" for the document's first sentences only; a later lead sentence that opens its
 * paragraph is a "topic"; "definition" only where a term is defined (`definedSpan`, "known as").
 */
function reasonsOf(
	text: string,
	marks: Salience | undefined,
	lexicon: Lexicon,
	{ index, opensParagraph }: { index: number; opensParagraph: boolean }
): SuggestionReason[] {
	const facts = factsOf({ doc: 's', index: 0, section: '', text }, lexicon);
	// A scholar's year ("Sands (1998)") dates a book, not what the sentence tells.
	const cited = text.replace(CITED_YEAR, '');
	// A day and month with no year ("from 15 April") dates nothing a student can place.
	const dated = facts.some(
		(f) =>
			(f.kind === 'year' || f.kind === 'date') && cited.includes(f.answer) && !yearless(f.answer)
	);
	const found: Record<SuggestionReason, boolean> = {
		lead: Boolean(marks?.lead) && index < OPENING_SENTENCES,
		topic:
			Boolean(marks?.topic) ||
			(Boolean(marks?.lead) && opensParagraph && index >= OPENING_SENTENCES),
		definition: KNOWN_AS.test(text) || Boolean(definedSpan(text)),
		dated,
		figure: facts.some((f) => f.kind === 'number'),
		cause: Boolean(marks?.cause),
		subject: Boolean(marks?.subject)
	};
	return (Object.keys(WEIGHT) as SuggestionReason[]).filter((r) => found[r]);
}

/**
 * The points of a sentence: its reasons' weights, a year or date half of them unless something
 * happened then (`tellsTurningPoint`: founded, discovered, signed…; a year alone is trivia, U1);
 * the first sentence one more; an aside section's (`score` 0) a third, and so one that leans on
 * the sentence before (`leansBack`: "Almost everywhere else …", "The powers also …": outsider
 * teachers, issue 12), which a student reads alone.
 */
function scoreOf(
	text: string,
	reasons: SuggestionReason[],
	marks: Salience | undefined,
	index: number
): number {
	const weight = (r: SuggestionReason) =>
		r === 'dated' && !marks?.event ? WEIGHT.dated / 2 : WEIGHT[r];
	const points = reasons.reduce((sum, r) => sum + weight(r), 0) + (index === 0 ? 1 : 0);
	const aside = marks && marks.score === 0 && !marks.lead;
	return aside || leansBack(text) ? points / 3 : points;
}

/** The prompt: `asked` (the sentence, maybe with its subject named) with the blank's words hidden. */
function promptOf(quote: string, asked: string, blank: BlankSpan): string | undefined {
	// Naming the subject changes only the opening: the blank keeps its place from the end.
	const shift = asked.length - quote.length;
	const start = blank.start + shift;
	if (shift !== 0 && asked.slice(start, blank.end + shift) !== quote.slice(blank.start, blank.end))
		return undefined;
	let [from, to] = [start, blank.end + shift];
	// "_Gebrüder Sulzer_": the Markdown emphasis around the words goes with them, or the prompt
	// shows "______".
	while (/[_*]/u.test(asked[from - 1] ?? '') && asked[from - 1] === asked[to])
		[from, to] = [from - 1, to + 1];
	return `${withBothArticles(asked.slice(0, from))}${BLANK}${asked.slice(to)}`;
}

/**
 * "An ____" → "A/An ____": the article before a blank says whether the answer starts with a
 * vowel sound ("An ____ is a flow of electric charge"; outsider teacher, session 36), so the
 * prompt names both, as a printed worksheet does.
 */
function withBothArticles(before: string): string {
	return before.replace(
		/(^|[^\p{L}])(an?)(\s+)$/iu,
		(_, lead: string, article: string, space) =>
			`${lead}${/^\p{Lu}/u.test(article) ? 'A/An' : 'a/an'}${space}`
	);
}

/**
 * The words of a term as compared for "asked already": folded, an article and a plural "s" off
 * ("successful collisions" is "successful collision").
 */
function termKey(term: string): string {
	return fold(term)
		.replace(/^(?:the|an?) /u, '')
		.split(' ')
		.map((w) => (w.length > 3 ? w.replace(/(?<!s)s$/u, '') : w))
		.join(' ');
}

/** The document's body sentences with their paragraphs and marks (`salienceOf`). */
function markedSentences(document: SuggestDocument) {
	const text = document.text ?? '';
	const body = new Set(bodyParagraphs(text, document.title));
	// A plain text's heading lines ("Series circuits") are its sections, as `## ` ones are: a
	// suggestion under one must say which kind it holds of (`qualifierUnsaid`).
	// A table row is never a sentence to blank, even a row of full sentences: "Temperature –
	// Rate increases …" was offered with "Effect" blank (outsider teacher, session 35).
	const blocks = textBlocks(text).flatMap((b) =>
		b.kind === 'heading' || (body.has(b.text) && !(b.kind === 'paragraph' && b.row))
			? [b]
			: b.kind === 'paragraph' && looksLikeHeading(b.text)
				? [{ ...b, kind: 'heading' as const }]
				: []
	);
	const source = { document: { id: document.id, title: document.title }, short: '', blocks };
	const lower = new Set(text.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu) ?? []);
	const isCommon = (word: string) => lower.has(word.toLowerCase());
	// Capitalised within a sentence somewhere: a name, where a sentence's first word may not be.
	const inside = new Set(text.match(/(?<=[\p{Ll}\p{N},;:]\s+)\p{Lu}[\p{L}’'-]*/gu) ?? []);
	const salience = salienceOf([source as SourceFile], isCommon);
	const marks = salience.sentences;
	const terms = salience.subjects.get(document.id) ?? new Set<string>();
	const all = sentencesOf(document.id, blocks);
	// What the document is about: "France" named all through a history of France (`generalTerms`).
	const general = generalTerms(all);
	// The subject's name: an answer all of whose words name the subject ("Second Empire").
	const isSubject = (answer: string) => {
		const folded = fold(answer)
			.split(' ')
			.filter((w) => w.length >= 3 && w !== 'the');
		return (folded.length > 0 && folded.every((w) => terms.has(w))) || general(answer);
	};
	const paras = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
	const sentences = all.map((sentence) => ({
		sentence,
		paragraph: paras.find((p) => p.includes(sentence.text)) ?? sentence.text,
		marks: marks.get(sentenceKey({ doc: document.id, text: sentence.text }))
	}));
	const sections = [...new Set(all.map((s) => s.section).filter(Boolean))];
	return {
		sentences,
		sections,
		isCommon,
		isSubject,
		isNamed: (word: string) => inside.has(word)
	};
}

/**
 * Whether a capitalised word names a person: one of the lexicon's people; before the lexicon
 * is read (no people yet), any word the document never writes in lower case.
 */
function personTest(lexicon: Lexicon, isCommon: (word: string) => boolean) {
	return (word: string) =>
		lexicon.people.size === 0 ? !isCommon(word) : lexicon.personByAlias.has(fold(word));
}

/**
 * Up to `limit` sentences of `document` to ask about, best first (ties in reading order): each
 * with its reasons, its suggested blank and the prompt it would be drafted as. Left out: a
 * sentence in `taken` (it has a draft or a question already: exact `source.quote`s), a
 * quotation, list item, caption, heading, reference, question, a sentence of under six or over
 * 55 words, one needing the sentence before ("He", "This", "the company", "Second, …") unless
 * `coreference.ts` names the subject in its place, one with no reason or no fair blank
 * (`suggest-refusal.ts`, `suggest-blank.ts`). A suggestion whose answer is a term in `asked`
 * (the answers of the document's drafts and questions) or of a suggestion above comes after
 * the rest. `lexicon` names the document's
 * people and places (`documentLexicon`); `emptyLexicon()` still finds years, dates and figures.
 * Cost: one pass of the marks over the document, then `factsOf` per sentence ranked (about a
 * millisecond each on a 1,500-word article; measured in `sentence-suggest.test.ts`'s figures).
 */
export function suggestSentences(
	document: SuggestDocument,
	lexicon: Lexicon,
	{
		taken = new Set<string>(),
		asked = [],
		limit = 8
	}: { taken?: ReadonlySet<string>; asked?: readonly string[]; limit?: number } = {}
): SentenceSuggestion[] {
	const { sentences, sections, isCommon, isSubject, isNamed } = markedSentences(document);
	const isPerson = personTest(lexicon, isCommon);
	const isName = (word: string) => isNamed(word) || lexicon.personByAlias.has(fold(word));
	const ranked = sentences
		.filter(({ sentence }) => !taken.has(sentence.text))
		.filter(
			({ sentence, paragraph, marks }) => !refusal(sentence, paragraph, marks, isPerson, isName)
		)
		.map(({ sentence, paragraph, marks }) => {
			const opensParagraph = paragraph.startsWith(sentence.text);
			const where = { index: sentence.index, opensParagraph };
			const reasons = reasonsOf(sentence.text, marks, lexicon, where);
			return {
				sentence,
				marks,
				reasons,
				score: scoreOf(sentence.text, reasons, marks, sentence.index)
			};
		})
		.filter(({ reasons }) => reasons.length > 0)
		.sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
	const out: SentenceSuggestion[] = [];
	// A term a draft asks already, or a suggestion above, goes last: "activation energy" asked
	// by the generator's draft and by a suggestion tested the same word twice (session 36).
	const known = new Set(asked.map(termKey));
	const again: SentenceSuggestion[] = [];
	for (const { sentence, marks, reasons, score } of ranked) {
		if (out.length >= limit) break;
		const quote = sentence.text;
		const blank = chooseBlank(quote, reasons, lexicon, isCommon, isSubject);
		// The subject named where "It"/"She" stood (`coreference.ts`), the opening "However, …"
		// dropped (`stripLeadIn`, as the generator's prompts): the prompt stands alone.
		const prompt = blank && promptOf(quote, stripLeadIn(marks?.resolved ?? quote), blank);
		// The blank may hide the one name or year that said where and when ("In ____ 58 buildings
		// were damaged").
		if (!blank || !prompt || pastEventNamingNothing(prompt, isName)) continue;
		const answer = quote.slice(blank.start, blank.end);
		// Under "Series circuits" beside "Parallel circuits", "The ____ is the sum of the
		// individual resistances" teaches that it holds of every circuit (an outsider teacher,
		// session 34): the generator's own rule (`heading-qualifier.ts`).
		if (qualifierUnsaid(`${prompt} ${answer}`, sentence.section, sections)) continue;
		const accept = blankAccepts(quote, blank, lexicon);
		const suggestion = {
			quote,
			index: sentence.index,
			blank,
			answer,
			accept,
			prompt,
			reasons,
			score
		};
		const key = termKey(answer);
		if (known.has(key)) again.push(suggestion);
		else out.push(suggestion);
		known.add(key);
	}
	return [...out, ...again].slice(0, limit);
}
