import type { Readers } from './read';

/**
 * The browser's readers: PDF.js with its worker served from our own origin, mammoth, and
 * DOMParser, whose documents are inert (scripts never run, nothing loads). Each loads on first use.
 */
export const browserReaders: Readers = {
	async pdfjs() {
		const [pdfjs, worker] = await Promise.all([
			import('pdfjs-dist'),
			import('pdfjs-dist/build/pdf.worker.min.mjs?url')
		]);
		pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
		return pdfjs;
	},
	async mammoth() {
		const module = await import('mammoth');
		return (module as unknown as { default?: typeof module }).default ?? module;
	},
	parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html')
};
