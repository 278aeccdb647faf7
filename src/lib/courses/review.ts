import { hasSourceSentence, QUESTION_TYPES, type QuestionType } from '$lib/content/schema';
import type { DocumentRecord, DraftStatus, QuestionRecord } from '$lib/db/records';
import type { IdeaKind } from '$lib/generator/ideas';
import { splitSentences } from '$lib/generator/text';
import { textBlocks } from '$lib/content/sources';
import { termAskedAbout } from '$lib/content/term-asked';
import { foldText } from '$lib/text/fold';

/**
 * The review screen's view of a user course (src/routes/courses/review): drafts grouped by the
 * sentence they ask about, each sentence shown in its paragraph, counts by status, and what
 * fact a question tests. Pure; the screen reads the rows with `watchCourse` (review-live.ts).
 */

export interface SentenceGroup {
	/** The exact sentence (the questions' `source.quote`). */
	quote: string;
	/** The paragraph of the document holding it, or the quote alone if none does. */
	paragraph: string;
	questions: QuestionRecord[];
}

export interface DocumentGroup {
	document: DocumentRecord;
	sentences: SentenceGroup[];
}

/**
 * The paragraphs of a stored document's text as its reader shows them (`textBlocks`, the one
 * way text is cut): a list item is a paragraph of its own, without its "- " or "1. " (Review
 * drafts showed "- Diode: …" and the whole list as one paragraph: outsider teacher, session 36).
 */
export function paragraphs(document: Pick<DocumentRecord, 'text'>): string[] {
	return textBlocks(document.text ?? '').map((block) => block.text);
}

/**
 * Questions grouped by document (in course order), then by sentence in reading order (where the
 * sentence first appears in the text), each group's questions in course order. A question whose
 * document is missing is left out; a sentence not found in the text is shown last, on its own.
 */
export function groupBySentence(
	documents: DocumentRecord[],
	questions: QuestionRecord[]
): DocumentGroup[] {
	const byDoc = new Map<string, QuestionRecord[]>();
	for (const q of [...questions].sort((a, b) => a.position - b.position)) {
		const list = byDoc.get(q.source.doc) ?? [];
		list.push(q);
		byDoc.set(q.source.doc, list);
	}
	return [...documents]
		.sort((a, b) => a.position - b.position)
		.map((document) => {
			const text = document.text ?? '';
			const paras = paragraphs(document);
			const groups = new Map<string, SentenceGroup & { at: number }>();
			for (const q of byDoc.get(document.id) ?? []) {
				const quote = q.source.quote;
				let group = groups.get(quote);
				if (!group) {
					const at = text.indexOf(quote);
					const paragraph = paras.find((p) => p.includes(quote)) ?? quote;
					group = { quote, paragraph, questions: [], at: at < 0 ? Infinity : at };
					groups.set(quote, group);
				}
				group.questions.push(q);
			}
			const sentences = [...groups.values()]
				.sort((a, b) => a.at - b.at)
				.map(({ at: _at, ...group }) => group);
			return { document, sentences };
		});
}

/** How many questions are accepted, waiting (draft) and rejected. Hand-written ones are accepted. */
export function statusCounts(questions: QuestionRecord[]): Record<DraftStatus, number> {
	const counts: Record<DraftStatus, number> = { accepted: 0, draft: 0, rejected: 0 };
	for (const q of questions) counts[q.status ?? 'accepted']++;
	return counts;
}

/** Drafts waiting by type, in the app's type order, types with none left out. */
export function draftsByType(questions: QuestionRecord[]): { type: QuestionType; count: number }[] {
	return QUESTION_TYPES.map((type) => ({
		type,
		count: questions.filter((q) => q.type === type && q.status === 'draft').length
	})).filter((t) => t.count > 0);
}

/**
 * What the answer of a question on a fact of this kind is, in words. The generator's answer is
 * the person for a role fact (the role only on its flashcard), the speaker for a quotation, the
 * expansion for an acronym and the name for a definition (the definition only on its flashcard).
 * `undefined`: the kind names no part of the sentence (a true-or-false claim tests the whole of
 * it), so only a value can say what is tested. Keyed by every idea kind, so a new kind cannot
 * fall back to generic words unseen (six kinds did: "Tests what the sentence says in this
 * sentence.", outsider teacher, issue 12).
 */
const KIND_WORDS: Record<
	Exclude<IdeaKind, 'lead'> | FactKeyKind,
	string | ((type: QuestionType) => string) | undefined
