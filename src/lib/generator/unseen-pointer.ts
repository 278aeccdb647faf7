import type { ArticleView, Idea } from './ideas';

/**
 * A definite noun phrase whose referent is only in the title or an earlier sentence (blind checks
 * H22 and H23, all three reviewers on each): "What is the Japanese custom of enjoying the
 * blossoms called?" in "Cherry Blossom" (H22 S74), "King George I of Greece opened the Games …"
 * in "The Olympic Games of 1896" (S62), "… to look inside a dragon's head" in "Komodo Dragons"
 * (H23 S21), "Who designed the shape of the towers?" in "The Golden Gate Bridge" (S82). The
 * student sees only the card.
 * - When the title names the noun with the words that say which ("Cherry Blossom", "Olympic
 *   Games", "Komodo Dragons") and the article writes that phrase in its own sentences, the
 *   phrase is said in full, as the article writes it ("the cherry blossoms", "a Komodo
 *   dragon's"): the title is the article's subject, so the referent is certain.
 * - A question that names nothing (no capitalised word after its first) and asks of "the"
 *   plural things ("the towers") cannot be resolved with certainty: refused.
 * Pure.
 */

/** Words of a title that are no modifier of the noun after them. */
const FUNCTION_WORD = /^(?:the|a|an|and|of|in|on|at|for|to|from|with|by|how|why|what|who)$/iu;

/** The noun as singular, for matching "dragon" to "Dragons", "blossoms" to "Blossom". */
const singular = (word: string) =>
	word
		.toLowerCase()
		.replace(/(?:ies)$/u, 'y')
		.replace(/(?<=[^s])s$/u, '');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The title's nouns with the modifiers before them: "The Olympic Games of 1896" → [{ noun:
 * "games", modifiers: ["Olympic"] }], "Komodo Dragons, the Giant Lizards of Indonesia" →
 * [{ noun: "dragon", modifiers: ["Komodo"] }, { noun: "lizard", modifiers: ["Giant"] }]. A noun is
 * a title word that ends its group (before a comma, "of", "and", a colon or the end).
 */
export function titleNouns(title: string): { noun: string; modifiers: string[] }[] {
	return title
		.split(/\s*(?:[,:;–—]|\b(?:of|and|in|on|at|for|from|with|by)\b)\s*/iu)
		.flatMap((group) => {
			const words = group.split(/\s+/u).filter(Boolean);
			const head = words.at(-1);
			if (!head || words.length < 2 || !/^\p{L}+$/u.test(head)) return [];
			const modifiers: string[] = [];
			for (let i = words.length - 2; i >= 0 && !FUNCTION_WORD.test(words[i]); i--)
				modifiers.unshift(words[i]);
			return modifiers.length ? [{ noun: singular(head), modifiers }] : [];
		});
}

/**
 * `prompt` with a "the"/"a" noun the title names with its modifiers said in full, as the article's
 * own sentences write the phrase ("the blossoms" → "the cherry blossoms"); `prompt` unchanged
 * when nothing needs it or the article never writes the phrase (then the referent is not
 * certain, and other checks judge the card).
 */
export function withTitleModifiers(prompt: string, title: string, body: string): string {
	let out = prompt;
	for (const { noun, modifiers } of titleNouns(title)) {
		const found = [
			...body.matchAll(
				new RegExp(`\\b(${modifiers.map(escape).join('\\s+')})\\s+(${escape(noun)}\\p{L}*)`, 'giu')
			)
		];
		if (!found.length) continue;
		// As the article writes it inside a sentence ("cherry blossom", "Olympic Games"), not as a
		// heading in title case ("Komodo Dragons, …" beside "the Komodo dragon").
		const [, written, nounAs] =
			found.find((f) => /^\p{Ll}/u.test(f[2])) ??
			found.find((f) => /^\p{Ll}/u.test(f[1])) ??
			found[0];
		const proper = /^\p{Lu}/u.test(nounAs);
		// "the Games", "a dragon's", "the blossoms": the noun right after a determiner, and no
		// capitalised word after it ("the Nobel Prize" is another name). After "a"/"an" only a
		// possessive points at the title's thing ("inside a dragon's head"): "What is a comet?"
		// and "A comet is …" name the class, and in "Halley's Comet" the title's one comet would
		// make the class's definition its own (the frozen generator's drafts on H24, session 34: "What is
		// a Halley's Comet?", "What is a Polio Vaccine?", "What is a Dead Sea Scroll?").
		const initial = `[${noun[0]}${noun[0].toUpperCase()}]${escape(noun.slice(1))}`;
		const bare = new RegExp(
			`\\b(?:([Tt]he)\\s+(${initial}(?:s|es)?)|([Aa]n?)\\s+(${initial}(?:s|es)?)(?=['’]s\\b))(?!\\p{L})(?!\\s+\\p{Lu})`,
			'gu'
		);
		out = out.replace(
			bare,
			(_whole, definite?: string, named?: string, indefinite?: string, owner?: string) => {
				const det = (definite ?? indefinite)!;
				const word = (named ?? owner)!;
				const said = proper ? word[0].toUpperCase() + word.slice(1) : word;
				const article =
					det.toLowerCase() === 'the' ? det : /^[aeiou]/iu.test(written) ? `${det[0]}n` : det[0];
				return `${article} ${written} ${said}`;
			}
		);
	}
	return out;
}

/**
 * The plural noun a question asks of with "the" when it names nothing (no capitalised word
 * after its first): "Who designed the shape of the towers?" → "towers" (which towers?); else
 * undefined.
 */
export function namelessPlural(prompt: string): string | undefined {
	if (!/\?$/u.test(prompt)) return undefined;
	const rest = prompt.split(/\s+/u).slice(1);
	if (rest.some((w) => /^["“‘(]?\p{Lu}/u.test(w))) return undefined;
	return /\bthe\s+(?:\p{Ll}+\s+)?(\p{Ll}{3,}s)\b(?!\s+of\b)/u.exec(prompt)?.[1];
}

/**
 * `idea` with a pointer into the title resolved, or undefined when its pointer cannot be (see
 * above). Only the prompt: the key and the cited sentence stay as the article writes them.
 */
export function resolvePointer(idea: Idea, article: ArticleView): Idea | undefined {
	const body = article.sentences.map((s) => s.text).join(' ');
	const prompt = article.title ? withTitleModifiers(idea.prompt, article.title, body) : idea.prompt;
	if (prompt !== idea.prompt) return { ...idea, prompt };
	const plural = idea.type === 'truefalse' ? undefined : namelessPlural(idea.prompt);
	// "What do the owls eat?" in "Owls": the title's own thing.
	const titled = new Set(article.title.split(/[^\p{L}]+/u).map(singular));
	return plural && !titled.has(singular(plural)) ? undefined : idea;
}
