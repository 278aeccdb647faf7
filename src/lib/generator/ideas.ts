import { acceptedForms } from './idea-accept';
import type { YearRanks } from './idea-spread';
import type { QuestionType } from '../content/schema';
import type { SourceFile } from '../content/sources';
import type { Candidate, DocInfo } from './candidates';
import { sentenceKey } from './centrality';
import type { SubjectReference } from './coreference';
import type { Fact, Lexicon } from './facts';
import type { Person } from './lexicon';
import type { Salience } from './salience';
import { hedged } from './idea-hedge';
import { fold, hashId, words, type Sentence } from './text';
import { askedTerms } from './asked-term';
import { kindCap } from './idea-caps';
import { startsTrue, statementTurns } from './truth-turns';
import { sourceSays } from './document-frame';

/**
 * Drafts no editor reads (a user's own documents) are chosen by the kind of idea a sentence
 * carries, not by filtering every fact of every sentence (issues 9 and 12). Only the kinds that
 * strict blind reviewers accepted are kept (the table of U1–U8 in `questions/unseen/README.md`):
 * `idea-lead.ts` (what the subject is), `idea-year.ts` (the year of the central event) and
 * `idea-role.ts` (who a person the text keeps naming is). Key terms, causes, claims, deeds,
 * other terms' definitions and glosses were dropped: blind reviewers accepted 1 of 6 key-term
 * blanks, 0 of 2 causes and 0 of 7 definitions of anything but the subject. `chooseIdeas` ranks
 * them by how central they are; the ordinary checks (`checks.ts`) still run on each.
 */

/** The kinds of idea, as `ideas.ts` asks them. */
export type IdeaKind =
	| 'lead'
	| 'year'
	| 'role'
	| 'trait'
	| 'milestone'
	| 'agent'
	| 'term'
	| 'happening'
	| 'deed'
	| 'when'
	| 'where'
	| 'cause'
	| 'truth'
	| 'glossary'
	| 'equation';

/** One article as the idea kinds read it. */
export interface ArticleView {
	doc: DocInfo;
	/** The document's title ("Robert Koch", "Rickets"), or "" when it has none of its own. */
	title: string;
	/** The article's sentences in reading order. */
	sentences: Sentence[];
	/** What each sentence has that makes it main (`salience.ts`). */
	marks: (s: Sentence) => Salience | undefined;
	/** The words that name the subject (`subjectTerms`), folded. */
	subject: Set<string>;
	/** How the article refers to its subject, when its lead defines it. */
	ref?: SubjectReference;
	/** True when a word is written in lower case somewhere in the corpus. */
	isCommon: (word: string) => boolean;
	/** Words in the article. */
	wordCount: number;
	/**
	 * The terms the author emphasised in running text (bold, `<dfn>`), folded; absent for a text
	 * whose file marks none (`$lib/documents/emphasis.ts`).
	 */
	emphasis?: ReadonlySet<string>;
	/** True when a name is a person the corpus names (`lexicon.ts`). */
	isPerson: (name: string) => boolean;
	/** True when a name is a place the corpus names (`lexicon.ts`). */
	isPlace: (name: string) => boolean;
	/** The people the corpus names (`lexicon.ts`), each with the forms it is written in. */
	people: readonly Person[];
}

/** One question an idea kind proposes, before checks and ranking. */
export interface Idea {
	kind: IdeaKind;
	sentence: Sentence;
	type: QuestionType;
	prompt: string;
	answer: string;
	accept?: string[];
	/** The wrong choices of a multiple-choice question. */
	distractors?: string[];
	/** A year question's wrong choices at each rank of its key, for a course to balance. */
	ranks?: YearRanks;
	/** Where the answer sits in the sentence; 0 when the answer is not one span of it. */
	start: number;
	/** The explanation shown after answering, when not the cited sentence alone. */
	explanation?: string;
	/** The words of the sentence the question is about, when the answer is not one of its spans
	 * (a definition card's name, a cause as the sentence writes it). */
	span?: string;
	/** The sentence as the prompt reads it (its subject named), for the readability checks. */
	context?: string;
	/** What the article may call into doubt elsewhere: the defined name, the year (`hedged`). */
	doubt?: string;
	/** The kind's own weight (0–3): a subject's definition outranks a term's. */
	weight: number;
}

