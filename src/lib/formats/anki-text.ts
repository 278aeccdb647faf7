import Papa from 'papaparse';
import { ankiExplanation, ankiNote, flashpointField, fromFlashpointField } from './anki-note';
import { clozeCards } from './anki-cloze';
import { ankiNotes } from './anki-notes';
import { noteTags, tagTopics } from './anki-tags';
import { fieldText } from './plain-text';
import { isSchedulingColumn, schedulingNote } from './scheduling-columns';
import { foldText } from '$lib/text/fold';
import {
	distinctTopics,
	checkPortable,
	type ExportResult,
	type ImportResult,
	type PortableQuestion
} from './portable';
import { ankiDeckName, DECK_LEVELS, deckLevels, deckTitle, fileTitle } from './deck-names';
import { plural } from '$lib/text/plural';

/**
 * Anki's "Notes in Plain Text" files (Anki 2.1.55+, https://docs.ankiweb.net/importing/text-files.html):
 * `#key:value` header lines, then one note a row, fields split by the separator, CSV quoting.
 * Read: Basic → flashcard, "Basic (and reversed card)" → two flashcards, "Basic (type in the
 * answer)" → short answer, Cloze → one fill-the-blank question per deletion number (as Anki
 * makes one card per number). Without a note type column, a row with `{{c1::…}}` is a cloze
 * note and any other a basic one. HTML becomes text; media references are left out and counted.
 * A `#columns:` line naming GUID, Note type, Deck or Tags columns is read like the matching
 * `#… column:` header; columns a note does not use (a third field, scheduling columns such as
 * Due or Interval that other tools add) are left out and named in a note, never silently.
 */

const SEPARATORS: Record<string, string> = {
	tab: '\t',
	comma: ',',
	semicolon: ';',
	space: ' ',
	pipe: '|',
	colon: ':'
};

interface Header {
	separator?: string;
	html: boolean;
	columns: Partial<Record<'guid' | 'notetype' | 'deck' | 'tags', number>>;
	notetype?: string;
	deck?: string;
	tags: string[];
	/** The raw `#columns:` line, split once the separator is known. */
	columnNames?: string;
}

function readHeader(lines: string[]): { header: Header; bodyStart: number } {
	const header: Header = { html: false, columns: {}, tags: [] };
	let index = 0;
	for (; index < lines.length && lines[index].startsWith('#'); index++) {
		const match = /^#([a-z ]+):(.*)$/i.exec(lines[index]);
		if (!match) continue;
		const key = match[1].trim().toLowerCase();
		const value = match[2].trim();
		if (key === 'separator') header.separator = SEPARATORS[value.toLowerCase()] ?? value[0];
		else if (key === 'html') header.html = value.toLowerCase() === 'true';
		else if (key === 'notetype') header.notetype = value;
		else if (key === 'deck') header.deck = value;
		else if (key === 'tags') header.tags = tagTopics(value);
		else if (key === 'columns') header.columnNames = match[2];
		else {
			const column = /^(guid|notetype|deck|tags) column$/.exec(key);
			const n = Number(value);
			if (column && Number.isInteger(n) && n >= 1) header.columns[column[1] as 'guid'] = n - 1;
		}
	}
	return { header, bodyStart: index };
}

/** `#columns:` names that mean what a `#… column:` header says (Anki writes "Note type"). */
const NAMED_COLUMNS: Record<string, keyof Header['columns']> = {
	guid: 'guid',
	'note type': 'notetype',
	notetype: 'notetype',
	deck: 'deck',
	tags: 'tags'
};

/** Fills the special columns a `#columns:` line names and no `#… column:` header gave. */
function namedColumns(header: Header, names: readonly string[]): void {
	names.forEach((name, index) => {
		const role = NAMED_COLUMNS[name];
		if (role && header.columns[role] === undefined) header.columns[role] = index;
	});
}

/** Fields of a note read as its front and back (Basic) or text and extra (Cloze). */
const USED_FIELDS = 2;

/**
 * The note for columns no question used though some row filled them: named by `#columns:`,
 * else by number (`column 6`), so a person knows what did not come in (outsider, issue 13).
 */
function ignoredColumnsNote(ignored: ReadonlySet<number>, names: readonly string[]): string[] {
	const sorted = [...ignored].sort((a, b) => a - b);
	// Scheduling columns get their own note, saying what it means: cards start as new.
	const scheduling = sorted.filter((i) => names[i] && isSchedulingColumn(names[i]));
	const other = sorted.filter((i) => !scheduling.includes(i));
	const notes = schedulingNote(scheduling.map((i) => names[i]));
	if (!other.length) return notes;
	const labels = other.map((i) => (names[i] ? `“${names[i]}”` : `column ${i + 1}`));
	const count = labels.length === 1 ? '1 column' : `${labels.length} columns`;
	return [
		...notes,
		`Not imported: ${labels.join(', ')} (${count}). Flashpoint reads a note's front and back (or cloze text and extra), its deck, tags, GUID, explanation and source, not scheduling or other fields.`
	];
}

