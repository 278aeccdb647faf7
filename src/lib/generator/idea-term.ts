import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { fold, type Sentence } from './text';

/**
 * Kind 8 (gen17, issue 12's recall: a teacher's three documents gave one draft in all): the key
 * terms a text defines in its body, as a textbook does: "A chloroplast is an organelle
 * surrounded by a double membrane" → "What is a chloroplast?"; "The fluid around the grana is
 * called the stroma" → "What is the fluid around the grana called?". Strict, because blind
 * reviewers accepted 0 of 7 glosses of side terms (U1–U8): only a clause that is the whole
 * definition (one term, the copula, a class noun), a common noun (written in lower case in the
 * corpus: no place, person or work), a term the text uses again (a key term, not a passing
 * one), never the article's own subject (`idea-lead.ts` asks it), never a key that names the
 * term, hedges, ranks or points back into the text. Pure.
 */

/** A word that points into the text or the reader cannot resolve alone. */
const POINTER =
	/\b(?:it|its|they|them|their|this|these|those|that\s+one|he|she|his|her|him|here|there|above|below|former|latter|such)\b/iu;

/** What makes a key a claim rather than a definition: a hedge, a rank, a time word. */
const NOT_PLAIN =
	/\b(?:major|main|central|important|key|principal|popular|common|famous|significant|primary|leading|most|least|best|worst|largest|smallest|biggest|first|last|only|often|sometimes|usually|generally|considered|thought|believed|said|perhaps|probably|possibly|may|might|could|currently|now|today|recently|still|also|not|never|no)\b/iu;

/**
 * A copula definition: "A chloroplast is an organelle …", "Stomata are pores …", "Bacteria are
 * single-celled organisms …" (a plural class after up to two adjectives: a hyphenated compound
 * or an adjective's ending, never a participle, "very", "much" or a preposition), "An antibody is a Y-shaped
 * protein …" (a letter's shape).
 */
const DEFINED =
	/^(?:(A|An|The)\s+)?(\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s+(is|are)\s+((?:a|an|the)\s+(?:\p{Ll}|\p{Lu}-\p{Ll}).*|\p{Ll}+s\b.*|(?:\p{Ll}+-\p{Ll}+|\p{Ll}+(?:al|ic|ous|ar|ent|ant|ive|ful|ary|ile))(?:\s+\p{Ll}+(?:al|ic|ous|ar|ent|ant|ive|ful|ary|ile))?\s+(?!(?:this|thus|less|across|towards|whereas|perhaps|always|sometimes|unless)\b)\p{Ll}{3,}s\b.*)$/u;

/**
 * A term named inside a clause with its class and what it does: "Tears contain an enzyme called
 * lysozyme that breaks down bacterial cell walls" → "What is lysozyme?", "An enzyme that breaks
 * down bacterial cell walls". The class is one to three lower-case words, the term one.
 */
const NAMED_CLASS =
	/\b(an?)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+(?:called|known\s+as)\s+(\p{Ll}[\p{Ll}-]{3,})\s+((?:that|which)\s+\p{Ll}.*)$/u;

/**
 * A handout's wider named class: a class of up to five words ("a wall of muscle"), a term with
 * "the" and "of" ("the method of finite differences"), a relative after a comma (", which
 * reduces …"), or the term as its clause's subject ("… called the septum separates A from B" →
 * "A wall of muscle that separates A from B"; a present or past verb, never "was").
 */
const HANDOUT_NAMED =
	/\b([Aa]n?)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,4}\p{Ll}[\p{Ll}-]*)\s+(?:called|known\s+as)\s+((?:the\s+)?\p{Ll}[\p{Ll}-]{3,}(?:\s+(?:of\s+)?\p{Ll}[\p{Ll}-]*){0,3}?)(?:,?\s+((?:that|which)\s+\p{Ll}.*)|\s+((?!was\b)\p{Ll}{2,}(?:s|ed)\s+\p{Ll}.*))$/u;

/**
 * Between a term and its copula, an aside of examples ("Antibiotics, such as penicillin,
 * discovered by …, are medicines …"): the definition is the term's, the examples are not asked.
 */
const EXAMPLES_ASIDE =
	/^(\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}),\s+(?:such\s+as|including|like)\s+[^;]*?,\s+(is|are)\s+/u;

/** A naming clause: "The fluid around the grana is called the stroma". */
const CALLED =
	/^((?:[Tt]he|[Aa]n?)\s+\p{Ll}.{6,80}?)\s+(is|are)\s+called\s+((?:the|a|an)\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,1})$/u;