/** The article views of `sources`, from the sentences and the salience the generator computed. */
export function articleViews(
	sources: SourceFile[],
	sentences: Sentence[],
	lexicon: Lexicon,
	docs: Map<string, DocInfo>
): ArticleView[] {
	const salience = lexicon.salience;
	const places = new Set([...lexicon.places.values()].map((p) => fold(p.name)));
	return sources.map((source) => {
		const id = source.document.id;
		const own = sentences.filter((s) => s.doc === id);
		return {
			doc: docs.get(id)!,
			title: /^Document \d+$/.test(source.document.title) ? '' : source.document.title,
			sentences: own,
			marks: (s) => salience?.sentences.get(sentenceKey(s)),
			subject: salience?.subjects.get(id) ?? new Set<string>(),
			ref: salience?.references.get(id),
			isCommon: (w) => lexicon.commonWords.has(w.toLowerCase()),
			wordCount: own.reduce((n, s) => n + s.text.split(/\s+/).length, 0),
			...(source.emphasis?.length && { emphasis: new Set(source.emphasis.map(fold)) }),
			isPerson: (name) => isPersonName(name, lexicon),
			isPlace: (name) => places.has(fold(name)),
			people: [...lexicon.people.values()]
		};
	});
}

/**
 * How central an idea is: its kind's weight, then its sentence's place (lead 2, a section's
 * opening sentence 1), whether it names the subject (1), and how often the answer's words
 * recur in the article (up to 2): the idea a teacher asks is the one the article keeps
 * returning to (Edmundson 1969; Radev et al. 2004).
 */
export function centrality(idea: Idea, article: ArticleView): number {
	const marks = article.marks(idea.sentence);
	const answerWords = words(idea.answer).filter((w) => w.length >= 4);
	const recur = answerWords.length
		? answerWords.reduce(
				(n, w) =>
					n +
					article.sentences.filter((s) => s !== idea.sentence && words(s.text).includes(w)).length,
				0
			) / answerWords.length
		: 0;
	return (
		idea.weight +
		(marks?.lead ? 2 : 0) +
		(marks?.topic ? 1 : 0) +
		(marks?.subject ? 1 : 0) +
		Math.min(2, recur / 2)
	);
}

const FACT_KIND: Record<IdeaKind, Fact['kind']> = {
	lead: 'definition',
	year: 'year',
	role: 'role',
	trait: 'term',
	milestone: 'year',
	agent: 'person',
	term: 'term',
	happening: 'year',
	deed: 'person',
	when: 'year',
	where: 'place',
	cause: 'term',
	truth: 'term',
	glossary: 'term',
	equation: 'term'
};

/**
 * The text without a wiki's stray markup: the italic and bold quotes '' and ''' a dump leaves in
 * ("genitalium''", blind review U12). The cited quote keeps the document's own characters.
 */
