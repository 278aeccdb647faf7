import { noteGloss } from './gloss-bare';
import { RESTRICTION } from './gloss-clause';
import { meantByTerm } from '$lib/content/term-asked';
import { glossGoesOn } from './key-restates';
import type { ArticleView, Idea } from './ideas';
import { headingNamesTerm } from './heading-term';
import { noteDefinite, PER_UNIT } from './gloss-definite';
import { isHandout } from './handout';
import { OTHER_SENSES } from './idea-term-handout';
import type { Sentence } from './text';
import { listLabel, termsHeading } from './list-label';
import { functionEntriesBySection, MIN_LIST } from './revision-list';
import { asWritten, personName } from './term-case';
import { entryNoTerm } from './entry-no-term';
import { tableGloss } from './table-gloss';
import {
	CLASS_OPENING,
	DEFINITE_CLASS,
	glossaryVerdict,
	type Entry,
	type GlossarySkip
} from './glossary-entry';

export {
	glossaryEntry,
	glossaryVerdict,
	withoutExamples,
	type GlossarySkip
} from './glossary-entry';

/**
 * The key-term cards of a handout's glossary (gen35, issue 12) from its entries
 * (`glossary-entry.ts`: which line is a "Term – meaning" entry, and why one is not): which
 * entries make a list, which are labels, names, places or everyday words, and why each other
 * line gave no card (`glossaryCards`, for the Review drafts screen). Pure.
 */

/** A stage's label in a list ("Early illness: a sudden high fever …"): no term (H13 S92). */
const STAGE_LABEL = /^(?:early|late|later|first|second|third|final|initial|last|next)\s/iu;

/**
 * A gloss that names one place ("the town in Rajasthan whose quarries …"): a place, no term
 * (H13 S108); "a smaller river or stream that joins …" is a class, a term.
 */
const PLACE_GLOSS =
	/^the\s+(?:\p{Ll}+\s+)?(?:town|city|village|port|river|region|province|island|mountain|country|state|kingdom|capital|valley|site|county|district|colony)\b/u;

/**
 * "the site of aerobic respiration, where …": where a process happens, a part of a cell or an
 * organ, not a place (gen69: the outsider's biology notes' "Mitochondria").
 */
const PROCESS_SITE = /^the\s+site\s+of\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:tion|sis|ment)\b/u;

/**
 * "the region of an enzyme where …", "the part of a cell that …": a part of any such thing, not
 * one place (gen83: a student's notes lost "Active site" as a place); a place is named by its
 * own ("the region of Provence").
 */
const PART_OF_CLASS = /^the\s+(?:\p{Ll}+\s+)?(?:region|area|site|part|zone)\s+of\s+an?\s/u;

/** Everyday words a geography or science list defines in its own sense ("mouth", "source"). */
const EVERYDAY =
	/^(?:source|mouth|bed|bank|load|discharge|capacity|yield|input|output|channel|product|course|plain|delta|floor|wall|arm|head|body|key|reaction|rate|test|model|state|change|matter|cycle|chain|web|level|scale|range|unit|network|system|structure|function)$/u;

/** Entries an article needs before its lines are read as a list of terms (a lone "X: y" is none). */
const MIN_ENTRIES = 2;

/**
 * A nominal definition: "the" and a process's or a measure's noun and what it is of ("the force
 * of …", "the movement of …", "the rate at which …" aside): a term's meaning in any list (gen83).
 * A label's gloss is an event or a list ("the collapse of the bank", "the chance of …, the …").
 */
const NOMINAL_DEFINITION =
	/^the\s+(?:\p{Ll}+\s+)?(?:\p{Ll}+(?:tion|sion|ment|ance|ence|ity|ness)|force|loss|release|process|rate|amount|study|use|transfer|breakdown|build-up|wearing\s+away)\s+(?:of|in\s+which|by\s+which|whereby)\s/u;

/**
 * A definite class in notes' wording (`noteDefinite`) that a list's line glosses its term with:
 * "the energy needed to raise …", "the strong attraction between …", "the tidal mouth of …".
 * A lone noun before "of" ("the fall of the bank in the flood") is an event a label goes on
 * with unless `NOMINAL_DEFINITION` names it a process or a measure (gen90).
 */
function listDefinite(key: string): boolean {
	return noteDefinite(key) && !/^the\s+[\p{Ll}-]+\s+of\s/u.test(key);
}

/**
 * A term of two words or more glossed by a bare noun phrase in notes' wording (`noteGloss`):
 * "Infant mortality: deaths of babies under 1 per 1,000 live births", "Kama tanha – craving for
 * sensual pleasures". A label's gloss is an action ("Logging: cutting …") or a run of noun
 * phrases ("fishing quotas, bigger nets …"), which this leaves to `listLabel` (gen90).
 */
