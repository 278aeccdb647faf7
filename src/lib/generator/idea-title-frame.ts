import type { ArticleView, Idea } from './ideas';
import { askedTerm } from './idea-note-lines';
import { termsHeading } from './list-label';
import { fold } from './text';

/**
 * Cards read against the document's title and section heading: note labels and category items
 * asked as terms, open "Who was X?" and many-roled doings narrowed to the heading, parts and
 * given names put inside their whole, false-to-anyone place swaps and root-glossed terms, keys
 * pointing to the title's subject.
 *
 * Blind check H34 (`questions/unseen/review-2027-02-10/`; gen86, issue 12): the shapes all three
 * reviewers rejected, as rules about English and about how documents are built. Pure: each reads
 * the card, its sentence, its section heading and the document's title.
 * - `noteLabelAsked`: a note's label asked as a term ("Exam tip: …", "Remember: …"), and a
 *   process heading ("Producing spores – cells make spores …") whose key repeats its own words.
 * - `categoryItemAsked`: a list item under a heading that makes it an instance of a category
 *   ("Pollutants from …": "Smoke: a haze, linked to …"): its line gives a property, not a meaning.
 * - `openWhoAsked`: "Who was X?" of a handout's person (no encyclopedia lead with a life span):
 *   many true descriptions, the key is one of them.
 * - `membershipsAsMeaning`: "What is X?" keyed by "a … wave and part of …": two memberships and
 *   no differentia, one of many right descriptions.
 * - `narrowedDoing`: "what do tears do?" asked within its heading's role ("… in the first line of
 *   defence?"), when the heading names one; a thing with many roles asked open has many answers.
 * - `partOfTitle`: "What was the Lower Hall?" in a document about "The Stone Hall": a part named
 *   only by the title is asked inside it ("In the Stone Hall, what was the Lower Hall?").
 * - `givenNameInFull`: a statement about "Mary" in a document on "Mary Quint" says her full name.
 * - `placeSwapContradicted`: a false statement whose subject's own name says where it lives
 *   ("New World …", "Arctic …") with the place swapped: false to anyone.
 * - `rootInGloss`: "The term “pollination” means …" when the term's own line glosses it by its
 *   root ("pollen"): false statements are false to anyone, true ones plain from the word.
 * - `keyPointsToTitle`: a key that names the handout's subject by its head noun alone ("rivers that
 *   flow into the bay") while the question never names it.
 */

/** Labels a note puts before a warning, a reminder or an aside. General English, a closed list. */
const NOTE_LABEL =
	/^(?:exam\s+tips?|top\s+tips?|revision\s+tips?|tips?|hints?|remember|don[’']?t\s+forget|note|nb|n\.b\.|key\s+points?|key\s+facts?|watch\s+out|warning|careful|be\s+careful|common\s+(?:mistakes?|errors?|misconceptions?)|examiner[’']?s?\s+(?:tips?|notes?)|did\s+you\s+know|fun\s+fact|quick\s+(?:check|fact)|important|beware)$/iu;

/** A crude stem for comparing word forms: "antibodies" / "antibody" → "antibod". */
function stem(word: string): string {
	return word.replace(/(?:ies|y|es|s|ing|ed|e)$/u, '');
}

/**
 * True when a term asked is a note's label (`NOTE_LABEL`), or a process heading: two or more
 * words opening on an "-ing" verb and its object ("Producing antibodies": a plural or a
 * determiner after the verb) whose key repeats the object's word,
 * so the card asks what a step of a list says and half its key is in the prompt.
 */
export function noteLabelAsked(term: string, key: string): boolean {
	const bare = term.trim();
	if (NOTE_LABEL.test(bare)) return true;
	const words = bare.split(/\s+/u);
	// "Storing seeds" is a verb and its object; "hanging valley", "boiling point" are nouns with
	// an "-ing" modifier: the object is plural or has a determiner, the modified noun is singular.
	if (words.length < 2 || !/^\p{L}{3,}ing$/u.test(words[0])) return false;
	if (!/^(?:\p{L}+[^s\s]s|the|a|an|its|their|your|our)$/iu.test(words[1])) return false;
	const keyStems = new Set(fold(key).split(/\s+/u).map(stem));
	return words.slice(1).some((w) => w.length > 3 && keyStems.has(stem(fold(w))));
}

