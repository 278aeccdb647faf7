import { noteGuid, type AnkiNoteTypeFormats } from '$lib/content/anki-ref';
import { explanationOf, type Question } from '$lib/content/schema';
import { hashId } from '$lib/generator/text';
import { downloadName } from '$lib/ui/file-names';
import type { Cell } from '$lib/text/csv';
import type { ExportSchedule } from './anki-schedule';
import type { PortableQuestion } from './portable';

export { DEFAULT_EXPORT_FORMAT, EXPORT_FORMATS, type ExportFormatId } from './export-formats';
import { EXPORT_FORMATS, type ExportFormatId } from './export-formats';

/**
 * The name of `title`'s export in `format`: "<title> – <app>.<extension>" (`EXPORT_FORMATS`,
 * `downloadName`), "Panama Canal (Year 10) – Moodle XML.xml". No date or time: Anki names a
 * deck's export by the deck alone ("<deck>.apkg"; only a whole-collection backup gets
 * "collection-<date>@<time>", as a course file gets its date here), so a second export of the
 * same course is the browser's "(1)", which Import reads past.
 */
export function exportFileName(title: string, format: ExportFormatId): string {
	const { app, extension } = EXPORT_FORMATS.find((f) => f.id === format)!;
	return downloadName(title, app, extension, 'Flashpoint questions');
}

/**
 * The order a question's choices are written in: each choice ranked by a hash (`hashId`, FNV-1a)
 * of the question id and its text. Banks and generators often keep the right answer first, and
 * a Kahoot sheet or an Anki card with "A)" always right teaches the position, not the answer
 * (issue 12). The order depends only on the id and the set of choices, not on where the key
 * is or on the order given, so a re-export (or an export of a re-imported file) is the same
 * file. `choices`: the answer and distractors; returns a new array of the same strings.
 */
export function exportChoiceOrder(id: string, choices: readonly string[]): string[] {
	const ranked = choices.map((choice) => ({ choice, rank: hashId(`${id}\u0000${choice}`, 14) }));
	const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	ranked.sort((a, b) => compare(a.rank, b.rank) || compare(a.choice, b.choice));
	return ranked.map((r) => r.choice);
}

/**
 * The Anki card a question was imported as (a GUID, `<guid>#r`, `<guid>#c<n>`): its `externalId`
 * when that names its Anki note (`anki.guid`). A row stored before schema v14 without one: an id
 * without `::` (other files' ids are stored as `<file>::<id>`), but a GUID may hold `::` (Anki's
 * GUIDs are base 91), which only the note's GUID tells apart.
 */
function ankiCardOf(q: Pick<Question, 'externalId' | 'anki'>): string | undefined {
	if (!q.externalId) return undefined;
	const named = q.anki?.guid
		? noteGuid(q.externalId) === q.anki.guid
		: !q.externalId.includes('::');
	return named ? q.externalId : undefined;
}

/**
 * A bank question as other tools get it: its id as the stable external id, its quote kept, and
 * the Anki card it was imported as (`ankiCard`), for the Anki writers to update that note. An
 * imported question's choices keep the order its author gave them in their file (a teacher's
 * GIFT came back reshuffled, outsider teacher, issue 12); a generated or form-written one's, whose
 * order nobody chose (the form puts the key first), go in `exportChoiceOrder`. Every writer
 * writes them, and the key's number, as given.
 */
export function toPortable(q: Question): PortableQuestion {
	// None when the file it was imported from gave none: never a note about the file.
	const explanation = explanationOf(q);
	return {
		externalId: q.id,
		...(ankiCardOf(q) ? { ankiCard: ankiCardOf(q) } : {}),
		// Its Anki note: GUID, and the note type, deck and fields of one imported from a package.
		...(q.anki ? { anki: q.anki } : {}),
		...(q.name ? { name: q.name } : {}),
		type: q.type,
		prompt: q.prompt,
		answer: q.answer,
		...(q.accept?.length ? { accept: [...q.accept] } : {}),
		...(q.choices
			? {
					choices: q.origin === 'imported' ? [...q.choices] : exportChoiceOrder(q.id, q.choices)
				}
			: {}),
		...(q.numeric ? { numeric: { ...q.numeric } } : {}),
		...(q.weight !== undefined ? { weight: q.weight } : {}),
		...(explanation ? { explanation } : {}),
		...(explanation && q.origin !== 'imported' ? { wholeExplanation: true } : {}),
		topics: [...q.topics],
		quote: q.source.quote
	};
}

