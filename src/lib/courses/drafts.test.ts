import { describe, expect, it } from 'vitest';
import { loadStudyQuestions } from '$lib/content/bank';
import { freshDb } from '$lib/db/test-helpers';
import { CourseInputError } from './course-errors';
import { createCourse } from './create';
import {
	acceptAllDrafts,
	addWrittenQuestion,
	decideDraft,
	setDraftStatus,
	updateDraft
} from './drafts';
import { fixtureDrafts, fixtureQuestion, QUOTE } from './fixtures.test-helpers';

const input = fixtureDrafts();

describe('reviewing drafts', () => {
	it('studies only accepted questions: accept, reject, accept all of a type', async () => {
		const db = freshDb();
		await createCourse(db, input, { id: 'u-1' });
		expect(await setDraftStatus(db, ['u-1:q-2', 'u-1:q-4', 'nope'], 'accepted')).toBe(2);
		expect((await db.courses.get('u-1'))?.queue.map((q) => q.id)).toEqual(['u-1:q-2', 'u-1:q-4']);
		await setDraftStatus(db, 'u-1:q-3', 'rejected');
		expect(await acceptAllDrafts(db, 'u-1', 'cloze')).toEqual({
			accepted: { cloze: 1 },
			held: [],
			ids: ['u-1:q-1']
		});
		const course = await db.courses.get('u-1');
		expect(course?.queue.map((q) => q.id)).toEqual(['u-1:q-1', 'u-1:q-2', 'u-1:q-4']);
		expect(course?.questionCount).toBe(3);
		expect((await db.questions.get('u-1:q-3'))?.status).toBe('rejected');
		await setDraftStatus(db, 'u-1:q-2', 'rejected');
		expect((await loadStudyQuestions(db)).map((q) => q.id)).toEqual(['u-1:q-1', 'u-1:q-4']);
	});

	it('accepts every draft of every type at once, counted by type from the rows written', async () => {
		const db = freshDb();
		await createCourse(db, input, { id: 'u-1' });
		await setDraftStatus(db, 'u-1:q-3', 'rejected');
		expect(await acceptAllDrafts(db, 'u-1')).toEqual({
			accepted: { cloze: 1, mcq: 1, short: 1 },
			held: [],
			ids: expect.arrayContaining(['u-1:q-1'])
		});
		expect((await db.courses.get('u-1'))?.questionCount).toBe(3);
		expect((await db.questions.get('u-1:q-3'))?.status).toBe('rejected');
		// Pressed again (a double press, another tab): nothing is left, and it says none.
		expect(await acceptAllDrafts(db, 'u-1')).toEqual({ accepted: {}, held: [], ids: [] });
	});

	it('saves a valid edit and refuses an invalid one by field, writing nothing', async () => {
		const db = freshDb();
		await createCourse(db, input, { id: 'u-1' });
		const good = await updateDraft(db, 'u-1:q-4', {
			prompt: 'Which city got a Turkish consulate?',
			answer: 'Priština'
		});
		expect(good.ok).toBe(true);
		expect(await db.questions.get('u-1:q-4')).toMatchObject({
			prompt: 'Which city got a Turkish consulate?',
			answer: 'Priština',
			id: 'u-1:q-4',
			status: 'draft'
		});
		const bad = await updateDraft(db, 'u-1:q-1', { prompt: 'No blank here', answer: '  ' });
		expect(bad.ok).toBe(false);
		if (!bad.ok) {
			expect(bad.errors.answer).toBeTruthy();
		}
		const blank = await updateDraft(db, 'u-1:q-1', { prompt: 'No blank here' });
		expect(blank).toEqual({
			ok: false,
			errors: { question: 'a cloze prompt has exactly one ____ blank' }
		});
		expect((await db.questions.get('u-1:q-1'))?.prompt).toContain('____');
		await expect(updateDraft(db, 'u-9:q-1', { answer: 'x' })).rejects.toThrow(CourseInputError);
	});

	it('refuses a decision made from a stale tab: a Reject elsewhere is not undone by Accept', async () => {
		// Outsider teacher, session 23: tab A rejected a draft; tab B still showed it as a draft,
		// and its Accept silently undid the Reject.
		const db = freshDb();
		await createCourse(db, input, { id: 'u-1' });
		expect(await decideDraft(db, 'u-1:q-2', 'rejected', 'draft')).toEqual({ ok: true });
		const stale = await decideDraft(db, 'u-1:q-2', 'accepted', 'draft');
		expect(stale.ok).toBe(false);
		if (!stale.ok) {
			expect(stale.stored.status).toBe('rejected');
			expect(stale.message).toMatch(/rejected in another tab/);
		}
		expect((await db.questions.get('u-1:q-2'))?.status).toBe('rejected');
		expect((await db.courses.get('u-1'))?.questionCount).toBe(0);
		// Put back to draft elsewhere, then a stale Back to draft from "accepted": already done.
		expect(await decideDraft(db, 'u-1:q-2', 'draft', 'rejected')).toEqual({ ok: true });
		expect(await decideDraft(db, 'u-1:q-2', 'draft', 'accepted')).toEqual({ ok: true });
		// A decision from the status shown is written and studied.
		expect(await decideDraft(db, 'u-1:q-2', 'accepted', 'draft')).toEqual({ ok: true });
		expect((await db.courses.get('u-1'))?.queue.map((q) => q.id)).toEqual(['u-1:q-2']);
		await expect(decideDraft(db, 'u-1:q-99', 'accepted', 'draft')).rejects.toThrow(
			CourseInputError
		);
	});

	it('refuses a save over a question another tab changed since the form read it', async () => {
		// Outsider teacher, 2026-12-03: tab B's stale "Save and accept" undid tab A's Reject.
		const db = freshDb();
		await createCourse(db, input, { id: 'u-1' });
		const base = (await db.questions.get('u-1:q-4'))!;
		const edit = { prompt: 'Which city got a Turkish consulate?', answer: 'Priština' };
		await setDraftStatus(db, 'u-1:q-4', 'rejected');
		const stale = await updateDraft(db, 'u-1:q-4', edit, { base, status: 'accepted' });
		expect(stale).toMatchObject({ ok: false, changed: { status: 'rejected' } });
		if (!stale.ok) expect(stale.errors.question).toMatch(/rejected in another tab.*kept here/);
		expect(await db.questions.get('u-1:q-4')).toEqual({ ...base, status: 'rejected' });
		expect((await db.courses.get('u-1'))?.questionCount).toBe(0);
		// Another tab's edit of the text is a change too.
		const edited = { ...base, status: 'rejected' as const, explanation: 'Theirs.' };
		await db.questions.put(edited);
		const again = await updateDraft(db, 'u-1:q-4', edit, { base: { ...base, status: 'rejected' } });
		expect(again).toMatchObject({ ok: false, changed: { explanation: 'Theirs.' } });
		if (!again.ok) expect(again.errors.question).toMatch(/edited in another tab/);
		// Saved again over what is there now (the person was told): written, and accepted at once.
		const saved = await updateDraft(db, 'u-1:q-4', edit, { base: edited, status: 'accepted' });
		expect(saved.ok).toBe(true);
		expect(await db.questions.get('u-1:q-4')).toMatchObject({ ...edit, status: 'accepted' });
		expect((await db.courses.get('u-1'))?.queue.map((q) => q.id)).toEqual(['u-1:q-4']);
	});

	it('adds a hand-written question, accepted, after the others', async () => {
		const db = freshDb();
		await createCourse(db, input, { id: 'u-1' });
		const {
			id: _id,
			origin: _origin,
			...rest
		} = fixtureQuestion('x', 'flashcard', { prompt: 'Turkish consulate in Kosovo?', fact: 'own' });
		const row = await addWrittenQuestion(db, 'u-1', {
			...rest,
			source: { doc: 'u-1:d-1', quote: QUOTE }
		});
		expect(row).toMatchObject({
			id: 'u-1:q-5',
			origin: 'written',
			status: 'accepted',
			position: 4,
			fact: 'u-1:own'
		});
		expect((await db.courses.get('u-1'))?.queue.map((q) => q.id)).toEqual(['u-1:q-5']);
		await expect(addWrittenQuestion(db, 'u-404', rest)).rejects.toThrow(/no longer exists/);
	});
});