/**
 * A heading over instances of a category (pollutants, hazards, products): its items are said to
 * be members and given a property, not defined. General English, a closed list.
 */
const CATEGORY_HEADING =
	/^(?:(?:the|main|common|key|some|other|major|typical)\s+)?(?:pollutants|hazards|dangers|threats|risks|symptoms|impacts|consequences|products|by-products|waste\s+products|greenhouse\s+gases|emissions)\b/iu;

/**
 * True when a term's meaning is asked of an item under a category heading (`CATEGORY_HEADING`),
 * never under a key-terms heading.
 */
export function categoryItemAsked(section: string): boolean {
	const heading = section.trim();
	return !termsHeading(heading) && CATEGORY_HEADING.test(heading);
}

/** The title without a leading article, folded: "The Salt Lake" → "salt lake". */
function bareTitle(title: string): string {
	return fold(title).replace(/^(?:the|a|an)\s+/u, '');
}

/**
 * An encyclopedia lead's life span or birth after the name: "(born 3 May 1950)", "(1801–1870)",
 * "(c. 1400 – 1452)". Such a lead's role clause is the one description every reference gives.
 */
const LIFE_SPAN = /\((?:born\b|b\.|c\.|circa\b|\d|[^)]*\d{3,4}\s*[–-])/u;

/**
 * True when an open "Who was X?" asks of a person in a document built in sections (`sectioned`:
 * a handout or notes, not a bare lead) whose sentence is no encyclopedia lead (no `LIFE_SPAN`):
 * a handout's person has many true descriptions (a role, a kin, a deed) and its
 * key is one of them. "Who was the first …?" (a description asked, a name answered) is another
 * shape and is kept.
 */
export function openWhoAsked(prompt: string, sentence: string, sectioned = true): boolean {
	if (!sectioned || LIFE_SPAN.test(sentence)) return false;
	return /^Who\s+(?:is|was|were|are)\s+(?!the\s|an?\s)\p{Lu}[^?]*\?$/u.test(prompt.trim());
}

/**
 * True when "What is X?" is keyed by two memberships and no differentia: "a long wave and part
 * of the radio band" says what X belongs to twice and never what sets it apart, and many other
 * descriptions are as right.
 */
export function membershipsAsMeaning(prompt: string, answer: string): boolean {
	if (!/^What\s+(?:is|are)\s+[^?]+\?$/u.test(prompt.trim())) return false;
	return /^(?:an?\s+)?(?:\p{Ll}+\s+){0,2}\p{Ll}+\s+and\s+(?:part|one|a\s+member|an\s+example|a\s+kind|a\s+type|a\s+form)\s+of\b/iu.test(
		answer.trim()
	);
}

/**
 * The role a section heading names, as a prompt can end on it: "First line of defence (keeps
 * germs out)" → "in the first line of defence"; "Digestion" → "in digestion". Only headings that
 * open on an ordinal or rank ("first", "main") or are one process noun: any other heading
 * ("Fuels for the future") names no role a thing plays. Undefined when none.
 */
export function headingRole(section: string): string | undefined {
	const heading = section
		.replace(/\([^)]*\)/gu, '')
		.split(/\s+[–—:-]\s+|:\s*/u)[0]
		.trim();
	if (!heading || /[?!]/u.test(heading)) return undefined;
	const lower = heading.charAt(0).toLowerCase() + heading.slice(1);
	if (
		/^(?:first|second|third|fourth|main|primary|secondary)\s+(?:line|stage|step|barrier|layer)\s+of\s+\p{Ll}+$/u.test(
			lower
		)
	)
		return `in the ${lower}`;
	if (/^\p{Ll}+(?:sis|tion|sion|ment)$/u.test(lower)) return `in ${lower}`;
	return undefined;
}

/**
 * "what does the stomach do?" asked within its heading's role (`headingRole`): "what does the
 * stomach do in the first line of defence?". Undefined when the prompt is no open "do" question
 * or the heading names no role.
 */
