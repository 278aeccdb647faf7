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
