import { describe, expect, it } from 'vitest';
import type { OpenEdit } from '$lib/courses/draft-form';
import type { QuestionRecord } from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { ReviewWrites, type ReviewDrafts } from './review-writes';

const draft = {
	id: 'q1',
	courseId: 'c1',
	type: 'flashcard',
	prompt: 'What is the capital of Kosovo?',
	answer: 'Pristina',
	explanation: 'Pristina has been the capital since 2008.',
	status: 'draft'
} as unknown as QuestionRecord;

/** Draft functions that answer as told, and record what was asked of them. */
function drafts(answers: Partial<Record<keyof ReviewDrafts, unknown>>) {
	const calls: string[] = [];
	const fake =
		(name: keyof ReviewDrafts) =>
		async (...args: unknown[]) => {
			calls.push(`${name} ${JSON.stringify(args.slice(1))}`);
			const answer = answers[name];
			if (answer instanceof Error) throw answer;
			return answer;
		};
	const api = {
		decideDraft: fake('decideDraft'),
		acceptAllDrafts: fake('acceptAllDrafts'),
		updateDraft: fake('updateDraft'),
		addWrittenQuestion: fake('addWrittenQuestion')
	} as unknown as ReviewDrafts;
	return { api, calls };
}

function writesWith(answers: Partial<Record<keyof ReviewDrafts, unknown>>) {
	const said: string[] = [];
	const { api, calls } = drafts(answers);
	const writes = new ReviewWrites('c1', api, {} as FlashpointDb, (p) => said.push(p));
	return { writes, said, calls };
}

function openEdit(errors: Record<string, string> | null, changed = true) {
	let saves = 0;
	const edit: OpenEdit = {
		question: { id: 'q1', type: 'flashcard', prompt: draft.prompt, status: 'draft' },
		changed: () => changed,
		save: async () => {
			saves++;
			return errors;
		}
	};
	return { edit, saves: () => saves };
}

describe('ReviewWrites', () => {
	it('says a failed write at the top and clears it when the next starts', async () => {
		const { writes, said } = writesWith({ decideDraft: new Error('The disk is full.') });
		expect(await writes.setStatus(draft, 'accepted', 'draft')).toBeNull();
		expect(said).toEqual(['', 'The disk is full.']);
	});

	it('gives back another tab’s decision as the card’s refusal', async () => {
		const { writes } = writesWith({
			decideDraft: {
				ok: false,
				message: 'Another tab rejected it first.',
				stored: { status: 'rejected' }
			}
		});
		expect(await writes.setStatus(draft, 'accepted', 'draft')).toEqual({
			message: 'Another tab rejected it first.',
			stored: 'rejected'
		});
	});

	it('saves an open, changed edit before Accept all, and says what was accepted', async () => {
		const { writes, calls } = writesWith({
			acceptAllDrafts: { accepted: { flashcard: 3 }, held: [], ids: ['q1', 'q2', 'q3'] }
		});
		const open = openEdit(null);
		const done = await writes.acceptAll('flashcard', [open.edit], 2);
		expect(open.saves()).toBe(1);
		expect(calls).toEqual(['acceptAllDrafts ["c1","flashcard"]']);
		expect(done.ids).toEqual(['q1', 'q2', 'q3']);
		expect(done.notice).toMatch(/3/);
	});

	it('accepts nothing while an open edit cannot be saved, and says which', async () => {
		const { writes, calls } = writesWith({});
		const done = await writes.acceptAll(
			undefined,
			[openEdit({ answer: 'Write the answer.' }).edit],
			0
		);
		expect(calls).toEqual([]);
		expect(done.ids).toEqual([]);
		expect(done.notice).toContain('Nothing was accepted');
		expect(done.notice).toContain('Write the answer.');
	});

	it('accepts nothing and says nothing more when the write fails (the problem is said)', async () => {
		const { writes, said } = writesWith({ acceptAllDrafts: new Error('Quota exceeded') });
		expect(await writes.acceptAll(undefined, [], 0)).toEqual({ notice: '', ids: [] });
		expect(said.at(-1)).toBe('Quota exceeded');
	});

	it('puts a failed edit’s reason on the form, and writes no edit the form refuses', async () => {
		const { writes, calls } = writesWith({ updateDraft: new Error('The disk is full.') });
		const form = {
			type: 'flashcard' as const,
			prompt: 'What is the capital of Kosovo?',
			answer: 'Pristina',
			wrong: [],
			accept: '',
			explanation: 'Pristina has been the capital since 2008.'
		};
		expect(await writes.saveEdit(draft, form, { base: draft })).toEqual({
			errors: { question: 'The disk is full.' }
		});
		const refused = await writes.saveEdit(draft, { ...form, explanation: '' }, { base: draft });
		expect(refused?.errors.explanation).toBeTruthy();
		expect(calls).toHaveLength(1);
	});
});
