import { cleanDisplayText, foldText } from '$lib/text/fold';

/**
 * Saves a Blob as a file through the browser's download (no request leaves the device).
 * The object URL is revoked after 10 s, long enough for every browser to start the download.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A title as a file-name stem: ASCII letters, digits and dashes ("Week 3: Vučić" → "week-3-vucic"),
 * markup-like tokens dropped (outsider, issue 12).
 */
export function fileSlug(title: string, fallback = 'quiz'): string {
	return (
		foldText(title)
			// Markup-like tokens ("<b>", "</i>") are not words: "<b>1858</b>" gave "b-1858-b".
			.replace(/<\/?[a-z][a-z0-9]*\s*\/?>/g, ' ')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60)
			.replace(/-$/, '') || fallback
	);
}

/** Characters no file name may hold on Windows, macOS or Android (and `/` nowhere). */
const NOT_IN_FILE_NAMES = /[<>:"/\\|?*\p{Cc}\p{Cs}\p{Zl}\p{Zp}]+/gu;

/** Names Windows keeps for devices, whatever follows them (Microsoft, "Naming Files"). */
const DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;

/**
 * The most characters (code points) a stem keeps: 60 of up to 4 bytes each and
 * ".wayground.xlsx" fit the 255 bytes of UTF-8 most file systems allow a name.
 */
const MAX_STEM = 60;

/**
 * A title as a file-name stem a person reads as the title: its own capitals, accents, spaces
 * and punctuation ("Turkey between Serbia and Kosovo, 2008–2025"), a colon before a space a dash
 * ("Week 3: Rivers" → "Week 3 - Rivers"), and only what else a file name cannot hold a space (`< > : " / \ | ? *`, control and format characters), no dot or
 * space at either end (a leading dot hides a file), not a Windows device name ("CON" is
 * "CON_"), and at most 60 characters, cut between words. `fallback` when nothing readable is
 * left. An Aiken or Quizlet file has no place for a course title but its name, which Import
 * questions reads back as the title (`readableFileName`): a slug made "Turkey between serbia
 * and kosovo 2008 2025" of the built-in course (outsider teacher, issue 12). Pure.
 */
export function readableFileStem(title: string, fallback: string): string {
	// "Week 3: Rivers" reads "Week 3 - Rivers", as a person names a file.
	const named = cleanDisplayText(title).replace(/\s*:\s+/g, ' - ');
	let stem = cleanDisplayText(named.replace(NOT_IN_FILE_NAMES, ' ')).replace(
		/^[\s.]+|[\s.]+$/g,
		''
	);
	if (stem.length > MAX_STEM) {
		const cut = [...stem].slice(0, MAX_STEM).join('');
		const space = cut.lastIndexOf(' ');
		stem = (space > MAX_STEM / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;–—-]+$/u, '');
	}
	if (!/[\p{L}\p{N}]/u.test(stem)) return fallback;
	return DEVICE_NAME.test(stem) ? stem.replace(/^([^.]*)/, '$1_') : stem;
}
