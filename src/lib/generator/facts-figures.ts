import { MONTH_NAMES } from '../content/months';
import type { Extraction } from './facts';
import { fold } from './text';

/**
 * Fact extractors for figures: dates, years, resolution numbers and amounts with their unit.
 * General patterns of English prose; each records its facts through `push`.
 */

const YEAR = /(?<!\d[-–])\b(1[0-9]\d\d|20[0-4]\d)\b(?![-–]\d)/g;
/**
 * Words before a four-digit figure that make it a year ("in 1766", "by 1775", "(c. 1380"). From
 * 1800 on a bare figure reads as a year anyway; before, "1100 soldiers" would be a count, and a
 * year read as a count gets absurd wrong values (1766 × 2.5 = "in 4400").
 */
const YEAR_CUE =
	/(?:\b(?:in|since|by|until|till|from|to|of|between|and|around|circa|c\.|ca\.|before|after|during|about|early|late|mid|year|years|summer|winter|spring|autumn|[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|\d{1,2})|[(–,-])\s*$/i;

/** True when the four digits at `index` of `text` are a year (see YEAR_CUE). */
export function isYearAt(text: string, index: number, digits: string): boolean {
	if (!/^(?:1\d\d\d|20[0-4]\d)$/.test(digits)) return false;
	if (Number(digits) >= 1800) return true;
	return YEAR_CUE.test(text.slice(Math.max(0, index - 12), index));
}
const MONTHS = MONTH_NAMES.join('|');
const DAY_MONTH = new RegExp(
	String.raw`\b(?:(\d{1,2})\s+(${MONTHS})|(${MONTHS})\s+(\d{1,2})(?!\d))(?:,?\s+(\d{4}))?\b`,
	'g'
);
const AMOUNT =
	/(?:(US\$|\$|EUR\s|€))?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s(?:million|billion))?(\spercent|%)?(?:\s+((?:[\p{Ll}-]+|Turkish(?:-[\p{Ll}]+)?|Albanians)(?:\s[\p{Ll}-]+)?))?/gu;
const UNIT_STOP = new Set([
	'of',
	'and',
	'in',
	'the',
	'to',
	'that',
	'from',
	'for',
	'on',
	'at',
	'by',
	'with',
	'worldwide',
	'is',
	'was',
	'were',
	'are',
	'has',
	'which',
	'as',
	'a',
	'an',
	'recognize',
	'operating',
	'ago',
	'including'
]);

function unitOf(words: string | undefined): string | undefined {
	if (!words) return undefined;
	const parts = words.split(/\s+/);
	const kept: string[] = [];
	for (const part of parts) {
		if (UNIT_STOP.has(part)) break;
		kept.push(part);
	}
	return kept.length ? kept.join(' ') : undefined;
}

/** Day-and-month dates, with their year when the sentence gives it. */
export function dateFacts({ text, push }: Extraction): void {
	for (const match of text.matchAll(DAY_MONTH)) {
		push({
			kind: 'date',
			fine: match[5] ? 'date:full' : 'date:day',
			answer: match[0],
			start: match.index,
			accept: [],
			identity: fold(match[0])
		});
	}
}

/** Years (not a resolution number). */
export function yearFacts({ text, push }: Extraction): void {
	for (const match of text.matchAll(YEAR)) {
		if (/(?:Resolution|resolution)\s+$/.test(text.slice(0, match.index))) continue;
		if (!isYearAt(text, match.index, match[1])) continue;
		push({
			kind: 'year',
			fine: 'year',
			answer: match[1],
			start: match.index,
			accept: [],
			identity: match[1]
		});
	}
}

/** UN resolution numbers. */
export function resolutionFacts({ text, push }: Extraction): void {
	for (const match of text.matchAll(
		/\b(?:UN |U\.N\. |UN Security Council |U\.N\. Security Council )?Resolution (\d{3,4})\b/g
	)) {
		const start = match.index + match[0].length - match[1].length;
		push({
			kind: 'term',
			fine: 'resolution',
			answer: match[1],
			start,
			accept: [],
			identity: `resolution-${match[1]}`
		});
	}
}

/** Figures with a currency, a scale, a percent sign or a unit word. */
export function amountFacts({ text, push }: Extraction): void {
	for (const match of text.matchAll(AMOUNT)) {
		const [all, currency, digits, scale, percent, after] = match;
		if (!currency && isYearAt(text, match.index, digits)) continue;
		if (
			/\d[-–]$/.test(text.slice(0, match.index)) ||
			/^[-–]\d/.test(text.slice(match.index + all.length))
		)
			continue;
		const unit = percent ? 'percent' : unitOf(after);
		const fine = currency
			? `money:${currency.trim().replace('US$', 'USD').replace('$', 'USD').replace('€', 'EUR')}`
			: unit
				? `count:${unit}`
				: undefined;
		if (!fine) continue;
		if (/(?:Resolution|resolution)\s+$/.test(text.slice(0, match.index))) continue;
		const answer = `${currency ?? ''}${digits}${scale ?? ''}${percent ?? ''}`;
		const numberValue = Number(digits.replace(/,/g, ''));
		if (!currency && !scale && numberValue < 5) continue;
		push({
			kind: 'number',
			fine,
			answer,
			start: match.index,
			accept: answer.includes(',') ? [answer.replace(/,/g, '')] : [],
			about: unit,
			identity: `${fine}:${fold(answer)}`
		});
	}
}