export function narrowedDoing(prompt: string, section: string): string | undefined {
	if (!/\b[Ww]hat\s+(?:does|do)\s+.+\s+do\?$/u.test(prompt)) return undefined;
	const role = headingRole(section);
	if (!role) return undefined;
	const thing = /\b[Ww]hat\s+(?:does|do)\s+(.+)\s+do\?$/u.exec(prompt)?.[1] ?? '';
	if (fold(role).includes(fold(thing))) return undefined;
	return prompt.replace(/\?$/u, ` ${role}?`);
}

/**
 * "What was the Lower Hall?" in a document titled "The Stone Hall": the thing asked shares the
 * title's head noun but is not the title, so it is a part of the title's thing, named nowhere in
 * the question. Returns the prompt asked inside the title ("In the Stone Hall, what was the Lower
 * Hall?"), or undefined when the shape does not apply.
 */
export function partOfTitle(prompt: string, title: string): string | undefined {
	const m = /^(What|Where)\s+((?:is|are|was|were)\s+(.+?))\?$/u.exec(prompt.trim());
	const t = title.trim();
	if (!m || !t) return undefined;
	const asked = m[3].trim();
	const head = (s: string) => fold(s).split(/\s+/u).pop() ?? '';
	if (!/^\p{Lu}/u.test(t.replace(/^the\s+/iu, ''))) return undefined;
	if (head(asked) !== head(t) || bareTitle(asked) === bareTitle(t)) return undefined;
	if (!/^(?:the\s+)?\p{Lu}/u.test(asked)) return undefined;
	// "Mira Vost" of "Mira (Lind) Vost": the title itself, shortened.
	const titleWords = new Set(fold(t).split(/\s+/u));
	if (
		fold(asked)
			.split(/\s+/u)
			.every((w) => w === 'the' || titleWords.has(w))
	)
		return undefined;
	const inside = /^the\s/iu.test(t) ? `the ${t.replace(/^the\s+/iu, '')}` : t;
	return `In ${inside}, ${m[1].toLowerCase()} ${m[2]}?`;
}

/**
 * A statement that names a person by the given name alone ("Mary was crowned …") with the full
 * name said instead, when the title or the corpus's people give exactly one full name opening on
 * it. Undefined when the statement needs no change or no full name is known.
 */
export function givenNameInFull(
	statement: string,
	fullNames: readonly string[]
): string | undefined {
	const full = new Set(
		fullNames.filter((n) => /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+)+$/u.test(n.trim()))
	);
	for (const name of full) {
		const given = name.split(/\s+/u)[0];
		// "Mary Quint", "Mary of Guise", "Mary the …" name her already, or someone else.
		const bare = new RegExp(`\\b${given}\\b(?![\\s’']+(?:\\p{Lu}|of\\b|the\\b|s\\b))`, 'u');
		if (statement.includes(name) || !bare.test(statement)) continue;
		if ([...full].some((n) => n !== name && n.split(/\s+/u)[0] === given)) return undefined;
		return statement.replace(bare, name);
	}
	return undefined;
}

/** Qualifiers that say where a thing lives by its own name. General English, a closed list. */
const PLACE_IN_NAME =
	/\b(?:New\s+World|Old\s+World|(?:North|South|East|West|Central)\s+(?:American|African|Asian|European)|African|Asian|European|American|Australian|Arctic|Antarctic|Siberian|Amazonian)\s+\p{Ll}+/u;

/** Continents and world regions a swap may bring in. General English, a closed list. */
const REGION =
	/^(?:Africa|Asia|Europe|America|Americas|Australia|Antarctica|Arctic|Oceania|Siberia|Amazonia|Scandinavia)$/u;

/**
 * True when a false statement names its subject by where it lives (`PLACE_IN_NAME`: "New World
 * deer", "Arctic hares") and says it lives in a continent or region (`REGION`): whichever side
 * was swapped ("Old" → "New", "America" → "Asia"), the name contradicts the place for anyone.
 */
export function placeSwapContradicted(statement: string): boolean {
	if (!PLACE_IN_NAME.test(statement)) return false;
	return statement.split(/[^\p{L}]+/u).some((w) => REGION.test(w));
}

/**
 * The noun a title names its thing by: "The Bay of Moss" → "bay", "Salt Lake" → "lake". Only a
 * place or building noun is worth it (general English, a closed list).
 */