> = {
	year: 'the year',
	date: 'the date',
	number: 'the figure',
	person: 'who',
	role: (type) => (type === 'flashcard' ? 'the role' : 'who'),
	place: 'the place',
	org: 'the organisation',
	acronym: 'what the acronym stands for',
	quote: 'who said it',
	term: 'the term',
	definition: (type) => (type === 'flashcard' ? 'the definition' : 'what is defined'),
	// The idea kinds of a user's drafts (generator/ideas.ts): a cause or an effect of the
	// subject, what the subject did, what the article claims of it (what it consists of, holds,
	// was made for) and the key term of a section's claim.
	cause: 'the cause or effect',
	deed: 'what was done',
	claim: 'what the article says',
	keyterm: 'the key term',
	// What the lead says the subject consists of, is found in or is attached to (ideas.ts).
	trait: 'what the article says of it',
	// The year of a milestone of the subject, of a named event, of a dated deed; who made the
	// subject; where a named event happened.
	milestone: 'the year',
	happening: 'the year',
	when: 'the year',
	agent: 'who',
	where: 'the place',
	// A handout's key-term list entry (generator/idea-glossary.ts): the card gives its definition.
	glossary: (type) => (type === 'flashcard' ? 'the definition' : 'what is defined'),
	// A true-or-false statement of a claim: the whole sentence is what it tests.
	truth: undefined,
	// A notes' word equation or formula (generator/idea-word-equation.ts): its products or rule.
	equation: 'the equation'
};

/** Fact kinds of the generator's keys that are not idea kinds (`facts.ts`, older drafts). */
type FactKeyKind =
	| 'date'
	| 'number'
	| 'person'
	| 'place'
	| 'org'
	| 'acronym'
	| 'quote'
	| 'definition'
	| 'claim'
	| 'keyterm';

const KIND_IN_KEY = new RegExp(`[-:](${Object.keys(KIND_WORDS).join('|')})-[0-9a-z-]{8}$`);

/**
 * The fact a question tests, in words: "the year: 2017", or `''` when words would only repeat
 * what the card already shows. The kind comes from the generator's fact key
 * (`<doc>-<kind>-<hash>`, or `role-<hash>` for an office held), the value from the question or,
 * for a true/false statement (whose shown value may be the wrong one), from a sibling with the
 * same fact. A hand-written question tests its answer; an imported one with no source sentence,
 * its answer. Nothing when the value is the question's own prompt or sentence (a true statement
 * is its sentence: "Tests what the sentence says: <the sentence again>") or when neither a kind
 * nor a value says anything ("what the sentence says in this sentence").
 */
export function factOf(question: QuestionRecord, all: QuestionRecord[]): string {
	if (!hasSourceSentence(question) && question.type === 'truefalse')
		return `the statement: ${question.prompt}`;
	const kind = KIND_IN_KEY.exec(question.fact)?.[1] as keyof typeof KIND_WORDS | undefined;
	const valueOf = (q: QuestionRecord) => (q.type === 'truefalse' ? undefined : q.answer);
	const value =
		valueOf(question) ??
		all.find((q) => q.fact === question.fact && q.type !== 'truefalse')?.answer;
	// "What is a meander?" tests the term its front names; its answer is the definition.
	const asked =
		kind && TERM_KINDS.has(kind)
			? termAskedAbout(question.prompt, question.source.quote)
			: undefined;
	if (asked) return `the term: ${asked}`;
	const words = kind ? KIND_WORDS[kind] : undefined;
	const what = typeof words === 'function' ? words(question.type) : words;
	if (value && !repeatsCard(value, question)) return `${what ?? 'the answer'}: ${value}`;
	return what && !value && !WHOLE_CLAIM.has(kind!) ? `${what} in this sentence` : '';
}

/** Kinds of a term and its meaning (a key-terms list entry too): either side may be the answer. */
const TERM_KINDS = new Set<string>(['term', 'keyterm', 'definition', 'glossary']);

/** Kinds whose words name the sentence's claim, not a part of it: "in this sentence" adds nothing. */
const WHOLE_CLAIM = new Set<string>(['claim', 'trait', 'truth']);

/** Every kind a fact key can name, for tests of the wording. */
export const FACT_KEY_KINDS = Object.keys(KIND_WORDS);

/** True when `value` is what the card already shows in full: its prompt or its sentence. */
function repeatsCard(value: string, question: QuestionRecord): boolean {
	const folded = foldText(value);
	return folded === foldText(question.prompt) || folded === foldText(question.source.quote);
}

/** The sentences of a paragraph, each an exact substring (the generator's own splitter). */
export function sentencesOfParagraph(paragraph: string): string[] {
	return splitSentences(paragraph);
}

/**
 * What the hand-writer offers to write from: the document's body paragraphs, then each of
 * `lines` (its "Term – meaning" lines that gave no card, `DocumentRecord.skipped`) that is no
 * sentence of them, as a paragraph of its own. A list line is no body paragraph (`bodyParagraphs`
 * keeps prose), so "Write a card from this line" found nothing to open and did nothing for 10 of
 * a student's 11 lines (final outsider, session 37). A line the splitter would cut in two is left
 * out: the writer opens on a whole sentence.
 */
export function writerParagraphs(body: string[], lines: readonly string[]): string[] {
	const sentences = new Set(body.flatMap(sentencesOfParagraph));
	const extra = lines.filter((line, i) => {
		if (sentences.has(line) || lines.indexOf(line) !== i) return false;
		const split = sentencesOfParagraph(line);
		return split.length === 1 && split[0] === line;
	});
	return [...body, ...extra];
}