const MEDIA = /\[sound:[^\]]*\]|<img\b[^>]*>|<audio\b[\s\S]*?<\/audio>|<video\b[\s\S]*?<\/video>/gi;

/** The last part of a `Parent::Child` deck name, the name a person recognises. */
const deckName = (deck: string) => deck.split('::').at(-1)?.trim() ?? deck;

/**
 * The rows of a note table with the line each starts on (1-based, within `body`). Blank lines
 * are skipped, and a quoted field may span lines, so a row's index is not its line: problems
 * said "line 5" for the note on line 10 of a paste with blank lines between notes (outsider
 * teacher). Counts line breaks once, in order (linear in the file's size).
 */
function parseRows(body: string, delimiter: string): { rows: string[][]; lines: number[] } {
	const rows: string[][] = [];
	const lines: number[] = [];
	let scanned = 0;
	let line = 1;
	let next = 0;
	Papa.parse<string[]>(body, {
		delimiter,
		quoteChar: '"',
		skipEmptyLines: 'greedy',
		step: (step) => {
			// Skip the blank lines Papa skipped before this row.
			const start =
				next + (/^(?:[ \t]*\r?\n)*/.exec(body.slice(next, next + 10_000))?.[0].length ?? 0);
			for (; scanned < start; scanned++) if (body.charCodeAt(scanned) === 10) line++;
			rows.push(step.data);
			lines.push(line);
			next = step.meta.cursor;
		}
	});
	return { rows, lines };
}