export interface ExportFile extends ExportPlan {
	blob: Blob;
	fileName: string;
}

const TEXT = 'text/plain;charset=utf-8';

/** What a writer made: text or bytes or a spreadsheet's rows, and what it could not hold. */
interface Written {
	text?: string;
	bytes?: Uint8Array;
	sheet?: { rows: Cell[][] };
	skipped: { question?: PortableQuestion; reason: string }[];
}

/** What a question may carry besides its prompt and answer, which some files have no place for. */
export type ExportField = 'explanation' | 'topics' | 'accept' | 'quote';

/**
 * What each format's file has no place for, checked against each writer (issue 14: a format
 * left things out without a word). Anki keeps all four (Explanation and Source fields, tags, the
 * Flashpoint column); GIFT and Moodle XML all but the source sentence; Wayground its explanation
 * and a fill-in-the-blank's accepted answers (as options); the others a question and its answers.
 */
const NO_PLACE_FOR: Record<ExportFormatId, readonly ExportField[]> = {
	apkg: [],
	anki: [],
	quizlet: ['explanation', 'topics', 'accept', 'quote'],
	gift: ['quote'],
	moodle: ['quote'],
	aiken: ['explanation', 'topics', 'quote'],
	kahoot: ['explanation', 'topics', 'accept', 'quote'],
	wayground: ['topics', 'quote'],
	blooket: ['explanation', 'topics', 'accept', 'quote'],
	gimkit: ['explanation', 'topics', 'accept', 'quote']
};

const HAS: Record<ExportField, (q: PortableQuestion) => boolean> = {
	explanation: (q) => !!q.explanation,
	topics: (q) => q.topics.length > 0,
	accept: (q) => !!q.accept?.length,
	quote: (q) => !!q.quote
};

/** Of the questions a file holds, how many carry each field the format has no place for. */
function notInFile(format: ExportFormatId, held: readonly PortableQuestion[]): ExportPlan['lost'] {
	return NO_PLACE_FOR[format]
		.map((field) => ({ field, count: held.filter(HAS[field]).length }))
		.filter((l) => l.count > 0);
}

/**
 * What only an Anki package carries: each studied card's schedule and review log by question id
 * (`exportSchedules`, Anki's "Include scheduling information"), and the kept card formats and
 * styling of imported note types by note type id (`readCourseNoteTypes`, anki50).
 */
export interface AnkiExtras {
	schedules?: ReadonlyMap<string, ExportSchedule>;
	formats?: ReadonlyMap<number, AnkiNoteTypeFormats>;
}

/**
 * Runs the format's writer (loaded with `import()`). With `plan`, an Anki package is not built
 * (it needs SQLite and leaves nothing out), so a plan costs the text writers' time only.
 */
async function write(
	format: ExportFormatId,
	portable: PortableQuestion[],
	name: string,
	plan = false,
	anki: AnkiExtras = {}
): Promise<Written> {
	switch (format) {
		case 'apkg': {
			if (plan) return { skipped: [] };
			const [{ writeApkg }, { loadSqlite }] = await Promise.all([
				import('./apkg-write'),
				import('./sqlite')
			]);
			const bytes = await writeApkg(
				portable,
				name,
				await loadSqlite(),
				Date.now(),
				anki.schedules,
				anki.formats
			);
			return { bytes, skipped: [] };
		}
		case 'anki':
			return (await import('./anki-text')).writeAnkiText(portable, name);
		case 'quizlet':
			return (await import('./two-column')).writeTwoColumn(portable);
		case 'gift':
			return (await import('./gift-write')).writeGift(portable, name);
		case 'moodle':
			return (await import('./moodle-xml-write')).writeMoodleXml(portable, name);
		case 'aiken':
			return (await import('./aiken')).writeAiken(portable);
		default: {
			const games = await import('./games');
			const sheet =
				format === 'kahoot'
					? games.kahootSheet(portable)
					: format === 'wayground'
						? games.waygroundSheet(portable)
						: format === 'blooket'
							? games.blooketSheet(portable)
							: games.gimkitSheet(portable);
			if ((format !== 'blooket' && format !== 'gimkit') || plan)
				return { sheet, skipped: sheet.skipped };
			// A game shows a cell as typed: no apostrophe before "-2 + 3 = ?".
			const { toCsv } = await import('$lib/text/csv');
			return { text: toCsv(sheet.rows, ',', { defuseFormulas: false }), skipped: sheet.skipped };
		}
	}
}