export function withoutMarkup(text: string): string {
	return text.replace(/'{2,}/gu, '').replace(/\s{2,}/gu, ' ');
}

/** The idea as a generator candidate, so every check of `checks.ts` reads it as any other. */
export function ideaCandidate(idea: Idea, article: ArticleView, score: number): Candidate {
	const { doc } = article;
	const text = idea.sentence.text;
	const typed = idea.type === 'short' || idea.type === 'cloze';
	const person = /^Who\b/u.test(idea.prompt) || article.isPerson(idea.answer);
	const accept = acceptedForms(idea.answer, idea.accept ?? [], article, { typed, person });
	const fact: Fact = {
		kind: FACT_KIND[idea.kind],
		fine: `idea:${idea.kind}`,
		answer: idea.span ?? idea.answer,
		start: idea.start,
		sentence: idea.sentence,
		accept,
		identity: fold(idea.answer)
	};
	const hash = hashId(`${doc.id}|${idea.kind}|${text}|${idea.prompt}`, 8);
	const choices = idea.distractors && [idea.answer, ...idea.distractors].sort();
	return {
		question: {
			id: `g-${doc.id}-${idea.type}-${hash}`,
			type: idea.type,
			source: { doc: doc.id, quote: text },
			// The kind in the key says what the question tests (`factOf` in courses/review.ts).
			fact: `${doc.id}-${idea.kind === 'lead' ? 'definition' : idea.kind}-${hash}`,
			topics: [],
			difficulty: idea.type === 'flashcard' ? 1 : 2,
			origin: 'generated',
			explanation: withoutMarkup(idea.explanation ?? `${sourceSays(doc.short)}: “${text}”`),
			prompt: withoutMarkup(idea.prompt),
			answer: withoutMarkup(idea.answer),
			...(accept.length && { accept }),
			...(choices && { choices })
		},
		fact,
		distractors: idea.distractors ?? [],
		...(idea.ranks && { ranks: idea.ranks }),
		score,
		slot: idea.type === 'flashcard' || idea.type === 'short' ? 'card' : 'blank',
		asOf: doc.asOf,
		yearCap: Number(doc.year),
		...(idea.context && { context: idea.context })
	};
}

/**
 * The best ideas of one article: highest `centrality` first, one per sentence and per answer,
 * at most `kindCap` of a kind (`idea-caps.ts`). `passes` is the generator's checks; a failed idea is reported
 * through `reject` and the next one is tried.
 */
export function chooseIdeas(
	ideas: Idea[],
	article: ArticleView,
	passes: (c: Candidate) => boolean
): Candidate[] {
	const ranked = ideas
		.map((idea) => ({ idea, score: centrality(idea, article) }))
		.sort(
			(a, b) =>
				b.score - a.score ||
				a.idea.sentence.index - b.idea.sentence.index ||
				(a.idea.prompt < b.idea.prompt ? -1 : 1)
		);
	const sentences = new Set<string>();
	const answers = new Set<string>();
	// Which kept answers are statements: a statement and a card's key that merely end on the
	// same word ("… close to the border with Sudan." beside the Sudd's "A vast swamp in South
	// Sudan") are two ideas, one holding the other is one (gen46, issue 12's recall).
	const statements = new Set<string>();
	// Two entries of one key-term list are two terms though their definitions end on the same
	// noun ("A flowing Persian script", "A large, curving display script"): the teacher listed
	// both (gen49, issue 12: H12's key-term cards were accepted 148 of 156 times).
	const glossed = new Set<string>();
	// Each term asked once, by whichever kind asks it best (`asked-term.ts`, H23; gen67).
	const terms = new Set<string>();
	const kept: Candidate[] = [];
	const keptIdeas: Idea[] = [];
	for (const { idea, score } of ranked) {
		// Two offices ("Serbian President", "Kosovo's President") are two people, not one idea; a
		// statement's answer is "true" or "false", so the statement itself is its identity (gen20a:
		// a handout kept one true and one false statement whatever its cap).
		// Word equations' products repeat ("salt + water" of an oxide, a hydroxide, an alkali):
		// each line is its own idea, its prompt its identity (gen87).
		const own = idea.kind === 'equation';
		const answer = fold(
			idea.kind === 'role'
				? (idea.span ?? idea.answer)
				: idea.kind === 'truth' || own
					? idea.prompt
					: idea.answer
		);
		// A year asked twice (the central event's and a milestone's) is one idea asked twice.
		if (
			sentences.has(idea.sentence.text) ||
			answers.has(answer) ||
			(!own &&
				[...answers].some((a) =>
					sameIdea(
						a,
						answer,
						statements.has(a) === (idea.kind === 'truth') &&
							!(glossed.has(a) && idea.kind === 'glossary')
					)
				)) ||
			keptIdeas.some(
				(k) =>
					!(own && k.kind === 'equation') &&
					(givesAwayAcross(k, idea, article.doc.year) || givesAwayAcross(idea, k, article.doc.year))
			)
		)
			continue;
		const asks = own ? [] : askedTerms(idea);
		if (asks.some((t) => terms.has(t))) continue;
		const ofKind = kept.filter((c) => c.fact.fine === `idea:${idea.kind}`).length;
		if (ofKind >= kindCap(idea.kind, article)) continue;
		const candidate = ideaCandidate(idea, article, Math.round(score * 100) / 100);
		if (hedged(idea, article) || !passes(candidate)) continue;
		sentences.add(idea.sentence.text);
		answers.add(answer);
		if (idea.kind === 'truth') statements.add(answer);
		if (idea.kind === 'glossary') glossed.add(answer);
		for (const t of asks) terms.add(t);
		kept.push(candidate);
		keptIdeas.push(idea);
	}
	settleStatements(kept, keptIdeas, ideas, article, passes);
	return kept;
}

/**
 * Which version of each kept statement ships (`truth-turns.ts`): `truthIdeas` proposes each true
 * and false, `chooseIdeas` keeps the first that passes; here a statement whose other version
 * also passes every check is free, and the kept ones alternate in reading order. Replaces in
 * place `kept[i]` and `keptIdeas[i]`.
 */
function settleStatements(
	kept: Candidate[],
	keptIdeas: Idea[],
	ideas: Idea[],
	article: ArticleView,
	passes: (c: Candidate) => boolean
): void {
	const year = article.doc.year;
	const turns = keptIdeas
		.map((idea, i) => ({ idea, i }))
		.filter(({ idea }) => idea.kind === 'truth')
		.sort((a, b) => a.idea.sentence.index - b.idea.sentence.index);
	const others = turns.map(({ idea, i }) => {
		const alt = ideas.find(
			(o) =>
				o.kind === 'truth' && o.sentence.text === idea.sentence.text && o.answer !== idea.answer
		);
		if (
			!alt ||
			hedged(alt, article) ||
			keptIdeas.some(
				(k, j) => j !== i && (givesAwayAcross(k, alt, year) || givesAwayAcross(alt, k, year))
			)
		)
			return undefined;
		const candidate = ideaCandidate(alt, article, kept[i].score);
		return passes(candidate) ? { alt, candidate } : undefined;
	});
	const truths = statementTurns(
		turns.map(({ idea }, n) => (others[n] ? 'both' : idea.answer === 'true' ? 'true' : 'false')),
		startsTrue(article.title, article.sentences[0]?.text ?? '')
	);
	turns.forEach(({ idea, i }, n) => {
		const other = others[n];
		if (other && (idea.answer === 'true') !== truths[n]) {
			kept[i] = other.candidate;
			keptIdeas[i] = other.alt;
		}
	});
}

/**
 * True when one card of a deck shows another's answer: `other`'s short answer (a number, or a
 * name of two to four words) stands in `card`'s prompt or key ("What is Mars Attacks?" → "… released in
 * 1962 by Topps" beside "… was created by Topps in ____." keyed 1962, U23 S66). A true/false
 * card's answer is no fact. `dated`: the document's own year, which a dated office's prompt
 * states as its framing.
 */
export function givesAwayAcross(card: Idea, other: Idea, dated?: string): boolean {
	if (other.type === 'truefalse') return false;
	const answer = fold(other.answer);
	// The document's own year dates every office "in March 2024" (`idea-role.ts`): framing, not
	// the answer to the news report's year card.
	if (answer === dated && /^What office\b/u.test(card.prompt)) return false;
	// One word ("Berlin") recurs across a life's cards as a setting, not as the answer to the same
	// fact: "died in Berlin in ____" beside "Where was X born?" gives nothing away.
	const n = answer.split(' ').length;
	if (!answer || n > 4 || (n === 1 && !/\d/u.test(answer))) return false;
	return [card.prompt, card.answer].some((t) => ` ${fold(t)} `.includes(` ${answer} `));
}

/**
 * Two folded answers of one idea: one holds the other ("vitamin d deficiency" and "vitamin d
 * deficiency in the mother's blood"), or they end on the same noun ("the creation of koch's
 * postulates", "a generic set of postulates"): asking both, one answers the other. `byHead`
 * false (a statement beside a card's key): only holding counts, since a statement's last word is
 * no answer's head noun.
 */
export function sameIdea(a: string, b: string, byHead = true): boolean {
	// A year inside a phrase ("the war of 1213–1214") is no second asking of that year.
	const phrase = (t: string) => /\p{L}/u.test(t);
	if (phrase(a) && phrase(b) && (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)))
		return true;
	if (!byHead) return false;
	const head = (t: string) => t.split(' ').at(-1) ?? '';
	return head(a).length >= 5 && head(a) === head(b);
}

/** True when `name` is a person of the corpus: a full name, a surname or a first name of one. */
function isPersonName(name: string, lexicon: Lexicon): boolean {
	const folded = fold(name);
	if (lexicon.personByAlias.has(folded)) return true;
	return [...lexicon.people.values()].some((p) =>
		p.forms.some((f) => fold(f).startsWith(`${folded} `))
	);
}