/** Reads an Anki plain-text export. Never throws; a row it cannot read is a located problem. */
export function readAnkiText(source: string): ImportResult {
	const result: ImportResult = { questions: [], problems: [], notes: [] };
	const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const { header, bodyStart } = readHeader(lines);
	const body = lines.slice(bodyStart).join('\n');
	const parsed = parseRows(body, header.separator ?? '');
	let media = 0;
	const clean = (field: string) => {
		const withoutMedia = field.replace(MEDIA, () => {
			media++;
			return ' ';
		});
		return fieldText(withoutMedia, header.html || 'auto');
	};
	// Columns named Explanation or Source (as Flashpoint writes them) fill those, not fields.
	const shown = header.columnNames?.split(header.separator ?? '\t').map((n) => n.trim()) ?? [];
	const names = shown.map((n) => n.toLowerCase());
	namedColumns(header, names);
	const explanationColumn = names.indexOf('explanation');
	const sourceColumn = names.indexOf('source');
	// What Anki cannot hold (choices, true/false, alternatives), as Flashpoint writes it.
	const flashpointColumn = names.indexOf('flashpoint');
	const special = new Set([
		...Object.values(header.columns),
		explanationColumn,
		sourceColumn,
		flashpointColumn
	]);
	// Without a tags column a note's empty tags say nothing: a re-import keeps the course's.
	const untagged = header.columns.tags === undefined && !header.tags.length;
	const ignored = new Set<number>();
	const decks: string[] = [];
	parsed.rows.forEach((row, index) => {
		// The line the note starts on in the file or paste, as an editor numbers it.
		const line = bodyStart + parsed.lines[index];
		const at = (column: number | undefined) => (column === undefined ? undefined : row[column]);
		const fieldColumns = row.map((_, i) => i).filter((i) => !special.has(i));
		for (const i of fieldColumns.slice(USED_FIELDS)) if (row[i]?.trim()) ignored.add(i);
		const fields = fieldColumns.map((i) => clean(row[i]));
		const guid = at(header.columns.guid)?.trim() || undefined;
		const notetype = (at(header.columns.notetype) ?? header.notetype ?? '').trim();
		const deck = at(header.columns.deck) ?? header.deck;
		decks.push(deck ?? '');
		const rowTags = tagTopics(at(header.columns.tags) ?? '');
		// A Flashpoint export (its Flashpoint column) tags every topic; its deck is the course's
		// name, which came back as an extra topic on a question without one (as in `.apkg`).
		const fromDeck = deck && flashpointColumn < 0 ? [deckName(deck)] : [];
		const topics = distinctTopics([...fromDeck, ...header.tags, ...rowTags]);
		const explanation = clean(at(explanationColumn) ?? '') || undefined;
		const quote = clean(at(sourceColumn) ?? '') || undefined;
		const base = {
			...(guid ? { externalId: guid } : {}),
			topics,
			...(untagged ? { keepTopics: true as const } : {}),
			...(explanation ? { explanation } : {}),
			...(quote ? { quote } : {})
		};
		const isCloze = /cloze/i.test(notetype) || (!notetype && /\{\{c\d+::/.test(fields[0] ?? ''));
		const found: PortableQuestion[] = [];
		const restored = fromFlashpointField(
			at(flashpointColumn),
			{ front: fields[0] ?? '', back: fields[1] ?? '' },
			base,
			clean
		);
		if (restored) found.push(restored);
		else if (isCloze) {
			const extra = fields[1] || explanation;
			clozeCards(fields[0] ?? '').forEach((card) =>
				found.push({
					...base,
					...(guid ? { externalId: `${guid}#c${card.number}` } : {}),
					type: 'cloze',
					prompt: card.prompt,
					answer: card.answer,
					...(extra ? { explanation: extra } : {})
				})
			);
			if (!found.length)
				result.problems.push({ line, message: 'a cloze note with no usable {{c1::…}} deletion' });
		} else {
			const [front, back] = fields;
			if (!front || !back) {
				result.problems.push({ line, message: 'a note needs a front and a back' });
				return;
			}
			const typed = /type in the answer/i.test(notetype);
			found.push({ ...base, type: typed ? 'short' : 'flashcard', prompt: front, answer: back });
			if (/reverse/i.test(notetype))
				found.push({
					...base,
					...(guid ? { externalId: `${guid}#r` } : {}),
					type: 'flashcard',
					prompt: back,
					answer: front
				});
		}
		for (const q of found) {
			const error = checkPortable(q);
			if (error) result.problems.push({ line, message: error });
			else result.questions.push(q);
		}
	});
	result.notes.push(...ignoredColumnsNote(ignored, shown));
	// A `#deck:` header names the file's deck (Flashpoint writes it beside a topic-subdeck column).
	const title = header.deck?.trim()
		? deckTitle(header.deck)
		: fileTitle(
				decks.map((deck) => deck.split('::')),
				DECK_LEVELS
			);
	if (title) result.title = title;
	if (media)
		result.notes.push(
			`${plural(media, 'media reference')} ${media === 1 ? 'was' : 'were'} left out (images and sound are not imported).`
		);
	return result;
}

/**
 * A question's Anki deck (`Parent::Child`, `ankiDeckName`): the course's deck, with its first
 * topic as a subdeck unless that topic is the course's own name or its deck's last level (a GIFT
 * category named after the course gave "Victorian Britain::Victorian Britain", outsider, issue
 * 12; a deck imported from Anki's "Spanish::Vocab 1", whose notes carry the topic "Vocab 1",
 * went back as "Spanish › Vocab 1::Vocab 1", student outsider, session 33).
 */
function subdeck(deck: string, topic: string | undefined): string {
	const name = ankiDeckName(deck);
	const last = deckLevels(deck).at(-1) ?? deck;
	if (!topic || foldText(topic) === foldText(deck) || foldText(topic) === foldText(last))
		return name;
	return `${name}::${topic.replace(/::/g, ':')}`;
}

/** Quotes a field for a tab-separated Anki file when it holds a tab, a quote or a line break. */
function field(text: string): string {
	return /[\t"\r\n]/.test(text) || text.startsWith('#') ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes Anki plain text with header lines: tab-separated, no HTML, the GUID of the Anki note a
 * question came from, else its stable id, as the note GUID (so importing again updates notes
 * instead of duplicating them; a reversed card is its note's second card, `ankiNotes`), the note type
 * per row (Basic, Basic (type in the answer), Cloze with `{{c1::…}}`), the first topic as deck
 * and every topic as a tag. Explanation and source sentence have their own columns, named in
 * a `#columns` line, for a note type that has such fields (Anki maps columns to fields in order).
 * Multiple choice and true/false become Basic notes with the choices on the front.
 */
export function writeAnkiText(
	questions: readonly PortableQuestion[],
	deck = 'Flashpoint'
): ExportResult {
	const lines = [
		'#separator:tab',
		'#html:false',
		'#guid column:1',
		'#notetype column:2',
		`#deck:${ankiDeckName(deck.replace(/[\r\n]+/g, ' '))}`,
		'#deck column:3',
		'#tags column:9',
		'#columns:GUID\tNote type\tDeck\tFront\tBack\tExplanation\tSource\tFlashpoint\tTags'
	];
	for (const { guid, question: q, reverse, cloze } of ankiNotes(questions, () => '')) {
		const [single, back, kind] = ankiNote(q);
		// A cloze note of several deletions is one row, as Anki makes one card per deletion.
		const front = cloze?.text ?? single;
		const several = (cloze?.cards.length ?? 1) > 1;
		// Anki's own note type by name: the note imported from it is updated, its two cards kept.
		const notetype = reverse ? 'Basic (and reversed card)' : kind;
		const tags = noteTags(q);
		const id = guid === 'flashpoint-' ? '' : guid;
		const cells = [id, notetype, subdeck(deck, q.topics[0]), front, back]
			.concat([ankiExplanation(q)])
			.concat([q.quote ?? '', several ? '' : flashpointField(q), tags])
			.map(field);
		lines.push(cells.join('\t'));
	}
	return { text: lines.join('\n') + '\n', skipped: [] };
}
