import * as v from 'valibot';

/**
 * Web Share Target (issue 12): on an installed Android app, Share → Flashpoint sends a POST
 * (multipart: `title`, `text`, `url`, `files`) to `SHARE_ACTION`. The service worker answers it
 * offline: `storeShare` keeps the payload in Cache Storage and the worker redirects to the Add
 * documents screen, which calls `takeShare` to read it once (and delete it).
 */

/** Where the manifest's `share_target` posts. */
export const SHARE_ACTION = '/courses/new/share';
/** Where the service worker sends the browser after storing a share. */
export const SHARE_LANDING = '/courses/new?shared=1';
/** Its own cache: not `flashpoint-…`, which the worker deletes on every update. */
export const SHARE_CACHE = 'share-inbox';
const MANIFEST_KEY = '/share-inbox/manifest.json';
/** At most this many files of one share are kept (a share of a whole folder is a mistake). */
export const MAX_SHARED_FILES = 10;

const ManifestSchema = v.object({
	title: v.optional(v.string()),
	text: v.optional(v.string()),
	url: v.optional(v.string()),
	files: v.pipe(
		v.array(v.object({ key: v.string(), name: v.pipe(v.string(), v.maxLength(300)) })),
		v.maxLength(MAX_SHARED_FILES)
	)
});

/** What was shared: text (title, text and link, as given) and files with their bytes. */
export interface SharedPayload {
	title?: string;
	text?: string;
	url?: string;
	files: { name: string; bytes: Uint8Array }[];
}

const field = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/**
 * Stores a share (the POST's form data) in `caches`, replacing any share not yet picked up.
 * Files beyond `MAX_SHARED_FILES` are dropped. Throws what Cache Storage throws (a full disk).
 */
export async function storeShare(form: FormData, caches: CacheStorage): Promise<void> {
	await caches.delete(SHARE_CACHE);
	const cache = await caches.open(SHARE_CACHE);
	const files = form
		.getAll('files')
		.filter((f): f is File => typeof f !== 'string')
		.slice(0, MAX_SHARED_FILES);
	const entries = files.map((file, i) => ({
		key: `/share-inbox/file-${i}`,
		name: file.name || `shared-${i + 1}`
	}));
	for (const [i, file] of files.entries()) await cache.put(entries[i].key, new Response(file));
	const manifest = {
		title: field(form, 'title'),
		text: field(form, 'text'),
		url: field(form, 'url'),
		files: entries
	};
	await cache.put(
		MANIFEST_KEY,
		new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } })
	);
}

/**
 * The share waiting in `caches`, removed as it is read (a reload does not add it twice), or null
 * when there is none. A damaged manifest (not what `storeShare` wrote) counts as none.
 */
export async function takeShare(caches: CacheStorage): Promise<SharedPayload | null> {
	if (!(await caches.has(SHARE_CACHE))) return null;
	const cache = await caches.open(SHARE_CACHE);
	try {
		const stored = await cache.match(MANIFEST_KEY);
		if (!stored) return null;
		const parsed = v.safeParse(ManifestSchema, await stored.json().catch(() => null));
		if (!parsed.success) return null;
		const files: SharedPayload['files'] = [];
		for (const { key, name } of parsed.output.files) {
			const response = await cache.match(key);
			if (response) files.push({ name, bytes: new Uint8Array(await response.arrayBuffer()) });
		}
		const { title, text, url } = parsed.output;
		return { ...(title && { title }), ...(text && { text }), ...(url && { url }), files };
	} finally {
		await caches.delete(SHARE_CACHE);
	}
}

/**
 * The shared text as a document to read, or a message when only a link came: Flashpoint makes
 * no requests to other sites, so it cannot fetch the page. Text that is only a link counts as a link.
 */
export function sharedText(payload: SharedPayload): { text: string } | { linkOnly: string } | null {
	const text = payload.text ?? '';
	const isLink = /^https?:\/\/\S+$/.test(text);
	if (text && !isLink) return { text: payload.url ? `${text}\n\n${payload.url}` : text };
	const link = payload.url ?? (isLink ? text : undefined);
	return link ? { linkOnly: link } : null;
}

/** What the Add documents screen says when a link was shared without the page's text. */
export function linkOnlyMessage(link: string): string {
	return `A link was shared (${link}), but not the page's text. Flashpoint works offline and never fetches other sites: save the page (.html or PDF) and share or open that file, or copy the article's text and paste it here.`;
}
