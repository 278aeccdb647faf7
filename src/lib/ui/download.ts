import { foldText } from '$lib/text/fold';

/**
 * Saves a Blob as a file through the browser's download (no request leaves the device).
 * The object URL is revoked after 10 s, long enough for every browser to start the download.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A title as a file-name stem: ASCII letters, digits and dashes ("Week 3: Vučić" → "week-3-vucic"),
 * markup-like tokens dropped (outsider, issue 12).
 */
export function fileSlug(title: string, fallback = 'quiz'): string {
	return (
		foldText(title)
			// Markup-like tokens ("<b>", "</i>") are not words: "<b>1858</b>" gave "b-1858-b".
			.replace(/<\/?[a-z][a-z0-9]*\s*\/?>/g, ' ')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60)
			.replace(/-$/, '') || fallback
	);
}
