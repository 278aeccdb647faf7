import type { ArticleView } from './ideas';
import { namesTerm, plainWords } from './idea-term-words';
import { fold } from './text';

/**
 * A handout's textbook definitions (gen21, issue 12's teachers' handouts), wider than a long
 * article's (`idea-term.ts`): a teacher's page defines its terms as a textbook does, so some
 * forms a long article only uses for claims are definitions there: "the price at which …" (a
 * definite class restricted by a relative clause), the handout's own subject defined in its
 * body ("Demand is …", asked in the field the text names), a longer "… is called X" clause and a
 * wider "a N called the T …". `idea-term.ts` applies these rules when `isHandout` (`handout.ts`). Pure.
 */

/**
 * A handout's wider named class: a class of up to five words ("a wall of muscle"), a term with
 * "the" and "of" ("the method of finite differences"), a relative after a comma (", which
 * reduces …"), or the term as its clause's subject ("… called the septum separates A from B" →
 * "A wall of muscle that separates A from B"; a present or past verb, never "was", after at most
 * one adverb: "… called plasmin slowly breaks down …" is "plasmin", not "plasmin slowly", H13 S50).
 */
const HANDOUT_NAMED =
	/\b([Aa]n?)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,4}\p{Ll}[\p{Ll}-]*)\s+(?:called|known\s+as)\s+((?:the\s+)?\p{Ll}[\p{Ll}-]{3,}(?:\s+(?:of\s+)?\p{Ll}[\p{Ll}-]*){0,3}?)(?:,?\s+((?:that|which)\s+\p{Ll}.*)|\s+((?!was\b)(?:\p{Ll}{3,}ly\s+)?\p{Ll}{2,}(?:s|ed)\s+\p{Ll}.*))$/u;

/**
 * A handout's named class in a clause: [match, determiner, class, term (maybe with "the"),
 * relative clause ("that …", "which …")], or null.
 */
export function handoutNamed(clause: string): [string, string, string, string, string] | null {
	const wide = HANDOUT_NAMED.exec(clause);
	return wide && [wide[0], wide[1], wide[2], wide[3], wide[4] ?? `that ${wide[5]}`];
}

/**
 * A handout's naming clause, wider than `idea-term.ts`'s `CALLED`: a mass noun with no
 * determiner ("Water soaking into the soil"), an aside of examples (", such as chalk or
 * sandstone,") and a clause after the term (", and aquifers supply …"); still one description,
 * no other comma. Groups: description, copula, determiner, term.
 */
export const HANDOUT_CALLED =
	/^((?:(?:[Tt]he|[Aa]n?)\s+)?\p{L}[^,;]{6,120}?(?:,\s+such\s+as\s+[^,;]+,)?)\s+(is|are)\s+called\s+((?:the|a|an)\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)(?:,\s+(?:and|but|which)\s.*)?$/u;

/**
 * A description with the object of its second verb dropped when it is the first verb's:
 * "rock that holds water and lets it pass" → "rock that holds water and lets  pass", so that a
 * pointer check sees only pointers out of the sentence ("the fluid that surrounds it" stays).
 */
export function withoutSecondObject(description: string): string {
	return description.replace(
		/(\b(?:that|which)\s+\p{Ll}+\s+\p{Ll}+[^,]*?\sand\s+\p{Ll}+\s+)(?:it|them)\b/u,
		'$1'
	);
}

/** A handout's textbook definition may run longer ("… at each possible price over a given period"). */
const MAX_HANDOUT_KEY_WORDS = 26;

/**
 * True when a handout's key is a plain definition (`plainWords`, up to 26 words) that does not
 * name its term's head: "the continuous movement of water …" of "the water cycle" says a
 * modifier, not the head "cycle", which would be a circle.
 */
