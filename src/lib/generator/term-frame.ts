import { isHandout } from './handout';
import type { ArticleView, Idea } from './ideas';
import { documentFrame } from './document-frame';

/**
 * A handout's key term asked in the handout's frame (blind review H14, issue 12): a term with an
 * everyday sense asked bare has two answers ("What is meant by the term “cartoon”?" in a fresco
 * handout: a comic drawing or a full-size preparatory drawing; "What is a lock?" in a canal
 * handout: a door's or a canal's), 2–3 of 3 reviewers rejected such cards. The handout's own
 * title is a frame that is always true: "In the handout “<title>”, what is meant by the term
 * “lock”?". Since H20 every term but the title's own subject is framed: a key-terms list
 * capitalises its entries, and a long word bare ("displacement") still has an everyday sense.
 * An acronym card ("What does IP stand for?") is framed the same way, unless the title spells
 * the expansion out (the frame would give the answer away).
 *
 * A term the sentence names with "the" ("The vector is the organism that carries …" → "What is
 * the vector?") points into the handout (H14: "Plasmodium" answers "What is the parasite?" as
 * well as the key): asked as the term's meaning in the frame when the key identifies ("The
 * organism that …", "The time taken for …"), refused when the key only describes ("The molten
 * iron is an excellent electrical conductor" → "What is the molten iron?", no definition).
 *
 * Returns the idea, reframed or as it was; undefined when refused (an everyday term in a
 * document with no title: no true frame).
 */
/** A key that is a class and its material alone: "An organ made mostly of muscle tissue". */
const MADE_OF_ONLY =
	/^An?\s+(?:\p{Ll}+\s+){1,2}made\s+(?:(?:mostly|mainly|largely|entirely)\s+)?(?:of|from)\s+[^,;]*$/u;

export function framedTerm(idea: Idea, article: ArticleView): Idea | undefined {
	if (idea.type !== 'flashcard' || !isHandout(article)) return idea;
	const title = (article.doc.title ?? article.title).trim();
	// "What does IP stand for?": an acronym has other expansions elsewhere ("intellectual
	// property"), the handout's is the one asked (H20: one reviewer of three failed ANC, CRT and
	// IP asked bare for want of a topic).
	const acronym = /^What does (\S+) stand for\?$/u.exec(idea.prompt);
	if (acronym)
		return title && !title.toLowerCase().includes(idea.answer.toLowerCase())
			? { ...idea, prompt: `${documentFrame(article)}, what does ${acronym[1]} stand for?` }
			: idea;
	const asked = askedTerm(idea.prompt);
	if (!asked) return idea;
	const { term, definite } = asked;
	// "… can be a medicine, a manufacturing method or a new battery": the key is the list's
	// next items, not the term's meaning (H14 S108).
	const next = idea.answer.charAt(0).toLowerCase() + idea.answer.slice(1);
	if (idea.sentence.text.includes(`${term}, ${next}`)) return undefined;
	// The title's own subject ("What is origami?" in "Origami", `opensTitle`) is what the whole
	// handout is about. Every other term is framed, a capitalised or long one too: a key-terms list
	// capitalises its entries ("Union – the states that stayed loyal", "Displacement – …"), and
	// bare they read as the everyday word (blind review H20: "Union" and "displacement" failed
	// with all three reviewers, "singularity" with one; H14's bare coined words passed, and the
	// frame costs them nothing).
	const folded = term.toLowerCase();
	// "What is the heart?" → "An organ made mostly of muscle tissue" in notes on the heart (blind
	// review H26 S39, all three reviewers): a key that says only what a thing is made of tells it
	// from no other ("a pump", "a four-chambered organ" are as right); "What is the human
	// appendix?" → "A narrow tube, closed at one end, attached to …" identifies it (H25 S42,
	// accepted by all three).
	if (definite && MADE_OF_ONLY.test(idea.answer)) return undefined;
	if ([article.title, title].some((t) => opensTitle(folded, t))) return idea;
	if (definite && !/^The\s/u.test(idea.answer)) return undefined;
	// The handout as its reader sees it named: its own title, never the subject the idea kinds
	// read into a title its opening does not name ("How Soap Works" opening "Water on its own
	// is …" was framed "In the handout “Water on its own”": blind review H16, 3 of 3).
	if (!title) return undefined;
	const frame = documentFrame(article);
	if (frameGivesKey(/“([^”]+)”/u.exec(frame)?.[1] ?? '', idea.answer)) return undefined;
	return { ...idea, prompt: `${frame}, what is meant by the term “${term}”?` };
}

