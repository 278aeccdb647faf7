import type { ExportPlan } from '$lib/formats/export';
import { plural } from '$lib/text/plural';

/**
 * The Export button and the line under it, from what the chosen format will hold (`planExport`):
 * the button counts what will be written, never the questions shown ("Export 4 questions" wrote
 * 2 to Kahoot, an outsider found; issue 12). `plan` is null while it is being counted.
 * `leftOut` is null when every question fits.
 */
export function exportWords(
	label: string,
	total: number,
	plan: ExportPlan | null
): { button: string; disabled: boolean; leftOut: string | null } {
	if (!plan) return { button: 'Counting what fits…', disabled: true, leftOut: null };
	if (total === 0) return { button: 'Nothing to export', disabled: true, leftOut: null };
	if (plan.written === 0)
		return {
			button: 'Nothing to export',
			disabled: true,
			leftOut: `${label} cannot hold any of these ${plural(total, 'question')}:`
		};
	const button = `Export ${plural(plan.written, 'question')}`;
	if (plan.written === total) return { button, disabled: false, leftOut: null };
	return {
		button,
		disabled: false,
		leftOut: `${label} can hold ${plan.written} of these ${plural(total, 'question')}. Left out:`
	};
}