function compoundGloss(term: string, key: string): boolean {
	if (!/\s/u.test(term.trim()) || /^\p{Ll}+ing\s/u.test(key)) return false;
	return !/[,;:]/u.test(key.split(RESTRICTION)[0]) && noteGloss(key, term);
}

/**
 * A line of a list of terms: under a key-terms heading, or a row of a table whose second column
 * is headed as a meaning ("| Landform | Description |", `table-gloss.ts`, gen88).
 */
function keyTermsLine(sentence: Sentence): boolean {
	return termsHeading(sentence.section) || tableGloss(sentence) === 'meaning';
}

/** Class glosses ("a …", "an …") a section needs before it reads as a list of terms. */
const CLASS_SECTION = 3;

/** True when another sentence defines the term ("A nephron is …"): the term kind asks it there. */
function definedElsewhere(term: string, entry: Sentence, article: ArticleView): boolean {
	const lower = term.toLowerCase();
	return article.sentences.some((s) => {
		if (s === entry) return false;
		const text = s.text.toLowerCase();
		return [`a ${lower} is `, `an ${lower} is `, `${lower} is `, `${lower} are `].some((opening) =>
			text.startsWith(opening)
		);
	});
}

/**
 * The key-term cards of a handout's glossary (`glossaryEntry`), in reading order; none unless
 * the handout has `MIN_ENTRIES` entries; none of a one-word term with an everyday sense
 * ("mouth", "product"), of a person or place, or of a term another sentence defines.
 */
export function glossaryIdeas(article: ArticleView): Idea[] {
	return glossaryCards(article).ideas;
}

/**
 * `glossaryIdeas`, and why each other sentence gave no card (`GlossarySkip`, by sentence): the
 * glossary kind's own refusals, for the Review drafts screen (`glossary-skips.ts`, gen83).
 */
