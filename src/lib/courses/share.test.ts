import { describe, expect, it } from 'vitest';
import { linkOnlyMessage, sharedText, SHARE_CACHE, storeShare, takeShare } from './share';

/** Cache Storage in memory: what the service worker and the page share. */
function memoryCaches(): CacheStorage {
	const stores = new Map<string, Map<string, Response>>();
	const open = async (name: string) => {
		const store = stores.get(name) ?? new Map<string, Response>();
		stores.set(name, store);
		return {
			put: async (key: string, response: Response) => void store.set(key, response),
			match: async (key: string) => store.get(key)?.clone()
		} as unknown as Cache;
	};
	return {
		open,
		has: async (name: string) => stores.has(name),
		delete: async (name: string) => stores.delete(name)
	} as unknown as CacheStorage;
}

describe('share target inbox', () => {
	it('keeps the text and files of a share until the screen takes them, once', async () => {
		const caches = memoryCaches();
		const form = new FormData();
		form.set('title', 'Velmora');
		form.set('text', 'The station opened in 2024.');
		form.append('files', new File(['Hello'], 'note.txt', { type: 'text/plain' }));
		form.append('files', new File([new Uint8Array([1, 2, 3])], 'a.pdf'));
		await storeShare(form, caches);
		const taken = await takeShare(caches);
		expect(taken).toEqual({
			title: 'Velmora',
			text: 'The station opened in 2024.',
			files: [
				{ name: 'note.txt', bytes: new TextEncoder().encode('Hello') },
				{ name: 'a.pdf', bytes: new Uint8Array([1, 2, 3]) }
			]
		});
		expect(await caches.has(SHARE_CACHE)).toBe(false);
		expect(await takeShare(caches)).toBeNull();
	});

	it('treats a damaged inbox as empty, and clears it', async () => {
		const caches = memoryCaches();
		const cache = await caches.open(SHARE_CACHE);
		await cache.put('/share-inbox/manifest.json', new Response('{"files": "nope"}'));
		expect(await takeShare(caches)).toBeNull();
		expect(await caches.has(SHARE_CACHE)).toBe(false);
	});
});

describe('sharedText', () => {
	it('reads shared text as a document, and a bare link as a link with a message', () => {
		expect(sharedText({ text: 'An article.', files: [] })).toEqual({ text: 'An article.' });
		expect(sharedText({ text: 'https://example.org/a', files: [] })).toEqual({
			linkOnly: 'https://example.org/a'
		});
		expect(sharedText({ title: 'T', url: 'https://example.org/b', files: [] })).toEqual({
			linkOnly: 'https://example.org/b'
		});
		expect(sharedText({ files: [] })).toBeNull();
		expect(linkOnlyMessage('https://x.org')).toMatch(/never fetches other sites/);
	});
});
