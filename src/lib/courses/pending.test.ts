import { describe, expect, it } from 'vitest';
import { exportProgress } from '$lib/db/backup';
import { freshDb } from '$lib/db/test-helpers';
import {
	forgetPending,
	isPendingKey,
	pendingKey,
	hasPending,
	loadPending,
	PENDING_KEY,
	pendingSummary,
	restoredNote,
	savePending,
	type PendingWork
} from './pending';

const draft = {
	title: 'Broad Street',
	author: 'J. Snow',
	text: 'The pump on Broad Street was closed in 1854.\u00a0Cholera fell.',
	format: 'docx' as const,
	notes: [],
	english: true
};
const work: PendingWork = {
	documents: [
		{
			name: 'snow.docx',
			draft,
			details: { title: 'Broad Street', author: '', outlet: 'Year 8 History', date: '1855' }
		}
	],
	pasted: 'Half a paste, typed on',
	title: 'Cholera'
};

describe('pending documents: what a person gave Add documents is kept until used or discarded', () => {
	it('keeps the terms a document bolded, which the generator reads (gen50)', async () => {
		const db = freshDb();
		const bolded = {
			...work,
			documents: [{ ...work.documents[0], draft: { ...draft, emphasis: ['Broad Street'] } }]
		};
		await savePending(db, bolded, 1);
		expect((await loadPending(db))?.documents[0].draft.emphasis).toEqual(['Broad Street']);
	});

	it('comes back after a reload exactly as it was, details as typed', async () => {
		const db = freshDb();
		await savePending(db, work, Date.UTC(2026, 11, 2, 13, 40));
		expect(await loadPending(db)).toEqual({ ...work, savedAt: Date.UTC(2026, 11, 2, 13, 40) });
	});

	// Outsider teacher, issue 12: an abandoned attempt's wrong course title came back unnoticed.
	it('says when the attempt was and names every part brought back, the course title first', async () => {
		const db = freshDb();
		await savePending(db, work, Date.UTC(2026, 11, 2, 13, 40));
		const kept = (await loadPending(db))!;
		expect(restoredNote(kept, 'en-GB', 'UTC')).toBe(
			'Restored from your unfinished attempt of 2 Dec 2026, 13:40: the course title “Cholera”, 1 document (“Broad Street”) and your pasted text.'
		);
		expect(pendingSummary({ documents: [], pasted: '', title: ' Rivers ' })).toBe(
			'the course title “Rivers”'
		);
		const five = Array.from({ length: 5 }, (_, i) => ({
			...work.documents[0],
			name: `d${i}.txt`,
			details: { ...work.documents[0].details, title: i === 1 ? ' ' : `Doc ${i}` }
		}));
		expect(pendingSummary({ documents: five, pasted: 'x', title: '' })).toBe(
			'5 documents (“Doc 0”, “d1.txt”, “Doc 2”, and 2 more) and your pasted text'
		);
	});

	// Outsider teacher: a GIFT file chosen here was left out of the note while other files were listed.
	it('keeps a question file’s name (not the file) and names it, to be chosen again', async () => {
		const db = freshDb();
		const withGift = { ...work, questionFiles: ['rivers.gift'] };
		await savePending(db, withGift, Date.UTC(2026, 11, 2, 13, 40));
		const kept = (await loadPending(db))!;
		expect(kept.questionFiles).toEqual(['rivers.gift']);
		expect(restoredNote(kept, 'en-GB', 'UTC')).toBe(
			'Restored from your unfinished attempt of 2 Dec 2026, 13:40: the course title “Cholera”, 1 document (“Broad Street”), the question file “rivers.gift” (choose it again in Import questions) and your pasted text.'
		);
		const only = { documents: [], pasted: '', title: '', questionFiles: ['a.gift', 'b.apkg'] };
		expect(hasPending(only)).toBe(true);
		expect(pendingSummary(only)).toBe(
			'the question files “a.gift” and “b.apkg” (choose them again in Import questions)'
		);
	});

	it('reads a row kept before attempts had a moment, and says no moment for it', async () => {
		const db = freshDb();
		await db.settings.put({ key: PENDING_KEY, value: work });
		const kept = (await loadPending(db))!;
		expect(kept).toEqual(work);
		expect(restoredNote(kept)).toBe(
			'Restored from your unfinished attempt: the course title “Cholera”, 1 document (“Broad Street”) and your pasted text.'
		);
	});

	it('is forgotten once empty, once discarded, and never read from a damaged row', async () => {
		const db = freshDb();
		await savePending(db, work);
		await savePending(db, { documents: [], pasted: '  ', title: '' });
		expect(await loadPending(db)).toBeNull();
		await savePending(db, work);
		await forgetPending(db);
		expect(await loadPending(db)).toBeNull();
		await db.settings.put({ key: PENDING_KEY, value: { documents: 'no' } });
		expect(await loadPending(db)).toBeNull();
		expect(hasPending({ documents: [], pasted: '', title: 'T' })).toBe(true);
	});

	it('keeps what is added to a course apart from a new course and from other courses (session 38)', async () => {
		const db = freshDb();
		const forCourse = { ...work, title: '' };
		await savePending(db, work);
		await savePending(db, forCourse, 1, 'u-a');
		expect(await loadPending(db, 'u-a')).toEqual({ ...forCourse, savedAt: 1 });
		expect(await loadPending(db, 'u-b')).toBeNull();
		expect((await loadPending(db))?.title).toBe(work.title);
		// Saved empty (the screen opened and left), only that course's is forgotten.
		await savePending(db, { documents: [], pasted: '', title: '' }, 2, 'u-a');
		expect(await loadPending(db, 'u-a')).toBeNull();
		expect(await loadPending(db)).not.toBeNull();
		expect([pendingKey(), pendingKey('u-a')].map(isPendingKey)).toEqual([true, true]);
		expect(isPendingKey('pending-documentsX')).toBe(false);
	});

	it('stays on the device: never in a progress export', async () => {
		const db = freshDb();
		await savePending(db, work);
		await savePending(db, work, 1, 'u-a');
		const file = await exportProgress(db);
		expect(JSON.stringify(file)).not.toContain('Broad Street');
	});
});
