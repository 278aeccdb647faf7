/**
 * CSV quoting as Excel, LibreOffice and RFC 4180 write it: a field that starts with `"` runs to
 * the next `"` not doubled, may hold the separator and line breaks, and `""` inside it is one
 * `"`. Quizlet's export has no quoting (its terms are written as they are), so whether a text
 * is quoted this way tells a spreadsheet's CSV from a Quizlet list (`detect.ts`), and a
 * term–definition reader given quoted CSV reads the fields, not the quote marks
 * (`two-column.ts`). Pure; no dependency, so the import screen's format sniffing stays small.
 */

/** One record of quoted text: its fields (quotes taken off) and the line it starts on (1-based). */
export interface QuotedRecord {
	fields: string[];
	line: number;
}

/** `parseQuoted`'s answer: the records, and whether the quoting changes what a plain split reads. */
export interface QuotedText {
	records: QuotedRecord[];
	/**
	 * True when the text is CSV-quoted: a quoted field holds the separator, a doubled quote or
	 * a line break (a plain split would cut or keep it wrong), or a record has every field
	 * quoted (LibreOffice's "Quote all text cells"). A lone quoted word in a Quizlet term
	 * (`"Hola"`, tab, definition) is not: Quizlet keeps those quote marks.
	 */
	quoted: boolean;
}

/**
 * Splits `text` into records (line breaks `\n`, `\r\n` or `\r`) and fields (`separator`, one
 * character: tab, `,`, `;`), honouring CSV quotes. Empty records are left out. Returns null when
 * the text is not quoted CSV with this separator: a quote that opens a field is never closed,
 * or is followed by something other than the separator or the record's end (`"Hi" she said`).
 * A `"` inside an unquoted field is kept as it is. Linear in the text's length.
 */
export function parseQuoted(text: string, separator: string): QuotedText | null {
	const records: QuotedRecord[] = [];
	let fields: string[] = [];
	let field = '';
	let line = 1;
	let recordLine = 1;
	let allQuoted = true;
	let quotedMatters = false;
	let someQuoted = false;
	let fieldQuoted = false;
	const endField = () => {
		fields.push(field);
		if (!fieldQuoted) allQuoted = false;
		field = '';
		fieldQuoted = false;
	};
	const endRecord = () => {
		endField();
		if (fields.some((f) => f.trim())) {
			records.push({ fields, line: recordLine });
			if (allQuoted && someQuoted) quotedMatters = true;
		}
		fields = [];
		allQuoted = true;
	};
	let i = 0;
	while (i < text.length) {
		const char = text[i];
		if (char === '"' && field === '' && !fieldQuoted) {
			// A quoted field: up to the closing quote, which the separator or a line break must follow.
			fieldQuoted = someQuoted = true;
			let j = i + 1;
			for (;;) {
				const close = text.indexOf('"', j);
				if (close < 0) return null;
				field += text.slice(j, close);
				if (text[close + 1] === '"') {
					field += '"';
					quotedMatters = true;
					j = close + 2;
				} else {
					i = close + 1;
					break;
				}
			}
			if (field.includes(separator) || /[\r\n]/.test(field)) quotedMatters = true;
			line += field.match(/\r\n|\r|\n/g)?.length ?? 0;
			const next = text[i];
			if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') return null;
			continue;
		}
		if (char === separator) endField();
		else if (char === '\n' || char === '\r') {
			endRecord();
			if (char === '\r' && text[i + 1] === '\n') i++;
			line++;
			recordLine = line;
		} else field += char;
		i++;
	}
	endRecord();
	return { records, quoted: quotedMatters };
}
