import { closingStop } from '$lib/text/sentence';
import { plural } from '$lib/text/plural';
import { KEPT_ON_DEVICE_NOTICE } from './kept-question';
import {
	clozeOf,
	selectionOfSpan,
	toggleWord,
	tokenize,
	type Selection,
	type Token
} from './cloze';
import { blankFields, type QuestionFields } from '$lib/content/question-fields';
import type { DocumentRecord } from '$lib/db/records';
import type { Lexicon } from '$lib/generator/facts';

type Suggest = typeof import('./cloze-suggest');
type Hints = typeof import('./cloze-hints');
type WrongChoices = import('./wrong-choices').WrongChoices;

/** The generator's code the writer loads once a sentence is chosen (`cloze-suggest`, `cloze-hints`). */
export type WriterTools = { suggest: Suggest; hints: Hints };

/** What the writer is opened on (`ClozeWriter`'s props of the same names). */
export interface WriterStart {
	/** The chosen sentence, exactly as in the document. */
	quote: string;
	/** Its document: wrong choices and suggestions draw on its text and names. */
	document: Pick<DocumentRecord, 'id' | 'courseId' | 'text' | 'date'>;
	/** A blank to start with (a suggested sentence's): UTF-16 offsets into `quote`, end exclusive. */
	blank?: { start: number; end: number };
	/** A flashcard to open as instead of a fill-in-the-blank (a "Term – meaning" line). */
	card?: { prompt: string; answer: string };
	/** A form kept from before (`kept-question.ts`): shown as it was, with a notice. */
	kept?: { fields: QuestionFields; selection?: Selection | null };
}

/**
 * The state of "write a question from a sentence" (issue 12): the question form, the words
 * hidden as its blank, and the one line (`note`) that says what just happened or what to do.
 * Tapping words, "Suggest a blank", "Make it multiple choice" and the definition flashcard act
 * on it; the component loads the generator's code (`loaded`) and the document's names
 * (`namesRead`) and shows it. No I/O here: the course's terms come from the caller.
 */
export class ClozeWriting {
	readonly quote: string;
	readonly tokens: Token[];
	readonly document: WriterStart['document'];
	form = $state<QuestionFields>(blankFields('cloze'));
	selection = $state<Selection | null>(null);
	note = $state('');
	tools = $state<WriterTools>();
	lexicon = $state<Lexicon>();
	// `$derived.by`: read once the constructor has set `quote` (a field's initializer runs first).
	/** Advice on the form as typed (`hintsFor`), once the hints have loaded. */
	readonly hints = $derived.by(() =>
		this.tools ? this.tools.hints.hintsFor(this.form, this.quote) : []
	);
	/** The sentence's own definition as a flashcard (`definitionCard`), when it has one. */
	readonly card = $derived.by(() => {
		const suggest = this.tools?.suggest;
		return suggest?.definitionCard(this.quote, this.lexicon ?? suggest.emptyLexicon());
	});
	/** Settles once the document's names are read (or could not be): `namesRead`. */
	names: Promise<void>;
	#namesArrived = () => {};
	/** The prompt the word buttons last wrote: cleared with the blank only while unedited. */
	#filled = '';
	/** The accepted answers the blank last wrote (`blankAccepts`): replaced only while unedited. */
	#filledAccept = '';
	/** Times "Suggest a blank" was pressed: each press offers the next suggestion. */
	#turn = 0;

