/**
 * One place that knows every export format: its label, file type and target app (the writers
 * are in `export.ts`, loaded with `import()` when a person exports). Data only, so the import
 * worker can read the apps' names (`read.ts`) without bundling the writers and a second copy of
 * sql.js's wasm, which no service worker list holds (session 30's CI). A file
 * is named "<course> – <app>.<extension>" (`downloadName`, `app` the target's own name for
 * itself: "Panama Canal – Moodle XML.xml", "Panama Canal – GIFT.txt", "Panama Canal –
 * Kahoot.xlsx"), so a teacher in Downloads tells the GIFT text from the Quizlet text, and two
 * downloads of one course never share a name (final outsider, session 29: "Panama Canal.xml"
 * did not say Moodle; before that, an outsider's Kahoot and Wayground files were both
 * "files-test.xlsx"). `extension` is the file type the target app opens. Import reads the
 * course title back without the app's words (`readableFileName`).
 */
export const EXPORT_FORMATS = [
	{
		id: 'apkg',
		label: 'Anki deck (.apkg)',
		extension: 'apkg',
		app: 'Anki',
		note: 'Open the file with Anki (or File → Import). Re-importing updates the same notes.'
	},
	{
		id: 'anki',
		label: 'Anki (notes in plain text)',
		extension: 'txt',
		app: 'Anki notes',
		note: 'File → Import in Anki. Re-importing updates the same notes.'
	},
	{
		id: 'quizlet',
		label: 'Quizlet / Mnemosyne (term and definition)',
		extension: 'txt',
		app: 'Quizlet',
		note: 'Paste into Quizlet’s Import box (tab between term and definition).'
	},
	{
		id: 'gift',
		label: 'Moodle GIFT',
		extension: 'txt',
		app: 'GIFT',
		note: 'Moodle: Question bank → Import → GIFT format. Flashcards become essay questions, the answer shown as feedback.'
	},
	{
		id: 'moodle',
		label: 'Moodle XML',
		extension: 'xml',
		app: 'Moodle XML',
		note: 'Moodle: Question bank → Import → Moodle XML format. Flashcards become essay questions, the answer shown as feedback.'
	},
	{
		id: 'aiken',
		label: 'Aiken (multiple choice)',
		extension: 'txt',
		app: 'Aiken',
		note: 'Moodle: Question bank → Import → Aiken format.'
	},
	{
		id: 'kahoot',
		label: 'Kahoot spreadsheet',
		extension: 'xlsx',
		app: 'Kahoot',
		note: 'Kahoot: Add question → Import spreadsheet.'
	},
	{
		id: 'wayground',
		label: 'Wayground (Quizizz) spreadsheet',
		extension: 'xlsx',
		app: 'Wayground',
		note: 'Wayground: Create → Import from spreadsheet.'
	},
	{
		id: 'blooket',
		label: 'Blooket CSV',
		extension: 'csv',
		app: 'Blooket',
		note: 'Blooket: Create a set → CSV import.'
	},
	{
		id: 'gimkit',
		label: 'Gimkit CSV',
		extension: 'csv',
		app: 'Gimkit',
		note: 'Gimkit: New kit → Spreadsheet import.'
	}
] as const;

export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];

/**
 * The format the export menu starts on: the Anki package, the file Anki users expect and the one
 * that keeps everything (the student outsider, session 33, found the menu on plain text).
 */
export const DEFAULT_EXPORT_FORMAT: ExportFormatId = 'apkg';
