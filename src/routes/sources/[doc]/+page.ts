import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { loadSource, SOURCE_IDS } from '$lib/content/source-library';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => SOURCE_IDS.map((doc) => ({ doc }));

export const load: PageLoad = async ({ params }) => {
	// A user course's document lives on the device only: read in the browser (its page is not
	// prerendered; the app's fallback page opens it), never during the build.
	const source =
		(await loadSource(params.doc)) ??
		(browser && params.doc.includes(':')
			? await import('$lib/content/bank').then(({ loadUserSource }) => loadUserSource(params.doc))
			: undefined);
	if (!source) error(404, 'There is no such document on this device.');
	return { source };
};
