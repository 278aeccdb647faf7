import { cleanDisplayText } from '$lib/text/fold';

/**
 * The one place every download is named (outsider from Kahoot/Quizlet, issue 12: question files
 * were "Panama Canal (Year 10).gift.txt" but the results "class-quiz-10-questions-grades.csv" and
 * the course "flashpoint-course-panama-canal-year-10-2026-12-04.json", so searching Downloads
 * for the course's name missed them): the title as it reads (`readableFileStem`), then what the
 * file is ("Panama Canal (Year 10) – grades.csv", `downloadName`). Pure.
 */

/**
 * A download's file name: `title` as it reads (`readableFileStem`), then `what` the file is after
 * an en dash ("Panama Canal (Year 10) quiz – grades.csv", "Panama Canal (Year 10) – course
 * 2026-12-04.json", "Panama Canal (Year 10) – Moodle XML.xml", which Import questions reads back
 * as the title), or nothing when the extension says it all. `extension` without its dot; `fallback` the
 * stem when the title has nothing readable. A titled stem keeps at most 48 characters, so the
 * name stays within the 255 bytes most file systems allow.
 */
export function downloadName(
	title: string,
	what: string | null,
	extension: string,
	fallback = 'Flashpoint'
): string {
	if (!what) return `${readableFileStem(title, fallback)}.${extension}`;
	const tail = readableFileStem(what, 'file');
	return `${readableFileStem(title, fallback, MAX_TITLED_STEM)} – ${tail}.${extension}`;
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

/** Most characters of a stem followed by what the file is ("… – course 2026-12-04"). */
const MAX_TITLED_STEM = 48;

/**
 * A title as a file-name stem a person reads as the title: its own capitals, accents, spaces
 * and punctuation ("Turkey between Serbia and Kosovo, 2008–2025"), a colon before a space a dash
 * ("Week 3: Rivers" → "Week 3 - Rivers"), and only what else a file name cannot hold a space (`< > : " / \ | ? *`, control and format characters), no dot or
 * space at either end (a leading dot hides a file), not a Windows device name ("CON" is
 * "CON_"), and at most `max` characters (60), cut between words. `fallback` when nothing readable is
 * left. An Aiken or Quizlet file has no place for a course title but its name, which Import
 * questions reads back as the title (`readableFileName`): a slug made "Turkey between serbia
 * and kosovo 2008 2025" of the built-in course (outsider teacher, issue 12). Pure.
 */
export function readableFileStem(title: string, fallback: string, max = MAX_STEM): string {
	// "Week 3: Rivers" reads "Week 3 - Rivers", as a person names a file.
	const named = cleanDisplayText(title).replace(/\s*:\s+/g, ' - ');
	let stem = cleanDisplayText(named.replace(NOT_IN_FILE_NAMES, ' ')).replace(
		/^[\s.]+|[\s.]+$/g,
		''
	);
	if ([...stem].length > max) {
		const cut = [...stem].slice(0, max).join('');
		const space = cut.lastIndexOf(' ');
		stem = (space > cut.length / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;–—-]+$/u, '');
	}
	if (!/[\p{L}\p{N}]/u.test(stem)) return fallback;
	return DEVICE_NAME.test(stem) ? stem.replace(/^([^.]*)/, '$1_') : stem;
}
