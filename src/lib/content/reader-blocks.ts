import { highlightSegments, type Segment, type SourceBlock } from './sources';
import { rowText } from './text-marks';

/**
 * A document's blocks as the Sources reader shows them: list items gathered into lists and table
 * rows into tables (`textBlocks` gives each item and row as a paragraph of its own, which is what
 * the generator reads and a question quotes). Rendered by `SourceText.svelte` from this model,
 * never as HTML.
 */
export type ReaderBlock =
	| { kind: 'heading'; text: string; level: number }
	| { kind: 'paragraph'; text: string }
	| { kind: 'list'; ordered: boolean; start: number; items: string[] }
	| { kind: 'table'; head?: string[]; rows: string[][] };

/**
 * `blocks` grouped for reading: consecutive items of one kind of list are one list (a numbered
 * one starting at its first item's number), consecutive table rows one table (its first row the
 * header when marked so, a header row starting a new table; every row padded with empty cells to the widest), a heading with its
 * level (2 when unsaid). Pure.
 */
export function readerBlocks(blocks: readonly SourceBlock[]): ReaderBlock[] {
	const out: ReaderBlock[] = [];
	for (const block of blocks) {
		const last = out.at(-1);
		if (block.kind === 'heading')
			out.push({ kind: 'heading', text: block.text, level: block.level ?? 2 });
		else if (block.item) {
			if (last?.kind === 'list' && last.ordered === block.item.ordered) last.items.push(block.text);
			else
				out.push({
					kind: 'list',
					ordered: block.item.ordered,
					start: block.item.number ?? 1,
					items: [block.text]
				});
		} else if (block.row) {
			if (last?.kind === 'table' && !block.row.header) last.rows.push([...block.row.cells]);
			else if (block.row.header) out.push({ kind: 'table', head: [...block.row.cells], rows: [] });
			else out.push({ kind: 'table', rows: [[...block.row.cells]] });
		} else out.push({ kind: 'paragraph', text: block.text });
	}
	for (const block of out) if (block.kind === 'table') padTable(block);
	return out;
}

/** Every row of `table` (and its head) as wide as the widest, with empty cells. In place. */
function padTable(table: { head?: string[]; rows: string[][] }): void {
	const width = Math.max(table.head?.length ?? 0, ...table.rows.map((row) => row.length));
	for (const row of [...(table.head ? [table.head] : []), ...table.rows])
		while (row.length < width) row.push('');
}

/**
 * A table row's cells cut around `quote` as found in the row's text (`rowText`, what the
 * generator read and quoted: "Light intensity – Rate rises, then levels off – …"), one list of
 * runs a cell. A quote across cells is marked in each cell it covers; the joining " – " is no
 * cell's. Cells of a row without the quote are one unmarked run each (an empty cell none). Pure.
 */
export function cellSegments(cells: readonly string[], quote: string | undefined): Segment[][] {
	const { text, starts } = rowText(cells);
	const at = quote ? text.indexOf(quote) : -1;
	return cells.map((cell, i) => {
		if (!cell) return [];
		if (!quote || at < 0) return [{ text: cell, marked: false }];
		const from = Math.max(0, at - starts[i]);
		const to = Math.min(cell.length, at + quote.length - starts[i]);
		if (from >= to) return [{ text: cell, marked: false }];
		return [
			{ text: cell.slice(0, from), marked: false },
			{ text: cell.slice(from, to), marked: true },
			{ text: cell.slice(to), marked: false }
		].filter((segment) => segment.text);
	});
}

/**
 * A list item cut around `quote` (`highlightSegments`). A question written before list marks
 * were kept may quote the item with its mark ("- Current: the rate …"): that quote is found
 * without it. Pure.
 */
export function itemSegments(item: string, quote: string | undefined): Segment[] {
	const bare = quote?.replace(/^(?:[-*+•◦▪‣]|\d{1,2}[.)])\s+/u, '');
	return highlightSegments(item, quote && item.includes(quote) ? quote : bare);
}

/** A run of shown text; `lead` on the first marked run of the page, the one scrolled to and focused. */
export interface Run extends Segment {
	lead?: boolean;
}

/** A reader block with its text cut into runs around the highlighted quote. */
export type ShownBlock =
	| { kind: 'heading'; text: string; level: number }
	| { kind: 'paragraph'; runs: Run[] }
	| { kind: 'list'; ordered: boolean; start: number; items: Run[][] }
	| {
			kind: 'table';
			/** The table's name for a screen reader, one of its own (`tableLabels`). */
			label: string;
			head?: Run[][];
			rows: Run[][][];
	  };

/**
 * Each table's name, for the scrolling box a screen reader lists as a region: the heading just
 * above it ("Summary table"), else "Table 2" by its place among the tables; a name said before
 * gets its number too ("Results, table 3"), so no two regions share one. Pure.
 */
function tableLabels(blocks: readonly ReaderBlock[]): Map<ReaderBlock, string> {
	const labels = new Map<ReaderBlock, string>();
	const used = new Set<string>();
	let n = 0;
	blocks.forEach((block, i) => {
		if (block.kind !== 'table') return;
		n++;
		const above = blocks[i - 1];
		const heading = above?.kind === 'heading' ? above.text : undefined;
		const label = !heading ? `Table ${n}` : used.has(heading) ? `${heading}, table ${n}` : heading;
		used.add(label);
		labels.set(block, label);
	});
	return labels;
}

/**
 * The reader's view of `blocks` (`readerBlocks`) with `quote` (the highlighted question's
 * source) marked wherever a paragraph, list item or table row holds it (`highlightSegments`,
 * `itemSegments`, `cellSegments`), the first marked run in reading order flagged `lead`. Pure.
 */
export function readerView(
	blocks: readonly SourceBlock[],
	quote: string | undefined
): ShownBlock[] {
	const grouped = readerBlocks(blocks);
	const labels = tableLabels(grouped);
	const shown = grouped.map((block): ShownBlock => {
		if (block.kind === 'heading') return block;
		if (block.kind === 'paragraph')
			return { kind: 'paragraph', runs: highlightSegments(block.text, quote) };
		if (block.kind === 'list')
			return { ...block, items: block.items.map((item) => itemSegments(item, quote)) };
		return {
			kind: 'table',
			label: labels.get(block)!,
			...(block.head && { head: cellSegments(block.head, quote) }),
			rows: block.rows.map((row) => cellSegments(row, quote))
		};
	});
	const lead = shown
		.flatMap((block) =>
			block.kind === 'paragraph'
				? block.runs
				: block.kind === 'list'
					? block.items.flat()
					: block.kind === 'table'
						? [...(block.head ?? []), ...block.rows.flat()].flat()
						: []
		)
		.find((run) => run.marked);
	if (lead) lead.lead = true;
	return shown;
}
