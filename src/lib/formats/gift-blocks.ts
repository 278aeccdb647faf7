import { findUnescaped, unescapeGift } from './gift-text';
import { categoryTopic } from './deck-names';

/**
 * A GIFT file cut into question blocks (Moodle's reader splits on blank lines), with each
 * block's category and Moodle's `[id:…]`/`[tag:…]` comment tokens; `gift.ts` reads each block.
 */

export interface Block {
	line: number;
	text: string;
	category?: string;
	/** The whole `$CATEGORY` path, from the top (for the file's own name, `fileTitle`). */
	path: string[];
	/** Moodle's `[id:…]` in the comments right before the block. */
	id?: string;
	/** Moodle's `[tag:…]`s in the comments right before the block. */
	tags: string[];
	/** Inside the answer block (`{` seen, its `}` not yet). */
	open?: boolean;
	/** The answer block has been closed: a question's answers are complete. */
	answered?: boolean;
	/** The open answer block's text so far (after its `{`). */
	answers?: string;
	/** Lines (1-based) inside the answers with no `~` or `=`, read as part of the answer above. */
	loose: number[];
}

/** Follows one line's unescaped braces through a block's answer state. */
function trackBraces(block: Block, line: string): void {
	for (let i = 0; i < line.length; i++) {
		if (line[i] === '\\') {
			if (block.open) block.answers += line.slice(i, i + 2);
			i++;
		} else if (line[i] === '{') [block.open, block.answers] = [true, ''];
		else if (line[i] === '}' && block.open) [block.open, block.answered] = [false, true];
		else if (block.open) block.answers += line[i];
	}
	if (block.open) block.answers += '\n';
}

/**
 * Whether `line`, inside an open answer block after an answer marked `~` or `=`, starts with no
 * mark of its own (`~`, `=`, `#`, a brace): Moodle's reader splits answers at `~` and `=` only,
 * so the line is part of the answer above ("~Article 14" / "Article 42" is one choice, "Article
 * 14 Article 42"), which a teacher who forgot a `~` never meant. Not when the answer above
 * has feedback (`#…`), which may run over several lines.
 */
function looseAnswerLine(block: Block, line: string): boolean {
	if (!block.open || /^[~=#{}]/.test(line.trim())) return false;
	const pieces = (block.answers ?? '').split(/(?<!\\)[~=]/);
	return pieces.length > 1 && !/(?<!\\)#/.test(pieces.at(-1) ?? '');
}

/**
 * Whether `line` starts a new question though no blank line came before it (Moodle needs one,
 * and would merge the two): after a question's answer block, or inside one left unclosed, a
 * line starting with a `::name::`; after a closed answer block, a line with a `{` of its own
 * (a second answer block). Both are unambiguous: no question has two names or two blocks.
 */
function startsUnseparated(block: Block, line: string): boolean {
	if (/^::/.test(line.trim())) return !!(block.answered || block.open);
	return !!block.answered && !block.open && findUnescaped(line, '{') >= 0;
}

/** Moodle's `[id:…]` and `[tag:…]` tokens in a comment; `\]` is a `]` inside one. */
const ID_TOKEN = /\[id:((?:\\\]|[^\]\p{Cc}])+)\]/u;
const TAG_TOKEN = /\[tag:((?:\\\]|[^\]<>\p{Cc}])+)\]/gu;
const unbracket = (token: string) => token.replace(/\\\]/g, ']').trim();

/**
 * Splits a GIFT file into question blocks with their first line and category. A question that
 * starts without a blank line before it (`startsUnseparated`) is a block of its own, and its
 * line goes in `unseparated`, for a note: never two questions merged into one.
 */
export function blocks(source: string, unseparated: number[] = []): Block[] {
	const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const result: Block[] = [];
	let category: string | undefined;
	let path: string[] = [];
	let current: Block | undefined;
	let id: string | undefined;
	let tags: string[] = [];
	lines.forEach((line, index) => {
		const trimmed = line.trim();
		if (trimmed.startsWith('//')) {
			// Moodle reads the tokens in every comment of a question's lines (before or inside).
			const found = ID_TOKEN.exec(trimmed)?.[1];
			const more = [...trimmed.matchAll(TAG_TOKEN)].map((m) => unbracket(m[1])).filter(Boolean);
			if (current) {
				if (found) current.id ??= unbracket(found).slice(0, 200);
				current.tags.push(...more);
			} else {
				if (found) id ??= unbracket(found).slice(0, 200);
				tags.push(...more);
			}
			return;
		}
		const categoryLine = /^\$CATEGORY:\s*(.*)$/i.exec(trimmed);
		if (categoryLine) {
			path = categoryLine[1]
				.replace(/^\$(course|system|module|cat\d*)\$\/?/i, '')
				.split('/')
				// "Balkans\: Week 3": the escape is GIFT's, not part of the name (outsider teacher).
				.map((p) => unescapeGift(p).trim())
				.filter((p) => p && p !== 'top');
			category = categoryTopic(path);
			current = undefined;
			[id, tags] = [undefined, []];
			return;
		}
		if (!trimmed) {
			// A blank line ends a question, and comments before it belong to none (as in Moodle).
			current = undefined;
			[id, tags] = [undefined, []];
			return;
		}
		if (current && startsUnseparated(current, line)) {
			unseparated.push(index + 1);
			current = undefined;
		}
		if (!current) {
			current = {
				line: index + 1,
				text: '',
				category,
				path,
				tags,
				loose: [],
				...(id ? { id } : {})
			};
			id = undefined;
			tags = [];
			result.push(current);
		}
		if (looseAnswerLine(current, line)) current.loose.push(index + 1);
		current.text += (current.text ? '\n' : '') + line;
		trackBraces(current, line);
	});
	return result;
}

/** "3, 7 and 12" (the first ten, then "and N more"). */
export function listLines(lines: readonly number[]): string {
	const shown = lines.slice(0, 10).map(String);
	if (lines.length > 10) return `${shown.join(', ')} and ${lines.length - 10} more`;
	return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
