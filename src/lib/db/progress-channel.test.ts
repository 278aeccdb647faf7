import { afterEach, describe, expect, it, vi } from 'vitest';
import { openProgressChannel, PROGRESS_CHANNEL, type ReplacingSection } from './progress-channel';

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((channel) => channel.close()));

/** A tab listening on the channel: what it heard, in order. */
function listener(): ReplacingSection[] {
	const by: ReplacingSection[] = [];
	open.push(openProgressChannel((section) => by.push(section))!);
	return by;
}

describe('the progress channel between tabs', () => {
	it('tells the other tabs which section replaced the progress, not the tab that said it', async () => {
		const study = listener();
		const settingsHeard: ReplacingSection[] = [];
		const settings = openProgressChannel((by) => settingsHeard.push(by))!;
		open.push(settings);
		settings.announce('automatic-backups');
		settings.announce('backup');
		await vi.waitFor(() => expect(study).toEqual(['automatic-backups', 'backup']));
		expect(settingsHeard).toEqual([]);
	});

	it('ignores anything else on the channel', async () => {
		const study = listener();
		const stranger = new BroadcastChannel(PROGRESS_CHANNEL);
		open.push(stranger);
		stranger.postMessage({ kind: 'progress-replaced', by: 'elsewhere' });
		stranger.postMessage('progress-replaced');
		// One sender's messages arrive in order: once this one is heard, the others were ignored.
		stranger.postMessage({ kind: 'progress-replaced', by: 'check' });
		await vi.waitFor(() => expect(study).toEqual(['check']));
	});
});