/** Content words of a title or key: four letters or more, singular, lower case. */
function contentWords(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}'’-]+/u)
		.filter(
			(w) =>
				w.length >= 4 &&
				!/^(?:that|which|with|from|into|they|their|this|what|when|where|about)$/u.test(w)
		)
		.map(singular);
}

/**
 * True when the frame's title gives the key away (blind check H33 S20, S31, two of three
 * reviewers, gen84): every content word of the key stands in the title ("a coffeehouse" in
 * “The Ottoman Coffeehouse”), or the key is a name for what the title names ("the scientific
 * name for baleen whales" in “Baleen Whales”). A key that names the title's class and says more
 * ("small crustaceans that are a major food for many baleen whales") is kept.
 */
export function frameGivesKey(title: string, key: string): boolean {
	const inTitle = contentWords(title);
	const nameFor = /^(?:the|an?)\s+(?:\p{Ll}+\s+)?(?:name|word|term)\s+(?:for|of)\s+(.+)$/iu.exec(
		key.trim()
	)?.[1];
	const inKey = contentWords(nameFor ?? key);
	if (inTitle.length === 0 || inKey.length === 0) return false;
	return inKey.every((w) => inTitle.includes(w));
}

/** One word as a title or a term may write it: lower case, a plural's "s"/"es" off. */
function singular(word: string): string {
	return word.replace(/(?:(?<=(?:ch|sh|ss|x))es|(?<![su])s)$/u, '');
}

/**
 * True when `term` (lower case) is the head a part of `title` opens with, its determiner aside:
 * "velm mill" of "Velm Mills of Ostra", "water cycle" of "The Water Cycle", "rivers" of
 * "Rivers: Erosion". A term the title holds after a modifier ("forum" of "The Roman Forum") or
 * inside a clause ("soap" of "How Soap Works") is a word with its own sense, not the handout's
 * subject: asked bare, "What is meant by the term “Forum”?" names no subject (blind review H29
 * S14, all three reviewers), so it is framed.
 */
export function opensTitle(term: string, title: string): boolean {
	const termWords = term.split(/\s+/u).map(singular);
	return title
		.toLowerCase()
		.split(/\s*[:–—]\s*|\s+-\s+/u)
		.some((part) => {
			const words = part
				.replace(/^(?:the|a|an)\s+/u, '')
				.split(/[^\p{L}\p{N}'’-]+/u)
				.filter(Boolean);
			return termWords.every((w, i) => words[i] !== undefined && singular(words[i]) === w);
		});
}

/**
 * The term a definition card asks: "What is meant by the term “X”?", or "What is/are (a|an|the)
 * x?" of a lower-case term of at most three words, never a naming question's "… called?" (a name, "What is Milo of Croton?", and a
 * field's frame, "What is a wave in physics?", are other kinds' business).
 */
function askedTerm(prompt: string): { term: string; definite: boolean } | undefined {
	const meant = /^What is meant by the term “([^”]+)”\?$/u.exec(prompt);
	if (meant) return { term: meant[1], definite: false };
	const what =
		/^What (?:is|are) (?:(the|an?) )?(\p{Ll}[\p{Ll}\p{Pd}’']*(?: \p{Ll}[\p{Ll}\p{Pd}’']*){0,2})\?$/u.exec(
			prompt
		);
	if (!what || /\s(?:in|of|on|for)\s/u.test(` ${what[2]} `)) return undefined;
	// "What are skin boots called?" asks for a name, not a term's meaning: read as "What are X?"
	// it was the term "skin boots called" (blind review H30 S01, all three reviewers).
	if (/\s(?:called|named|termed|known)$/u.test(what[2])) return undefined;
	return { term: what[2], definite: what[1] === 'the' };
}
