import { isHandout } from './handout';
import type { ArticleView, Idea } from './ideas';

/**
 * A handout's key term asked in the handout's frame (blind review H14, issue 12): a term with an
 * everyday sense asked bare has two answers ("What is meant by the term “cartoon”?" in a fresco
 * handout: a comic drawing or a full-size preparatory drawing; "What is a lock?" in a canal
 * handout: a door's or a canal's), 2–3 of 3 reviewers rejected such cards. The handout's own
 * title is a frame that is always true: "In the handout “<title>”, what is meant by the term
 * “lock”?". A one-word term of `LONG_WORD` letters or more stays bare: long words are the rare,
 * coined ones (Zipf's law of abbreviation: the frequent words are the short ones), and H14's
 * reviewers accepted such terms bare ("hoplitodromos", "unconformity", "magnetosphere").
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
export function framedTerm(idea: Idea, article: ArticleView): Idea | undefined {
	if (idea.type !== 'flashcard' || !isHandout(article)) return idea;
	const asked = askedTerm(idea.prompt);
	if (!asked) return idea;
	const { term, definite } = asked;
	// "… can be a medicine, a manufacturing method or a new battery": the key is the list's
	// next items, not the term's meaning (H14 S108).
	const next = idea.answer.charAt(0).toLowerCase() + idea.answer.slice(1);
	if (idea.sentence.text.includes(`${term}, ${next}`)) return undefined;
	// A proper name or adjective ("Byzantine") has no everyday sense of its own; the title's own
	// subject ("What is origami?" in "Origami") is what the whole handout is about.
	if (/^\p{Lu}/u.test(term) || article.title.toLowerCase().includes(term.toLowerCase()))
		return idea;
	if (definite && !/^The\s/u.test(idea.answer)) return undefined;
	if (!definite && coined(term)) return idea;
	// The handout as its reader sees it named: its own title, never the subject the idea kinds
	// read into a title its opening does not name ("How Soap Works" opening "Water on its own
	// is …" was framed "In the handout “Water on its own”": blind review H16, 3 of 3).
	const title = (article.doc.title ?? article.title).trim();
	if (!title) return undefined;
	return { ...idea, prompt: `In the handout “${title}”, what is meant by the term “${term}”?` };
}

/** Letters from which a one-word term reads as coined, not everyday (`framedTerm`). */
export const LONG_WORD = 11;

/** A one-word term of `LONG_WORD` letters or more ("magnetosphere"; not "excursion"). */
function coined(term: string): boolean {
	return !/\s/u.test(term) && term.replace(/[^\p{L}]/gu, '').length >= LONG_WORD;
}

/**
 * The term a definition card asks: "What is meant by the term “X”?", or "What is/are (a|an|the)
 * x?" of a lower-case term of at most three words (a name, "What is Milo of Croton?", and a
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
	return { term: what[2], definite: what[1] === 'the' };
}