const PLACE_NOUN =
	/^(?:bay|lake|river|island|isle|sea|gulf|valley|canyon|mountain|volcano|glacier|desert|forest|reef|palace|castle|mosque|temple|church|cathedral|abbey|tower|bridge|canal|dam|railway|city|town|village|park|cave|falls|estuary|delta|peninsula|strait)$/u;

/** The head noun of a place title: the noun before "of", else the last word; undefined if none. */
function titleHead(title: string): string | undefined {
	const words = bareTitle(title).split(/\s+/u);
	const of = words.indexOf('of');
	const head = of > 0 ? words[of - 1] : words[words.length - 1];
	return head && PLACE_NOUN.test(head) ? head : undefined;
}

/**
 * True when a key names the document's place by its head noun alone ("rivers that flow into the
 * bay") while the prompt never names it: the key points into the handout.
 */
export function keyPointsToTitle(prompt: string, answer: string, title: string): boolean {
	const head = titleHead(title);
	if (!head) return false;
	if (fold(prompt).includes(bareTitle(title))) return false;
	return new RegExp(`\\bthe\\s+${head}\\b`, 'u').test(fold(answer));
}

/**
 * True when a one-word term shares its root with a word of its own gloss: a prefix of four
 * letters or more that is most of that word ("Pollination" – "… pollen …", "Kittenhood" – "… a
 * kitten …"). Any meaning without the root is false to anyone who knows the root, and the true
 * one is plain from it, so the term's true/false pair tests nothing.
 */
export function rootInGloss(term: string, gloss: string): boolean {
	const t = fold(term);
	if (/\s/u.test(t) || t.length < 6) return false;
	return fold(gloss)
		.split(/\s+/u)
		.some((w) => {
			if (w.length < 5 || w === t) return false;
			let n = 0;
			while (n < w.length && w[n] === t[n]) n++;
			return n >= 4 && n / w.length >= 0.6;
		});
}

/**
 * A card with blind check H34's shapes mended or refused (see the module's docstring): the card
 * as it should ship, or undefined to refuse it.
 */
export function titleFrameRedraft(idea: Idea, article: ArticleView): Idea | undefined {
	const title = (article.doc.title ?? article.title).trim();
	const section = idea.sentence.section;
	const term = askedTerm(idea.prompt);
	if (idea.type === 'truefalse') {
		if (idea.answer === 'false' && placeSwapContradicted(idea.prompt)) return undefined;
		const own = /^[^–—:]+?\s*[–—:]\s*(.+)$/u.exec(idea.sentence.text)?.[1];
		if (term && own && /^The term “/u.test(idea.prompt) && rootInGloss(term, own)) return undefined;
		// The title's person only: the corpus's forms include slips ("Mary Countess").
		// A title that is a name: a person the lexicon knows, or words never written in lower case
		// ("Light Pollution" is not: "light" is a common word).
		const person =
			article.isPerson(title) ||
			title.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w) && !article.isCommon(fold(w)));
		const full = person ? givenNameInFull(idea.prompt, [title]) : undefined;
		return full ? { ...idea, prompt: full } : idea;
	}
	if (term && /\bterm\s+“[^”]+”\?$/u.test(idea.prompt)) {
		if (noteLabelAsked(term, idea.answer) || categoryItemAsked(section)) return undefined;
	}
	if (term && !/\bterm\s/u.test(idea.prompt) && NOTE_LABEL.test(term.trim())) return undefined;
	// A document in sections (a handout, notes), not a bare lead.
	const sectioned = new Set(article.sentences.map((s) => s.section)).size > 1;
	if (
		openWhoAsked(idea.prompt, idea.sentence.text, sectioned) ||
		membershipsAsMeaning(idea.prompt, idea.answer)
	)
		return undefined;
	if (keyPointsToTitle(idea.prompt, idea.answer, title)) return undefined;
	const narrowed = narrowedDoing(idea.prompt, section);
	if (narrowed) return { ...idea, prompt: narrowed };
	const inside = partOfTitle(idea.prompt, title);
	return inside ? { ...idea, prompt: inside } : idea;
}