/**
 * A handout's naming clause, wider than `CALLED`: a mass noun with no determiner ("Water soaking
 * into the soil"), an aside of examples (", such as chalk or sandstone,") and a clause after the
 * term (", and aquifers supply …"); still one description, no other comma.
 */
const HANDOUT_CALLED =
	/^((?:(?:[Tt]he|[Aa]n?)\s+)?\p{L}[^,;]{6,120}?(?:,\s+such\s+as\s+[^,;]+,)?)\s+(is|are)\s+called\s+((?:the|a|an)\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)(?:,\s+(?:and|but|which)\s.*)?$/u;

/** Words of a handout (as `idea-milestone.ts`'s short life): a teacher's page, not an article. */
const HANDOUT_WORDS = 1200;

/** A part, a side or a place in something: "the outermost layer", "the upper end". */
const PART =
	/\b(?:layers?|parts?|sides?|ends?|surfaces?|portions?|sections?|regions?|centre|center|edges?|tops?|bottoms?|base|tips?|halves|half|interior|exterior|walls?|linings?|shell|core|inside|outside|front|back|middle|rest)$/iu;

/** Key lengths a student can recall: at least a class noun and what sets it apart. */
const MIN_KEY_WORDS = 4;
const MAX_KEY_WORDS = 22;
/** A handout's textbook definition may run longer ("… at each possible price over a given period"). */
const MAX_HANDOUT_KEY_WORDS = 26;

/** A relative clause restricting a definite class: "the price at which …", "the N … that …". */
const RESTRICTIVE =
	/\s(?:that|which|who|whom|whose|where|(?:at|in|by|on|through|from|to|for|with)\s+which)\s/u;

/** The first characters of a word that its other forms share ("stoma"/"stomata", "grana"/"granum"). */
export function stem(word: string): string {
	return fold(word).slice(0, Math.max(4, word.length - 2));
}

/** True when a term is used in a sentence other than `own` (by its head word's stem). */
function usedAgain(term: string, own: Sentence, article: ArticleView): boolean {
	const head = stem(term.split(/\s+/u).at(-1)!);
	const others = term.split(/\s+/u).slice(0, -1).map(fold);
	return article.sentences.some(
		(s) =>
			s !== own &&
			fold(s.text)
				.split(/[^\p{L}\d-]+/u)
				.some(
					(w, i, all) =>
						w.startsWith(head) && others.every((o, j) => all[i - others.length + j] === o)
				)
	);
}

/** True when a word's stem is written in lower case inside a sentence ("Stomata …", "each stoma"). */
function writtenLower(word: string, article: ArticleView): boolean {
	const lower = stem(word);
	return article.sentences.some((s) =>
		s.text
			.split(/\s+/u)
			.slice(1)
			.some((w) => w.startsWith(lower))
	);
}

/**
 * True when a term is a common noun the article does not take as its subject; with `own`, the
 * subject too (a handout defines its own subject in its body: "The water cycle is …").
 */
export function keyTerm(term: string, article: ArticleView, own = false): boolean {
	const termWords = term.split(/\s+/u);
	if (termWords.some((w) => !article.isCommon(w) && !writtenLower(w, article))) return false;
	if (POINTER.test(term) || /^(?:one|some|many|each|all|both|other|another)$/iu.test(termWords[0]))
		return false;
	// "Exceptions are animals and some protists" (dev test20): a word that names no thing.
	if (
		/^(?:exceptions?|examples?|types?|kinds?|results?|reasons?|problems?|parts?|ways?|things?|others?)$/iu.test(
			termWords.at(-1)!
		)
	)
		return false;
	return own || !ownTerm(term, article);
}

/** True when the title names the term or the article takes it as its subject. */
function ownTerm(term: string, article: ArticleView): boolean {
	const title = fold(article.title);
	const folded = fold(term);
	return (
		!!(title && (title.includes(folded) || folded.includes(title))) || article.subject.has(folded)
	);
}

