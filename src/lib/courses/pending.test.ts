import { describe, expect, it } from 'vitest';
import { exportProgress } from '$lib/db/backup';
import { freshDb } from '$lib/db/test-helpers';
import {
	forgetPending,
	hasPending,
	loadPending,
	PENDING_KEY,
	pendingSummary,
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
	it('comes back after a reload exactly as it was, details as typed', async () => {
		const db = freshDb();
		await savePending(db, work);
		expect(await loadPending(db)).toEqual(work);
		expect(pendingSummary(work)).toBe('1 document and your pasted text');
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

	it('stays on the device: never in a progress export', async () => {
		const db = freshDb();
		await savePending(db, work);
		const file = await exportProgress(db);
		expect(JSON.stringify(file)).not.toContain('Broad Street');
	});
});