	/**
	 * A fill-the-blank to start, with one line saying how: an empty flashcard form read as the
	 * thing to fill in before any word was tapped (outsider, issue 12). A "Term – meaning" line
	 * starts as its flashcard, filled in (`card`); a kept form as it was; a suggested sentence
	 * with its blank hidden.
	 */
	constructor(start: WriterStart) {
		this.quote = start.quote;
		this.document = start.document;
		this.tokens = tokenize(start.quote);
		this.names = new Promise((resolve) => (this.#namesArrived = resolve));
		const { kept } = start;
		const card = kept ? undefined : start.card;
		if (kept) {
			this.form = kept.fields;
			this.selection = kept.selection ?? null;
			if (kept.selection)
				[this.#filled, this.#filledAccept] = [kept.fields.prompt, kept.fields.accept];
			this.note = KEPT_ON_DEVICE_NOTICE;
			return;
		}
		if (card) {
			this.form = { ...blankFields('flashcard'), ...card };
			this.note =
				'A flashcard from this line: edit the question or the answer, or change the type below.';
			return;
		}
		this.note =
			'Start here: tap the words that are the answer, or press Suggest a blank. The question below fills in.';
		const blank = start.blank && selectionOfSpan(this.tokens, start.blank.start, start.blank.end);
		if (blank) {
			this.#show(blank);
			this.note = `Suggested blank: “${this.form.answer}”${closingStop(this.form.answer)} Tap words to change it, or save it as it is.`;
		}
	}

	/** The suggestions and hints have loaded: the blank's other right answers fill in. */
	loaded(tools: WriterTools) {
		this.tools = tools;
		this.#fillAccept();
	}

	/** The suggestions could not load: words are still tapped and the question typed. */
	loadFailed() {
		this.note = 'Suggestions could not load; tap the words or type the question.';
	}

	/** The document's names are read (undefined: they could not be); `names` settles. */
	namesRead(lexicon: Lexicon | undefined) {
		if (lexicon) {
			this.lexicon = lexicon;
			// A person's surname and an organisation's acronym need the document's names.
			this.#fillAccept();
		}
		this.#namesArrived();
	}

	#show(next: Selection | null) {
		this.selection = next;
		const form = this.form;
		if (next) {
			const { prompt, answer } = clozeOf(this.quote, this.tokens, next);
			if (form.type !== 'mcq') form.type = 'cloze';
			form.prompt = this.#filled = prompt;
			form.answer = answer;
		} else if (form.prompt === this.#filled) {
			form.prompt = this.#filled = '';
			form.answer = '';
		}
		this.#fillAccept();
	}

	/**
	 * The hidden words' other right answers in "Also accept" (`blankAccepts`: "2010" for "March
	 * 2010", outsider teacher, issue 12), while the teacher has not edited the lines; before the
	 * suggestions load, left for when they do.
	 */
	#fillAccept() {
		if (!this.tools || this.form.accept !== this.#filledAccept) return;
		const { blankAccepts, emptyLexicon } = this.tools.suggest;
		const { selection, tokens } = this;
		const start = selection ? tokens[selection.from].coreStart : 0;
		const end = selection ? tokens[selection.to].coreEnd : 0;
		const lines = selection
			? blankAccepts(this.quote, { start, end }, this.lexicon ?? emptyLexicon()).join('\n')
			: '';
		this.form.accept = this.#filledAccept = lines;
	}

	/** Word `i` tapped: hidden, shown again, or the blank moved there (`toggleWord`). */
	tap(i: number) {
		this.note = '';
		this.#show(toggleWord(this.tokens, this.selection, i));
	}

	/** "Suggest a blank": the next name, number, date or key term of the sentence, hidden. */
	suggestBlank() {
		if (!this.tools) return;
		const { blankCandidates, documentFacts, emptyLexicon } = this.tools.suggest;
		const { document, tokens, selection } = this;
		const names = this.lexicon ?? emptyLexicon();
		// The document's own subject ("France" all through a history of France) comes last.
		const { general } = documentFacts(document.id, document.text ?? '', names, document.date);
		const all = blankCandidates(this.quote, names, general);
		// The next one each press; one already shown is skipped (a tap may have chosen it).
		const options = all
			.map((found) => ({ found, next: selectionOfSpan(tokens, found.start, found.end) }))
			.filter((o) => o.next);
		const fresh = options.filter(
			(o) => o.next!.from !== selection?.from || o.next!.to !== selection?.to
		);
		const pick = fresh.length ? fresh[this.#turn++ % fresh.length] : undefined;
		if (!pick) {
			// The form stays as it is: nothing typed or chosen is lost.
			this.note = options.length
				? 'That is the only suggestion for this sentence: tap the words to hide others.'
				: 'No name, number, date or key term found in this sentence: tap the words to hide.';
			return;
		}
		const { found, next } = pick;
		this.#show(next!);
		const others = this.form.accept ? this.form.accept.split('\n') : [];
		const also = others.length
			? ` ${others.map((a) => `“${a}”`).join(', ')} also ${others.length > 1 ? 'count' : 'counts'} as right.`
			: '';
		this.note = `Suggested ${found.kind}: “${this.form.answer}”${fresh.length > 1 ? ' (press again for another)' : ''}.${also} Tap words to change it.`;
	}

	/** Wrong choices for a name, place, date or figure of the document (`wrongChoices`). */
	#factChoices(): WrongChoices {
		const { documentFacts, emptyLexicon, wrongChoices } = this.tools!.suggest;
		const { document } = this;
		const facts = documentFacts(
			document.id,
			document.text ?? '',
			this.lexicon ?? emptyLexicon(),
			document.date
		);
		return wrongChoices(this.form.answer, this.quote, facts);
	}

	/**
	 * "Make it multiple choice": three wrong choices of the same kind, from the document for a
	 * blank's name, place, date or figure, else from `termChoices` (the course's other terms,
	 * read by the caller when first needed: "Make it multiple choice" did nothing for
	 * "Attrition", outsider teacher, 2026-12-03). A flashcard or short answer ("What is
	 * attrition?") takes other definitions or terms.
	 */
	async multipleChoice(termChoices: () => Promise<WrongChoices>) {
		if (!this.tools) return;
		const form = this.form;
		const blank = !!form.answer.trim() && form.prompt.includes('____');
		const card =
			!blank && !!form.answer.trim() && !!form.prompt.trim() && form.type !== 'truefalse';
		if (!blank && !card) {
			this.note =
				'Hide a word first (or press Suggest a blank): the hidden words are the right choice.';
			return;
		}
		// A name's wrong choices need the document's names, still being read in a long document:
		// the press waits for them (it said "try again in a moment" before).
		if (blank && !this.lexicon) {
			this.note = 'Reading the names in this document…';
			await this.names;
		}
		const facts = blank ? this.#factChoices() : undefined;
		let result: WrongChoices;
		try {
			result = facts?.ok ? facts : await termChoices();
		} catch {
			this.note =
				'The course’s other questions could not be read: write three wrong choices yourself.';
			return;
		}
		if (!result.ok) {
			this.note = result.reason;
			return;
		}
		form.type = 'mcq';
		form.wrong = [result.wrong[0] ?? '', result.wrong[1] ?? '', result.wrong[2] ?? ''];
		const n = result.wrong.length;
		const from = facts?.ok ? 'this document' : 'this course’s other terms';
		this.note =
			n === 3
				? `Three wrong choices of the same kind from ${from}: check each.`
				: n === 0
					? 'This document names nothing else of the same kind: write three wrong choices yourself.'
					: `Only ${plural(n, 'wrong choice')} of the same kind in ${from}: write the rest.`;
	}

	/** The sentence's definition flashcard (`card`) in the form, the blank cleared. */
	flashcard() {
		const card = this.card;
		if (!card) return;
		this.selection = null;
		this.form.type = 'flashcard';
		this.form.prompt = card.prompt;
		this.form.answer = card.answer;
		this.#filled = '';
		this.#fillAccept();
		this.note = 'Check the back: it is the sentence’s own words.';
	}
}
