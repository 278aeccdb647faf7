import { foldText } from '$lib/text/fold';

/**
 * Columns that carry another tool's scheduling (Anki's card browser columns and what add-ons
 * and spreadsheets export beside a note: Due, Interval, Ease, Reviews, Lapses, FSRS Stability
 * and Difficulty…). A text file cannot give the review log FSRS needs (each answer, its time and
 * button), so they are never imported: the questions start as new cards, and the import summary
 * says so instead of leaving the columns out silently (outsider teacher). An Anki package
 * (`.apkg`) carries the review log; `apkg-history.ts` imports that on request.
 */
const SCHEDULING =
	/^(due|due date|next review|interval|ivl|ease|ease factor|factor|reviews?|reps|repetitions|lapses|stability|difficulty|retrievability|last review|last reviewed|queue|card state|state|review count)( \(?days\)?)?$/;

/** True when a column's header names scheduling, compared folded ("Ease Factor", "ivl"). */
export function isSchedulingColumn(name: string): boolean {
	return SCHEDULING.test(
		foldText(name)
			.replace(/[^\p{L}\p{N}() ]+/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/**
 * The import summary's note for scheduling columns a file holds (their headers as written), or
 * none: "Scheduling from Anki is not imported (“Due”, “Interval”): the questions start as new
 * cards…".
 */
export function schedulingNote(names: readonly string[]): string[] {
	if (!names.length) return [];
	const listed = names.map((n) => `“${n}”`).join(', ');
	return [
		`Scheduling from Anki is not imported (${listed}): the questions start as new cards. To bring your Anki progress, export the deck from Anki as a package (.apkg) with scheduling information included, and import that.`
	];
}
