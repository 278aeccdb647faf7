import { loadAllSources } from '$lib/content/source-library';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const sources = await loadAllSources();
	return {
		documents: sources.map(({ document, titleNote }) => ({ document, titleNote }))
	};
};
