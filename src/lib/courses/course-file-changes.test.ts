import { describe, expect, it } from 'vitest';
import { freshDb } from '$lib/db/test-helpers';
import { createCourse } from './create';
import { buildCourseFile } from './course-file';
import { previewCourseImport } from './course-import';
import { removedLines, replaceSummary } from './course-file-changes';
import { recordAnswer } from '$lib/db/answers';
import { answer } from '$lib/db/test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { setDraftStatus } from './drafts';
import { changeWords } from './import-changes';
import { fixtureCourse } from './fixtures.test-helpers';

const now = Date.UTC(2026, 2, 10, 12);

/** Outsider teacher: re-opening a changed course file showed no difference. */
describe('a course file opened again says what Replace changes', () => {
	it('per question, in words; new and removed counted; the same file changes nothing', async () => {
		const db = freshDb();
		await createCourse(db, fixtureCourse(), { id: 'u-teacher-1', now });
		const file = await buildCourseFile(db, 'u-teacher-1', now);
		const same = await previewCourseImport(db, file);
		expect(replaceSummary(same.changes!)).toBe(
			'Nothing changes: the file holds the same questions as your course.'
		);

		const [first, second, ...rest] = file.questions;
		const edited = {
			...file,
			questions: [
				{ ...first, prompt: `${first.prompt} (edited)`, answer: 'A new answer' },
				...rest,
				{ ...second, id: 'q-99', fact: 'fact-new', prompt: 'A new question?' }
			]
		};
		const { changes } = await previewCourseImport(db, edited);
		expect(replaceSummary(changes!)).toBe(`1 changed, 1 new, 1 removed, ${rest.length} unchanged`);
		expect(changes!.updated[0].changes.map(changeWords)).toEqual([
			`Question: “${first.prompt}” → “${first.prompt} (edited)”`,
			`Answer: “${first.answer}” → “A new answer”`
		]);
		expect(changes!.removed).toEqual([
			{ prompt: second.prompt, status: 'accepted', answered: false }
		]);
	});
});

describe('what Replace says of the questions it removes (session 38)', () => {
	it('says answers are lost only for a question answered; a rejected one is marked', async () => {
		const db = freshDb();
		await createCourse(db, fixtureCourse(), { id: 'u-t', now });
		const file = await buildCourseFile(db, 'u-t', now);
		// q-1 answered, q-2 rejected and never studied: neither is in the file opened again.
		await recordAnswer(answer('u-t:q-1', 3, now), DEFAULT_STUDY_SETTINGS, db);
		await setDraftStatus(db, 'u-t:q-2', 'rejected');
		const [, , third] = file.questions;
		const { changes } = await previewCourseImport(db, { ...file, questions: [third] });
		expect(changes!.removed.map((q) => [q.status, q.answered])).toEqual([
			['accepted', true],
			['rejected', false]
		]);
		const [first, second] = fixtureCourse().documents[0].questions!;
		expect(removedLines(changes!.removed, 20)).toEqual([
			`No longer in the file, and answered by you: “${first.prompt}”. Replace removes it and your answers to it.`,
			`No longer in the file, never answered: “${second.prompt}” (rejected). Replace removes it; no answers are lost.`
		]);
	});

	it('counts several and names up to the number shown', () => {
		const q = (prompt: string, answered: boolean) => ({ prompt, answered });
		expect(removedLines([q('A', true), q('B', true), q('C', true)], 2)).toEqual([
			'No longer in the file, and answered by you: “A”, “B” and 1 more. Replace removes these 3 questions and your answers to them.'
		]);
		expect(
			removedLines([q('A', false), { ...q('B', false), status: 'draft' as const }], 5)
		).toEqual([
			'No longer in the file, never answered: “A”, “B” (draft). Replace removes them; no answers are lost.'
		]);
		expect(removedLines([], 5)).toEqual([]);
	});
});

describe('changeWords', () => {
	it('says before → after, or added / removed, never “(none)”', () => {
		expect(changeWords({ field: 'Wrong choices', was: '“Trajan”', now: '“Caligula”' })).toBe(
			'Wrong choices: “Trajan” → “Caligula”'
		);
		expect(changeWords({ field: 'Wrong choices', was: '', now: '“Titus”' })).toBe(
			'Wrong choices: added “Titus”'
		);
		expect(changeWords({ field: 'Explanation', was: '“Begun in 122.”', now: '' })).toBe(
			'Explanation: removed “Begun in 122.”'
		);
	});
});

describe('a GIFT re-import’s numerical answer', () => {
	it('is named as a person reads it, not as JSON', async () => {
		const { readGift } = await import('$lib/formats/gift');
		const { changedFields } = await import('./import-changes');
		const [before] = readGift('::N:: When did the Great Stink happen? {#1858}').questions;
		const [after] = readGift('::N:: When did the Great Stink happen? {#1858:1}').questions;
		const asked = (q: typeof before) => ({ ...q, explanation: '', source: { quote: '' } });
		expect(changedFields(asked(before), asked(after)).map(changeWords)).toEqual([
			'Number: “1858” → “1858 ± 1”'
		]);
	});

	// Outsider, issue 12: a changed number was listed twice, as the answer and as the number.
	it.each([
		['{#1858:2}', '{#1860:2}', 'Number: “1858 ± 2” → “1860 ± 2”'],
		['{#1850..1860}', '{#1850..1865}', 'Number: “1850 to 1860” → “1850 to 1865”'],
		['{#1858}', '{#1850..1860}', 'Number: “1858” → “1850 to 1860”']
	])('says %s → %s once, as the number', async (was, now, words) => {
		const { readGift } = await import('$lib/formats/gift');
		const { changedFields } = await import('./import-changes');
		const [before] = readGift(`::N:: When did the Great Stink happen? ${was}`).questions;
		const [after] = readGift(`::N:: When did the Great Stink happen? ${now}`).questions;
		const asked = (q: typeof before) => ({ ...q, explanation: '', source: { quote: '' } });
		expect(changedFields(asked(before), asked(after)).map(changeWords)).toEqual([words]);
	});

	it('still names a text answer that became a number, and a number that became text', async () => {
		const { readGift } = await import('$lib/formats/gift');
		const { changedFields } = await import('./import-changes');
		const [text] = readGift('::N:: When did the Great Stink happen? {=1858}').questions;
		const [number] = readGift('::N:: When did the Great Stink happen? {#1858:1}').questions;
		const asked = (q: typeof text) => ({ ...q, explanation: '', source: { quote: '' } });
		const words = changedFields(asked(text), asked(number)).map(changeWords);
		expect(words).toContain('Number: added “1858 ± 1”');
		expect(words).toContain('Answer: “1858” → “1858 ± 1”');
	});
});

describe('a GIFT re-import’s multiple-answer weight (outsider teacher, session 35)', () => {
	it('names a changed weight, and a file without one changes nothing', async () => {
		const { readGift } = await import('$lib/formats/gift');
		const { changedFields } = await import('./import-changes');
		const parts = (wrong: string) =>
			readGift(`::V:: Which are vectors? {~%50%velocity ~%50%force ~%${wrong}%speed}`).questions;
		const asked = (q: ReturnType<typeof parts>[number]) => ({
			...q,
			explanation: '',
			source: { quote: '' }
		});
		const [before, after] = [parts('-50')[2], parts('-100')[2]].map(asked);
		expect(changedFields(before, after).map(changeWords)).toEqual(['Weight: “−50%” → “−100%”']);
		expect(changedFields(before, { ...after, weight: undefined })).toEqual([]);
	});
});
