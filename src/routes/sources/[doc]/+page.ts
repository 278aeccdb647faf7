import { error } from '@sveltejs/kit';
import { loadSource, SOURCE_IDS } from '$lib/content/source-library';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => SOURCE_IDS.map((doc) => ({ doc }));

export const load: PageLoad = async ({ params }) => {
	const source = await loadSource(params.doc);
	if (!source) error(404, 'There is no such article in this course.');
	return { source };
};