export function handoutPlainKey(key: string, term: string): boolean {
	if (!plainWords(key, MAX_HANDOUT_KEY_WORDS)) return false;
	return !namesTerm(classless(key, term), term.split(/\s+/u).at(-1)!);
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

/** A relative clause restricting a definite class: "the price at which …", "the N … that …". */
const RESTRICTIVE =
	/\s(?:that|which|who|whom|whose|where|(?:at|in|by|on|through|from|to|for|with)\s+which)\s/u;

/**
 * True when a handout's definite key ("the …") of a singular term is a textbook definition: its
 * class restricted by a relative clause ("the price at which …"), or its own subject's lead
 * definition ("the continuous movement of water …", as `idea-lead.ts`). Elsewhere a definite
 * key is a claim about the text's case ("Fish are the ancestors of …").
 */
export function definiteDefinition(key: string, verb: string, own: boolean): boolean {
	return verb === 'is' && (own || RESTRICTIVE.test(key));
}

/**
 * Terms of school science and humanities whose word has a well-known other sense (a mood, a
 * weather front or a battle front, a prison cell): asked without a field, a student may give
 * either (blind review H3 S16: "What is a depression?" in a weather handout). General English.
 */
export const OTHER_SENSES =
	/^(?:depressions?|pressure|fronts?|currents?|charges?|power|work|cells?|mass|resistance|energy|force|field|culture|class|family|order|kingdom|plates?|mantle|crust|core|bonds?|solutions?|bases?|periods?|groups?|elements?|compounds?|moles?|organs?|hosts?|vectors?|springs?|markets?|interest|capital|credit|demand|supply|recession|revolution|parties|party|tissues?|waves?|spectrum|shells?|nucleus|rings?|trenches?)$/u;

/** A title on the weather, whose "weather" names its field: "Ostran Skies", "Storms", "Climate". */
const WEATHER_TITLE =
	/\b(?:weather|skies|sky|climate|storms?|hurricanes?|cyclones?|tornado(?:e?s)?|rain(?:fall)?|winds?|clouds?|fronts?|atmosphere|atmospheric|monsoons?|snow|fog|depressions?|pressure|forecast(?:ing|s)?|meteorology)\b/iu;

/** A school discipline a handout names ("economics", "biology"): the field of its terms. */
const FIELD_WORD =
	/^(?:economics|physics|chemistry|biology|geology|geography|history|mathematics|medicine|ecology|astronomy|psychology|sociology|politics|law|botany|zoology|anatomy|physiology|genetics|meteorology|linguistics)$/u;

/**
 * The words of a sentence that can name a discipline. A discipline's own name counts only when
 * it opens the sentence or follows a preposition, conjunction or verb of study ("In economics,
 * …", "… taught in biology"), never when a word before it qualifies it ("A brief history",
 * "Velm law", "the law") or "of" follows ("the history of …"): that is a story, a rule or a
 * name, not the field (blind review 12a S05: "What are enzymes in history?" from an enzymes
 * handout's "A brief history" section). Agent nouns ("economists") and "weather" count unless a
 * name follows ("the physiologist Wilhelm Kühne" is a person's role).
 */
function disciplineWords(text: string): string[] {
	const words = text.split(/[^\p{L}]+/u);
	return words.filter(
		(w, i) =>
			// "the German physiologist Wilhelm Kühne": a person's role, not the text's field.
			(!FIELD_WORD.test(w.toLowerCase()) && !/^\p{Lu}/u.test(words[i + 1] ?? '')) ||
			((i === 0 ||
				// "the Nobel Prize in Chemistry": a capitalised field inside a name is the name's.
				(/^\p{Ll}/u.test(w) &&
					/^(?:in|to|about|for|on|within|and|or|but|as|like|with|study|studies|studied|studying|teach|teaches|taught|learn|learns)$/iu.test(
						words[i - 1]
					) &&
					// "used in perfume and medicine": a field only beside another field ("biology and
					// medicine"); coordinated with a product it is a use (H16 S12, "What are beavers in
					// medicine?", all three reviewers).
					(!/^(?:and|or)$/iu.test(words[i - 1]) ||
						FIELD_WORD.test((words[i - 2] ?? '').toLowerCase())))) &&
				!/^of$/iu.test(words[i + 1] ?? ''))
	);
}

/**
 * The discipline a text names most often ("Economics", "economists" → "economics"), or
 * undefined: the field a handout's everyday word is a term of ("What is demand in
 * economics?"). Not the term itself.
 */
export function textField(article: ArticleView, term: string): string | undefined {
	const counts = new Map<string, number>();
	for (const s of article.sentences)
		for (const w of disciplineWords(s.text)) {
			const bare = w.toLowerCase().replace(/ists?$/u, '');
			// "economist" → "economics", "biologist" → "biology", "physicist" → "physics".
			// The weather is meteorology's subject as the economy is economics'.
			// Only in a handout on the weather: "bad weather" in a bird-migration handout made
			// "What is migration in meteorology?" (H13 S45, S99, all three reviewers; gen52).
			const lower =
				w.toLowerCase() === 'weather'
					? WEATHER_TITLE.test(article.title)
						? 'meteorology'
						: ''
					: w.toLowerCase();
			// Only an agent noun stands for its field: the adjective "genetic" ("its whole genetic
			// code read") made "What is yeast in genetics?" in a baking handout (blind review H30
			// S69, all three reviewers).
			const agent = bare !== w.toLowerCase();
			const word = [lower, ...(agent ? [`${bare}ics`, `${bare}y`, `${bare}s`] : [])].find((f) =>
				FIELD_WORD.test(f)
			);
			if (!word || word === fold(term)) continue;
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * A definite class with its complement: "the wearing away of the bed and banks …", "the strong
 * electrostatic attraction between oppositely charged ions" (up to three modifiers before the
 * class noun, a lower-case complement after it).
 */
const DEFINITE_COMPLEMENT =
	/^the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?\p{Ll}[\p{Ll}-]*\s+(?:of|between|in|within|on|by|from|to|for|into|through|around|across|per)\s+\p{Ll}/u;

/**
 * A definite key that is a claim about its term, not what it is: a result, cause or place of it
 * ("the result of …", "the home of …"), a property ("the shape of …"), a rank ("the hardest …", "the second …"), a sameness.
 */
const CLAIM_CLASS =
	/^the\s+(?:\p{Ll}+\s+)?(?:results?|causes?|reasons?|effects?|consequences?|sources?|basis|answer|subject|focus|name|same|opposite|number|home|scene|capital|seat|symbol|ancestors?|heart|key|rest|shape|size|colou?r|length|weight|second|third|fourth|fifth|next|other)\b|^the\s+(?:\p{Ll}+\s+)?(?!(?:forest|interest|harvest|contest|conquest|request|protest|inquest|west|chest|nest|rest|test)\b)\p{Ll}{2,}est\b/u;

/** Other sentences a handout's key term must come in, for a definite key without a relative. */
const MIN_TIMES_USED = 2;

/**
 * True when a handout's definite key of an indefinite or bare singular term is a textbook
 * definition by its complement (gen24, the outsider's handouts): "An ionic bond is the strong
 * electrostatic attraction between …", "Erosion is the wearing away of …". Only when the term is
 * a key term of the text (`timesUsed` other sentences, at least `MIN_TIMES_USED`), and never a
 * claim's class (`CLAIM_CLASS`). A "The …" term keeps `definiteDefinition` alone: "The heart is
 * the …" tells of this text's case.
 */
export function complementDefinition(
	key: string,
	verb: string,
	determiner: string | undefined,
	timesUsed: number
): boolean {
	if (verb !== 'is' || determiner === 'The' || timesUsed < MIN_TIMES_USED) return false;
	return DEFINITE_COMPLEMENT.test(key) && !CLAIM_CLASS.test(key);
}

/**
 * True when a key is a textbook's tight restrictive frame, "the N where …", "the N by which …"
 * ("A habitat is the place where an organism lives"): the text teaches the term by defining it,
 * so a handout asks it even when the term comes only once (as `handoutNamed`'s "called").
 */
export function taughtFrame(key: string, determiner: string | undefined): boolean {
	return (
		(determiner === 'A' || determiner === 'An') &&
		/^the\s+\p{Ll}{3,}\s+(?:where|that|which|whereby|(?:at|in|by|through|from)\s+which)\s/u.test(
			key
		) &&
		!CLAIM_CLASS.test(key)
	);
}