/** True when a key is a plain definition a student could give back: no pointer, hedge or term. */
function plainKey(key: string, term: string, handout = false): boolean {
	const max = handout ? MAX_HANDOUT_KEY_WORDS : MAX_KEY_WORDS;
	const n = key.split(/\s+/u).length;
	if (n < MIN_KEY_WORDS || n > max) return false;
	if (POINTER.test(key) || NOT_PLAIN.test(key) || /[:;()"“”—–]|\d/u.test(key)) return false;
	// A name in the key ties the term to this text ("A central element of Varn Is Dead").
	if (/\s\p{Lu}(?!-\p{Ll})/u.test(key)) return false;
	// "A relatively non-toxic molecule and is excreted …": a second predicate is a second claim.
	if (/\b(?:and|but)\s+(?:is|are|was|were|has|have|can)\b|\brelatively\b/u.test(key)) return false;
	// A handout's "the continuous movement of water …" of "the water cycle" says a modifier, not
	// the head: no circle (the head "cycle" would be one).
	const head = handout ? term.split(/\s+/u).at(-1)! : term;
	return !namesTerm(handout ? classless(key, term) : key, head);
}

/**
 * A key without its class noun when that noun is the term's own head: "the price at which …" of
 * "equilibrium price" names its genus, not the answer (the rest must still not name the term).
 */
function classless(key: string, term: string): string {
	const words = term.split(/\s+/u);
	if (words.length < 2) return key;
	const head = fold(words.at(-1)!);
	const m = /^(?:the|a|an)\s+(\p{Ll}+)\s/u.exec(key);
	return m && fold(m[1]) === head ? key.slice(m[0].length) : key;
}

/**
 * True when a description shares a word's first four letters with the term: "a group with a
 * hydroxyl and cyanide … is called a cyanohydrin" spells half the answer out.
 */
function sharesRoot(text: string, term: string): boolean {
	const roots = new Set(
		term
			.split(/\s+/u)
			.filter((w) => w.length >= 5)
			.map((w) => fold(w).slice(0, 4))
	);
	return fold(text)
		.split(/[^\p{L}]+/u)
		.some((w) => w.length >= 5 && roots.has(w.slice(0, 4)));
}

/** True when a text names the term (a word sharing its stem): it gives it away or goes round. */
function namesTerm(text: string, term: string): boolean {
	const stems = term
		.split(/\s+/u)
		.filter((t) => t.length >= 4)
		// Six letters at most: "selection" is named by "selected".
		.map((t) => stem(t).slice(0, 6));
	return fold(text)
		.split(/[^\p{L}\d-]+/u)
		.some((w) => stems.some((t) => w.startsWith(t)));
}

/** The clauses of a sentence a definition may be: the whole sentence, or a part after ";". */
function clauses(text: string): string[] {
	return text
		.replace(/[.!]$/u, '')
		.split(/;\s+/u)
		.map((c) => c.trim());
}

/** The definition idea of one clause, or undefined. */
function definitionIdea(
	clause: string,
	sentence: Sentence,
	article: ArticleView
): Idea | undefined {
	const handout = article.wordCount <= HANDOUT_WORDS;
	const called = (handout ? HANDOUT_CALLED : CALLED).exec(clause);
	if (called) {
		const [, rawDescribed, verb, , term] = called;
		// "Water soaking into the soil is called …": a mass noun opens the sentence capitalised.
		const first = rawDescribed.split(/\s/u)[0];
		const described = article.isCommon(first)
			? first.toLowerCase() + rawDescribed.slice(first.length)
			: rawDescribed;
		// The text names the term ("is called"), so a handout teaches it even when named once.
		if (!keyTerm(term, article) || (!handout && !usedAgain(term, sentence, article)))
			return undefined;
		// "… such as chalk or sandstone," is an aside of examples, the only comma a description has.
		const bare = described.replace(/,\s+such\s+as\s+[^,]+,?$/u, '');
		// "rock that holds water and lets it pass": the object of a second verb is the first verb's
		// object ("water"); "the fluid that surrounds it" still points out of the sentence.
		const pointing = !handout
			? bare
			: bare.replace(
					/(\b(?:that|which)\s+\p{Ll}+\s+\p{Ll}+[^,]*?\sand\s+\p{Ll}+\s+)(?:it|them)\b/u,
					'$1'
				);
		if (POINTER.test(pointing) || NOT_PLAIN.test(bare) || /[,\d]/u.test(bare)) return undefined;
		// "The outermost layer is called …": a part with no whole named (U21 S35).
		if (PART.test(described) && !/\s(?:of|in|on|at)\s/u.test(described)) return undefined;
		if (
			described.split(/\s+/u).length < 3 ||
			namesTerm(described, term) ||
			sharesRoot(described, term)
		)
			return undefined;
		const asked = described.replace(/^(?:The|A|An)\b/u, (d) => d.toLowerCase()).replace(/,$/u, '');
		// A long description reads better before its term than around "called".
		const prompt =
			bare === described && asked.split(/\s+/u).length <= 8
				? `What ${verb} ${asked} called?`
				: `What is the name for ${asked}?`;
		return termIdea(sentence, prompt, capitalise(term), clause);
	}
	const named = namedClassIdea(clause, sentence, article);
	if (named) return named;
	const m = DEFINED.exec(clause.replace(EXAMPLES_ASIDE, '$1 $2 '));
	if (!m) return undefined;
	const [, determiner, rawTerm, verb, key] = m;
	// "The equilibrium price is …": a definite term is a handout's, in a longer text a claim.
	if (determiner === 'The' && !handout) return undefined;
	// A sentence's first word is capitalised: the term as the corpus writes it inside sentences.
	const term = determiner ? rawTerm : rawTerm.charAt(0).toLowerCase() + rawTerm.slice(1);
	if (!determiner && verb === 'is' && rawTerm.includes(' ')) return undefined;
	// A handout defines its own subject in its body ("Demand is …" under "Supply and Demand").
	const own = handout && ownTerm(term, article);
	if (!keyTerm(term, article, own) || !usedAgain(term, sentence, article)) return undefined;
	const cut = key
		.replace(/,\s+(?:which|who|and|but|so)\b.*$/u, '')
		.replace(/\s+because\b.*$/u, '')
		// "organisms that can reproduce … and may release poisons": the hedged second predicate of
		// the relative clause is a claim about some, not what the term is; the first stays whole.
		.replace(
			/(\s(?:that|which|who)\s.*?)\s+and\s+(?:may|might|can|could|often|sometimes)\s.*$/u,
			'$1'
		);
	if (!plainKey(cut, term, handout)) return undefined;
	// "Buses are a major method of …": a plural term is defined by a plural class ("pores").
	if (verb === 'are' && /^(?:a|an)\s/u.test(cut)) return undefined;
	// "Fish are the ancestors of …", "Treatment is the adjustment of …": a definite key is a claim
	// about this text's case, not what the term means (dev test21, test23). In a handout a
	// singular term's "the price at which …", "the quantity … that consumers …" restricts its class
	// by a relative clause: a textbook definition (gen21, issue 12's h28 handouts); its own
	// subject's "the continuous movement of water …" is its lead definition (as `idea-lead.ts`).
	if (/^the\s/u.test(cut) && !(handout && verb === 'is' && (own || RESTRICTIVE.test(cut))))
		return undefined;
	const asked = determiner ? `${determiner.toLowerCase()} ${term}` : term;
	// "What is demand?" has an everyday sense: a handout's own bare one-word term is asked in the
	// field its text names ("in economics"), or not at all.
	if (own && !determiner && !term.includes(' ')) {
		const field = textField(article, term);
		if (!field) return undefined;
		return termIdea(sentence, `What ${verb} ${asked} in ${field}?`, capitalise(cut), clause);
	}
	return termIdea(sentence, `What ${verb} ${asked}?`, capitalise(cut), clause);
}

/**
 * "… an enzyme called lysozyme that breaks down bacterial cell walls" → "What is lysozyme?". The
 * text names the term itself ("called"), so it is taught, not passing: in a handout it need not
 * come again (`usedAgain`); in a longer article it must.
 */
function namedClassIdea(
	clause: string,
	sentence: Sentence,
	article: ArticleView
): Idea | undefined {
	const handout = article.wordCount <= HANDOUT_WORDS;
	const wide = handout ? HANDOUT_NAMED.exec(clause) : null;
	const m =
		NAMED_CLASS.exec(clause) ??
		(wide && [wide[0], wide[1], wide[2], wide[3], wide[4] ?? `that ${wide[5]}`]);
	if (!m) return undefined;
	const [, determiner, kind, named, relative] = m;
	// "the septum", "the method of finite differences": the term without its article.
	const term = named.replace(/^the\s+/u, '');
	if (!keyTerm(term, article)) return undefined;
	if (article.wordCount > HANDOUT_WORDS && !usedAgain(term, sentence, article)) return undefined;
	const key = `${determiner.toLowerCase()} ${kind} ${relative}`.replace(
		/,\s+(?:which|who|and|but|so)\b.*$/u,
		''
	);
	if (!plainKey(key, term) || sharesRoot(key, term)) return undefined;
	return termIdea(sentence, `What is ${named}?`, capitalise(key), clause);
}

function termIdea(sentence: Sentence, prompt: string, answer: string, clause: string): Idea {
	return {
		kind: 'term',
		sentence,
		type: 'flashcard',
		prompt,
		answer,
		start: 0,
		span: clause,
		context: clause,
		weight: 0
	};
}

/**
 * The key terms an article defines in its body (`definitionIdea`), in reading order; the lead
 * sentence is `idea-lead.ts`'s. At most one per sentence (`chooseIdeas` also keeps one).
 */
export function termIdeas(article: ArticleView): Idea[] {
	// A long article's body term takes its article's sense ("What are artifacts?" in histology,
	// "What are instructions?" in machine code, "What are charters?" in Anglo-Saxon Sussex: dev
	// test20–24, 5 of the 8 body terms of 1,500–2,200-word articles failed in my read after the
	// gen17 freeze); a handout (the outsider's three: about 800 words) teaches its terms.
	// gen18: a long article's term is asked in its field when the title is one ("What is a
	// lumosome in velm botany?", as `idea-field.ts` keeps "in law"); a named title is no field.
	const field = article.wordCount > HANDOUT_WORDS ? titleField(article) : '';
	if (field === undefined) return [];
	return article.sentences.slice(1).flatMap((sentence) => {
		for (const clause of clauses(sentence.text)) {
			const idea = definitionIdea(clause, sentence, article);
			if (!idea) continue;
			const asked = idea.prompt.replace(/^What (?:is|are)\s+|\s+called\?$|\?$/gu, '');
			// "What is a bit?" in horse tack (U22 S48): a short word has other well-known senses (a
			// drill's, a computer's), so it is asked in its field or not at all.
			if (!field && shortWord(asked)) {
				const own = titleField(article);
				if (!own || namesTerm(own, asked)) return [];
				return [{ ...idea, prompt: idea.prompt.replace(/\?$/u, ` in ${own}?`) }];
			}
			if (!field) return [idea];
			// "What are endocrinologists in endocrinology?": the field names the term (dev test22).
			if (namesTerm(field, asked)) return [];
			return [{ ...idea, prompt: idea.prompt.replace(/\?$/u, ` in ${field}?`) }];
		}
		return [];
	});
}

/** A term of one word of four letters or fewer ("a bit", "the bar"), its determiner aside. */
function shortWord(asked: string): boolean {
	const bare = asked.replace(/^(?:the|a|an)\s+/iu, '');
	return /^\p{L}{1,4}$/u.test(bare);
}

/** The last word of a discipline's name. */
const DISCIPLINE =
	/^(?:\p{L}+(?:ology|ics|graphy|nomy|istry|ometry|iatry|ism)|science|sciences|theory|engineering|medicine|law|learning|art|music|architecture|philosophy|history|geography|geology|biology|chemistry|physics|economics|grammar|logic|mythology|religion|anatomy|botany)$/iu;

/**
 * The discipline a text names most often ("Economics", "economists" → "economics"), or
 * undefined: the field a handout's everyday word is a term of. Not the term itself.
 */
function textField(article: ArticleView, term: string): string | undefined {
	const counts = new Map<string, number>();
	for (const s of article.sentences)
		for (const w of s.text.split(/[^\p{L}]+/u)) {
			const bare = w.toLowerCase().replace(/ists?$/u, '');
			// "economist" → "economics", "biologist" → "biology", "physicist" → "physics".
			const word = [w.toLowerCase(), `${bare}ics`, `${bare}y`, `${bare}s`].find((f) =>
				FIELD_WORD.test(f)
			);
			if (!word || word === fold(term)) continue;
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A school discipline a handout names ("economics", "biology"): the field of its terms. */
const FIELD_WORD =
	/^(?:economics|physics|chemistry|biology|geology|geography|history|mathematics|medicine|ecology|astronomy|psychology|sociology|politics|law|botany|zoology|anatomy|physiology|genetics|meteorology|linguistics)$/u;

/** The title as a field ("velm botany", "histology"): common words only, else undefined. */
function titleField(article: ArticleView): string | undefined {
	const title = article.title.trim();
	const titleWords = title.split(/\s+/u);
	if (!title || titleWords.length > 3) return undefined;
	if (!titleWords.every((w) => /^\p{L}+$/u.test(w) && article.isCommon(w))) return undefined;
	// A discipline ("histology", "machine learning", "organic chemistry"), not a thing ("gelatin
	// dessert": "What is collagen in gelatin dessert?" reads as nonsense).
	if (!DISCIPLINE.test(titleWords.at(-1)!)) return undefined;
	return title.toLowerCase();
}