export function glossaryCards(article: ArticleView): {
	ideas: Idea[];
	skipped: Map<Sentence, GlossarySkip>;
} {
	const skipped = new Map<Sentence, GlossarySkip>();
	const skip = (sentence: Sentence, reason: GlossarySkip): [] => {
		skipped.set(sentence, reason);
		return [];
	};
	/** `skip` in a filter: false, the entry dropped. */
	const refuse = (sentence: Sentence, reason: GlossarySkip): false => (
		skip(sentence, reason),
		false
	);
	if (!isHandout(article)) {
		for (const s of article.sentences) skipped.set(s, 'not-a-list');
		return { ideas: [], skipped };
	}
	const entries0 = article.sentences.flatMap((s) => {
		const verdict = glossaryVerdict(s, true);
		return typeof verdict === 'string' ? skip(s, verdict) : [verdict];
	});
	// A bare plural gloss counts only where the other entries already make a list of classes.
	const classes = (section: string) =>
		entries0.filter((f) => f.sentence.section === section && /^an?\s/u.test(f.key)).length;
	const found = entries0.filter(
		(e) =>
			!e.bare || classes(e.sentence.section) >= CLASS_SECTION || refuse(e.sentence, 'not-a-meaning')
	);
	// A revision list mixes class glosses with function glosses ("Mitochondria – the site of …"
	// beside "Nucleus – contains …", `revision-list.ts`): together they make a list (gen69).
	const functions = functionEntriesBySection(article);
	const inRevisionList = (e: Entry) =>
		found.filter((f) => f.sentence.section === e.sentence.section).length +
			functions(e.sentence.section) >=
		MIN_LIST;
	const all =
		found.length < MIN_ENTRIES
			? found.filter(
					(e) =>
						inRevisionList(e) ||
						headingNamesTerm(e.term, e.sentence.section) ||
						refuse(e.sentence, 'lone-line')
				)
			: found;
	if (all.length === 0) return { ideas: [], skipped };
	// A section where three entries gloss by a class ("Cell wall – a rigid layer …") and at least
	// half by a class or a definite class ("the loss of …") is a list of
	// terms whatever its heading (gen83): its "the movement of …" and bare plural lines are terms too.
	const classSection = (section: string) => {
		const own = all.filter((f) => f.sentence.section === section);
		const classes = own.filter((f) => /^an?\s/u.test(f.key)).length;
		const definite = own.filter((f) => DEFINITE_CLASS.test(f.key)).length;
		return classes >= CLASS_SECTION && (classes + definite) * 2 >= own.length;
	};
	// One card a term: a handout that glosses "An electrolyte: …" in its text and again in its
	// key-terms list asked both (h40's batteries handout, gen49); the list's entry is kept.
	const inList = (e: Entry) => keyTermsLine(e.sentence);
	const seen = new Set<string>();
	const entries = [...all.filter(inList), ...all.filter((e) => !inList(e))]
		.filter(
			(e) =>
				(!seen.has(e.term.toLowerCase()) && !!seen.add(e.term.toLowerCase())) ||
				refuse(e.sentence, 'same-term')
		)
		.sort((a, b) => a.sentence.index - b.sentence.index);
	const ideas = entries.flatMap(({ sentence, term, key, span, bare: plural }): Idea[] => {
		if (plural && !classSection(sentence.section)) return skip(sentence, 'not-a-meaning');
		const written = asWritten(term, sentence, article);
		if (STAGE_LABEL.test(written)) return skip(sentence, 'list-label');
		if (PLACE_GLOSS.test(key) && !PROCESS_SITE.test(key) && !PART_OF_CLASS.test(key))
			return skip(sentence, 'name-or-place');
		// A person or place is no term ("Luther: a German monk …"); an everyday word is a term
		// only in its field, which a list does not name ("What is meant by the term “mouth”?").
		if (article.isPerson(term) || article.isPlace(term) || personName(term))
			return skip(sentence, 'name-or-place');
		// A key-terms list's own entry ("Crust: the thin, solid outer layer of the Earth") is asked
		// in the handout's frame since H20 (`term-frame.ts`), which names the field this refusal
		// (gen35) stood in for; outside such a list the word may be a label (gen72).
		const bare = written.toLowerCase();
		const everyday = EVERYDAY.test(bare) || OTHER_SENSES.test(bare);
		// A list of three or more class glosses under any heading is a list of terms too ("Acids
		// and bases": "- Base – a substance that …", gen80): the frame names its field.
		const classList =
			/^an?\s/u.test(key) &&
			all.filter((f) => f.sentence.section === sentence.section).length >= MIN_LIST;
		// A nominal definition or a measure per unit says the word's meaning in its field, which
		// the frame names ("Current: the rate of flow of …", "Power: the energy transferred per
		// second", gen85: a student's physics notes gave no draft).
		const fieldMeaning = NOMINAL_DEFINITION.test(key) || PER_UNIT.test(key);
		if (!bare.includes(' ') && everyday && !keyTermsLine(sentence) && !classList && !fieldMeaning)
			return skip(sentence, 'everyday-word');
		// A key-terms list's own line is asked even where the text glosses the term too: the
		// term kind refuses a term glossed twice (`idea-second-answer.ts`, gen79).
		// An acronym stays the text's to define ("FIFA" is a name, not a term).
		const own = keyTermsLine(sentence) && !/^\p{Lu}{2,}/u.test(written);
		if (!own && definedElsewhere(written, sentence, article))
			return skip(sentence, 'defined-elsewhere');
		// A list's label ("Planning – limiting building …" under "Reducing the impact") is no term:
		// its gloss is an effect or an example (H11, `list-label.ts`).
		// In a list of class glosses a definite class ("the movement of substances against …") or a
		// bare plural is a term's meaning, not a label's effect; a run of noun phrases ("the chance
		// of …, the pressure of …") stays a label's (H13 S90). A name keeps its capital
		// ("Pheidippides – a runner sent to …"): a person, no term.
		// In any list, a process's or a measure's nominal definition ("the force of the water
		// hitting …", "the loss of water vapour from …") says what a term means, not a label's effect,
		// and so does a definite class in notes' wording ("the energy needed to raise …", "the strong
		// attraction between …", `noteDefinite`), or a compound term's bare gloss (`compoundGloss`):
		// h54–h64's notes refused them as labels (gen90).
		const termInList =
			/^\p{Ll}/u.test(written) &&
			(classSection(sentence.section)
				? plural || DEFINITE_CLASS.test(key) || CLASS_OPENING.test(key)
				: NOMINAL_DEFINITION.test(key) || listDefinite(key) || compoundGloss(written, key)) &&
			!/,\s+(?:the|a|an)\s/u.test(key);
		if (
			!termInList &&
			tableGloss(sentence) !== 'meaning' &&
			listLabel(written, key, sentence, article)
		)
			return skip(sentence, 'list-label');
		// A reason, one role of several, a process's object, a place relative to the text (H30).
		if (entryNoTerm(written, key, sentence, article)) return skip(sentence, 'list-label');
		// A gloss the next sentence goes on with ("… two points. You record …", H31 S03).
		const next = article.sentences.find((s) => s.index === sentence.index + 1);
		if (glossGoesOn(next?.section === sentence.section ? next.text : undefined))
			return skip(sentence, 'goes-on');
		const answer = key.charAt(0).toUpperCase() + key.slice(1);
		return [
			{
				kind: 'glossary' as const,
				sentence,
				type: 'flashcard' as const,
				prompt: meantByTerm(written),
				answer,
				start: 0,
				span,
				context: sentence.text,
				weight: 0
			}
		];
	});
	return { ideas, skipped };
}
