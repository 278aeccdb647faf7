import { MONTH_NAMES } from './months';

/**
 * Dates written in digits, rewritten with the month's name so the reader below sees one date:
 * ISO `2008-02-18`; day.month.year `18.2.2008` (the order of Turkey, Serbia and most of Europe);
 * and `d/m/yyyy` or `m/d/yyyy` only when one part is above 12, so the order is certain. An
 * ambiguous `2/3/2008` is left alone: it is never marked right by guessing an order.
 */
export function spellNumericDates(text: string): string {
	const spelled = (year: string, month: string, day: string, whole: string): string => {
		const m = Number(month);
		const d = Number(day);
		return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${d} ${MONTH_NAMES[m - 1]} ${year}` : whole;
	};
	return text
		.replace(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (whole, y, m, d) => spelled(y, m, d, whole))
		.replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, (whole, d, m, y) => spelled(y, m, d, whole))
		.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (whole, a, b, y) => {
			if (Number(a) > 12) return spelled(y, b, a, whole);
			if (Number(b) > 12) return spelled(y, a, b, whole);
			return whole;
		});
}
