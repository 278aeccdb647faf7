import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Outsiders kept finding "1 of 1 questions" and "Accept all 1 multiple-choice question" (issue
 * 12): each screen wrote its own count and noun. This test reads the app's source and names any
 * line that puts a count before a fixed plural noun, or adds an "s" by hand, instead of going
 * through `plural` / `allOf` in `./plural.ts`.
 */
const NOUNS =
	'questions|cards|documents|results|students|answers|drafts|courses|choices|reviews|words|minutes|codes';
const HAND_MADE = [
	// `${n} questions`, {n} questions, "all {n} questions": a count glued to a plural noun.
	// Not a component's prop after another prop's value: `{stats.hardest} questions={…}`.
	new RegExp(String.raw`(?:\$\{[^}]*\}|\{[^}]*\})\s*(?:${NOUNS})\b(?!=)`),
	// question{n === 1 ? '' : 's'}: an "s" added by hand.
	/=== 1 \? '' : 's'/,
	// file{n === 1 ? ' was' : 's were'}: the same "s" glued to the verb (anki-text, apkg).
	/=== 1 \? ' [^']*' : 's /
];
/** Counts that are never one (a fixed limit, a week of days) may keep a plain plural. */
const ALLOWED = [
	/Kahoot allows|Blooket allows|Gimkit allows|Wayground allows/,
	/LIMITS\.max|DRAFT_LIMITS|LEARN_AHEAD_MAX|MAX_STABILITY_DAYS|RECENT_DAYS|\{limit\} words/,
	/shortNumber\(card\./,
	/\$\{type \|\| 'untyped'\} questions/,
	/forecast\.days\.length/,
	/students\.length\}<\/strong> student/,
	// question-fields.ts: "The three choices must all differ" is said only of three or more.
	/COUNT_WORDS\[all\] \?\? all\} choices/
];

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

describe('counts in the interface', () => {
	it('go through the one plural helper', () => {
		const found: string[] = [];
		for (const file of sources('src')) {
			readFileSync(file, 'utf8')
				.split('\n')
				.forEach((line, i) => {
					if (/^\s*(\/\/|\*|\/\*\*)/.test(line) || ALLOWED.some((a) => a.test(line))) return;
					if (HAND_MADE.some((re) => re.test(line))) found.push(`${file}:${i + 1}: ${line.trim()}`);
				});
		}
		expect(found).toEqual([]);
	});
});