/** The formats whose writers never leave a question out. */
const KEEPS_ALL: ReadonlySet<ExportFormatId> = new Set(['apkg', 'anki']);

/** `write`, with a message a person can act on when the writer's code cannot be loaded. */
async function writeOrExplain(
	format: ExportFormatId,
	questions: readonly Question[] | { portable: PortableQuestion[] },
	name: string,
	plan: boolean,
	anki: AnkiExtras = {}
): Promise<Written & Pick<ExportPlan, 'lost'>> {
	// Anki's two formats hold every question (`writeAnkiText` and `writeApkg` skip none): their
	// plan converts nothing. Anki text is the format Questions opens with, and planning it wrote
	// the whole file on every visit (issue 14).
	if (plan && KEEPS_ALL.has(format)) return { skipped: [], lost: [] };
	const portable = 'portable' in questions ? questions.portable : questions.map(toPortable);
	let written: Written;
	try {
		written = await write(format, portable, name, plan, anki);
	} catch (error) {
		const label = EXPORT_FORMATS.find((f) => f.id === format)!.label;
		throw new Error(
			`The ${label} writer could not be loaded${navigator.onLine ? '' : ' while offline'}. Try again once Flashpoint has been opened online.`,
			{ cause: error }
		);
	}
	const left = new Set(written.skipped.map((s) => s.question));
	return {
		...written,
		lost: notInFile(
			format,
			portable.filter((q) => !left.has(q))
		)
	};
}

/** Skipped questions grouped by reason with a count, largest first. */
function byReason(skipped: readonly { reason: string }[]): ExportPlan['skipped'] {
	const reasons = new Map<string, number>();
	for (const s of skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
	return [...reasons]
		.map(([reason, count]) => ({ reason, count }))
		.sort((a, b) => b.count - a.count);
}

/** How many questions a format's file would hold, and what it would leave out and why. */
export interface ExportPlan {
	/** How many questions the file holds. */
	written: number;
	/** What the format could not hold, grouped by reason with a count, largest first. */
	skipped: { reason: string; count: number }[];
	/**
	 * Of the questions the file holds, how many carry what the format has no place for (their
	 * explanations, topics, other accepted answers, source sentences), for the screen to say.
	 */
	lost: { field: ExportField; count: number }[];
}

/**
 * What `exportQuestions` would write, without making the file, so the Export button can count
 * what will be written ("Export 2 questions" when only 2 of 4 fit Kahoot; an outsider's button
 * said 4, issue 12). Throws as `exportQuestions` does.
 */
export async function planExport(
	format: ExportFormatId,
	questions: readonly Question[]
): Promise<ExportPlan> {
	const { skipped, lost } = await writeOrExplain(format, questions, '', true);
	return { written: questions.length - skipped.length, skipped: byReason(skipped), lost };
}

/**
 * Writes questions in a format: a course's bank questions (through `toPortable`), or questions
 * already portable (`{ portable }`: a class quiz's, `$lib/quiz/quiz-export.ts`). `name` becomes
 * the file name as it reads (`readableFileStem`, which Import questions reads back as the title)
 * and the Anki deck's, GIFT's and Moodle XML's course. Throws only when a writer's code cannot be loaded (offline
 * before it was cached); the message says so. `anki` (`AnkiExtras`, an Anki package only): the
 * studied cards' schedules, Anki's "Include scheduling information", and imported note types'
 * card formats and styling.
 */
export async function exportQuestions(
	format: ExportFormatId,
	questions: readonly Question[] | { portable: PortableQuestion[] },
	name: string,
	anki: AnkiExtras = {}
): Promise<ExportFile> {
	const count = 'portable' in questions ? questions.portable.length : questions.length;
	// Named as the title reads, then its app: Aiken and Quizlet have no other place for the title.
	const fileName = exportFileName(name, format);
	const { text, bytes, sheet, skipped, lost } = await writeOrExplain(
		format,
		questions,
		name,
		false,
		anki
	);
	let blob: Blob;
	if (bytes)
		blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
	else if (text !== undefined)
		blob = new Blob([text], {
			type:
				format === 'moodle'
					? 'application/xml'
					: format === 'blooket' || format === 'gimkit'
						? 'text/csv;charset=utf-8'
						: TEXT
		});
	else {
		const { writeXlsx } = await import('./xlsx');
		blob = await writeXlsx([{ name, rows: sheet!.rows }]);
	}
	return {
		blob,
		fileName,
		written: count - skipped.length,
		skipped: byReason(skipped),
		lost
	};
}
