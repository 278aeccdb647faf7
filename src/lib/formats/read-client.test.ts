import { describe, expect, it } from 'vitest';
import { startImportSession } from './read-client';
import type { ReadProgress } from './read';

const GIFT =
	'::q1:: Capital of Kosovo? {=Pristina ~Prizren}\n\n::q2:: Kosovo is in Europe.{TRUE}\n';
const source = { name: 'balkans.gift', bytes: new TextEncoder().encode(GIFT) };
const origin = { fileName: 'balkans.gift', formatLabel: 'Moodle GIFT' };

describe('startImportSession', () => {
	it('reads, previews and stores on this thread where no worker can start, reporting progress', async () => {
		// Node has no Worker: the same session runs here.
		const session = startImportSession();
		const progress: ReadProgress[] = [];
		const opened = await session.open(source, 'gift', (p) => progress.push(p));
		expect(opened).toEqual({ kind: 'questions', title: 'Balkans' });
		expect(progress.map((p) => p.stage)).toEqual(['loading', 'reading']);
		const preview = await session.preview({ origin, target: 'new' });
		expect(preview).toMatchObject({ added: 2, updated: 0, problemCount: 0, history: null });
		expect(preview.questions.map((q) => q.prompt)).toEqual([
			'Capital of Kosovo?',
			'Kosovo is in Europe.'
		]);
		const stored = await session.store({ target: 'new', title: 'Balkans', withHistory: false });
		expect(stored).toMatchObject({ added: 2, updated: 0 });
	});

	it('a closed session rejects what it was asked with an AbortError', async () => {
		const session = startImportSession();
		session.close();
		await expect(session.open(source, 'gift')).rejects.toMatchObject({ name: 'AbortError' });
	});
});
