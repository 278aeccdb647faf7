import { parseHTML } from 'linkedom';
import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { DocumentError } from './draft';
import { looksLikeMarkdown, readDocument, readPastedText, type Readers } from './read';
import { makeDocx, makePdf } from './test-files';

const readers: Readers = {
	pdfjs: async () => pdfjs,
	mammoth: async () => mammoth,
	parseHtml: (html) => parseHTML(html).document as unknown as Document
};
const enc = (s: string) => new TextEncoder().encode(s);
const ARTICLE =
	'Turkey has sold drones to Kosovo, and Serbia has protested. The president said that the sale was a threat to the peace of the region. Ankara answered that the drones were for defence only and that it was a friend of both countries.';

async function refusal(name: string, bytes: Uint8Array) {
	try {
		await readDocument({ name, bytes }, readers);
	} catch (error) {
		expect(error).toBeInstanceOf(DocumentError);
		return error as DocumentError;
	}
	throw new Error('expected a refusal');
}

describe('readDocument', () => {
	it('titles a .txt by its "# Title" first line, as pasted text is (outsider, issue 12)', async () => {
		const text = '# The Harbour of Velmora\n\nThe harbour of Velmora was rebuilt in stone in 1612.';
		const doc = await readDocument({ name: 'harbour.txt', bytes: enc(text) }, readers);
		expect(doc.title).toBe('The Harbour of Velmora');
		expect(doc.text).not.toMatch(/^#/);
	});

	it('reads plain text in UTF-8 and Windows-1252, titled by the file name', async () => {
		const doc = await readDocument(
			{ name: 'drones-and-serbia.txt', bytes: enc(`${ARTICLE}\r\n\r\n\r\nSecond paragraph.`) },
			readers
		);
		expect(doc).toMatchObject({
			title: 'Drones and serbia',
			format: 'text',
			english: true,
			notes: []
		});
		expect(doc.text).toBe(`${ARTICLE}\n\nSecond paragraph.`);
		const latin = new Uint8Array([
			...enc('Vu'),
			0xe8,
			...enc('i'),
			0xe6,
			...enc(` visited. ${ARTICLE}`)
		]);
		expect((await readDocument({ name: 'a.txt', bytes: latin }, readers)).text).toMatch(
			/^Vuèiæ visited/
		);
	});

	it('reads a wholly bold line above a list as a paragraph of its own (gen30, h33)', async () => {
		const md =
			'# Alliances\n\n**The Northern Pact**\n- Velmor and Tarsh formed the pact in 1879.\n- Quen joined in 1882.\n\n**Key terms.** A pact binds two states.\n';
		const doc = await readDocument({ name: 'pacts.md', bytes: enc(md) }, readers);
		const paragraphs = doc.text.split('\n\n');
		expect(paragraphs).toContain('The Northern Pact');
		// An item of its own, its mark kept for the reader (`text-marks.ts`).
		expect(paragraphs.find((p) => p.includes('Velmor'))).toMatch(/^- Velmor and Tarsh formed/u);
		expect(doc.text).toMatch(/Key terms\. A pact binds two states\./u);
	});

	it('reads Markdown with front matter as text and metadata', async () => {
		const md = `---\ntitle: "Drones"\nauthor: Ana\noutlet: Balkan Insight\ndate: 2025-10-08\n---\n# Heading\n\n**${ARTICLE}** See [the report](http://x).`;
		const doc = await readDocument({ name: 'notes.md', bytes: enc(md) }, readers);
		expect(doc).toMatchObject({
			title: 'Drones',
			author: 'Ana',
			outlet: 'Balkan Insight',
			date: '2025-10-08',
			format: 'markdown'
		});
		expect(doc.text).toContain('See the report.');
		expect(doc.text).not.toMatch(/\*\*|\]\(/);
	});

	it('reduces a saved web page to the article, never keeping scripts or menus', async () => {
		const html = `<!doctype html><html><head><title>Drones | News</title>
			<meta property="og:site_name" content="Balkan News"><meta property="article:published_time" content="2025-10-09T08:00:00Z">
			<script>document.title = 'hacked'; fetch('https://tracker.example/')</script></head>
			<body><nav><a href="/">Home</a><a href="/x">Sport</a></nav>
			<article><h1>Drones test a friendship</h1><p class="byline">By Laszlo Szerencses</p>
			<p>${ARTICLE}</p><p>${ARTICLE.replace('Turkey', 'Ankara')}</p><p>${ARTICLE.replace('Kosovo', 'Pristina')}</p></article>
			<footer>Cookie settings</footer><img src="https://tracker.example/pixel.gif"></body></html>`;
		const doc = await readDocument({ name: 'page.html', bytes: enc(html) }, readers);
		expect(doc).toMatchObject({
			format: 'html',
			outlet: 'Balkan News',
			date: '2025-10-09',
			author: 'Laszlo Szerencses'
		});
		expect(doc.title).toMatch(/Drones/);
		expect(doc.text).toContain(ARTICLE);
		expect(doc.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
		expect(doc.text).not.toMatch(/hacked|tracker|Cookie|Sport/);
	});

	it('keeps a web page’s sections, lists and tables, its title line plain', async () => {
		// A <title> unlike the <h1>, so Readability keeps the <h1> (as an <h2>).
		const html = `<!doctype html><html><head><title>Year 9 geography</title></head><body><article>
			<h1>Rivers and how they shape the land</h1><p>${ARTICLE}</p><h2>Erosion</h2><p>${ARTICLE.replace('Turkey', 'Ankara')}</p>
			<ul><li>Abrasion: rocks scrape the bed.</li><li>Attrition: rocks knock together.</li></ul>
			<table><thead><tr><th>Process</th><th>Where</th></tr></thead><tbody><tr><td>Abrasion</td><td>Bed and banks</td></tr></tbody></table>
			<p>${ARTICLE.replace('Kosovo', 'Pristina')}</p></article></body></html>`;
		const doc = await readDocument({ name: 'rivers.html', bytes: enc(html) }, readers);
		const paragraphs = doc.text.split('\n\n');
		expect(paragraphs[0]).toBe('Rivers and how they shape the land');
		expect(paragraphs).toContain('## Erosion');
		expect(paragraphs).toContain('- Abrasion: rocks scrape the bed.');
		expect(paragraphs).toContain('| Process | Where |\n|---|---|\n| Abrasion | Bed and banks |');
	});

	it('drops the site’s name from a saved page’s title, however the page names the site', async () => {
		// The outsider teacher's saved page was titled "Meanders | GeoKnow Magazine" (2026-12-03).
		const page = (head: string, h1 = 'Meanders', top = '') =>
			enc(`${top}<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
${head}<link rel="stylesheet" href="/assets/site.css"><script>window.dataLayer=[];</script></head>
<body><header class="site-header"><a href="/">GeoKnow</a><nav><a href="/rivers">Rivers</a> | <a href="/shop">Shop</a></nav></header>
<main><article><h1>${h1}</h1><p class="byline">By Sam Field, 3 March 2024</p>
<p>${ARTICLE}</p><p>${ARTICLE.replace('Turkey', 'Ankara')}</p><p>${ARTICLE.replace('Kosovo', 'Pristina')}</p>
</article></main><footer>© GeoKnow Magazine 2024</footer></body></html>`);
		const cases: [string, Uint8Array, string, string][] = [
			// No site name anywhere but the title: the heading says which side is the article.
			[
				'heading',
				page('<title>Meanders | GeoKnow Magazine</title>'),
				'Meanders',
				'GeoKnow Magazine'
			],
			[
				'og:site_name',
				page(
					'<title>Meanders – GeoKnow Magazine</title><meta property="og:site_name" content="GeoKnow Magazine">',
					'Meanders: how a river bends'
				),
				// The article's own heading over the site's shorter tab title (session 38).
				'Meanders: how a river bends',
				'GeoKnow Magazine'
			],
			[
				'application-name',
				page(
					'<title>GeoKnow · Meanders and ox-bow lakes</title><meta name="application-name" content="GeoKnow">',
					'Rivers'
				),
				'Meanders and ox-bow lakes',
				'GeoKnow'
			],
			[
				'saved from',
				page(
					'<title>GeoKnow: Meanders</title>',
					'Rivers',
					'<!-- saved from url=(0040)https://www.geoknow.com/rivers/meanders -->\n'
				),
				'Meanders',
				'GeoKnow'
			],
			[
				'canonical',
				page(
					'<title>Meanders — GeoKnow Magazine</title><link rel="canonical" href="https://geoknow.co.uk/meanders">',
					'Rivers'
				),
				'Meanders',
				'GeoKnow Magazine'
			]
		];
		for (const [how, bytes, title, outlet] of cases) {
			const doc = await readDocument({ name: 'meanders.html', bytes }, readers);
			expect({ title: doc.title, outlet: doc.outlet }, how).toEqual({ title, outlet });
		}
		// A colon of the article's own title stays.
		const own = await readDocument(
			{ name: 'm.html', bytes: page('<title>Meanders: how a river bends</title>', 'Rivers') },
			readers
		);
		expect(own.title).toBe('Meanders: how a river bends');
	});

	it('names a saved page by its article heading, not the tab title the site styled (session 38)', async () => {
		// The outsider teacher's page: "Earthquakes explained | GeoRevise Online" in the tab.
		const html = `<!DOCTYPE html><html lang="en"><head><title>Earthquakes explained | GeoRevise Online</title></head>
<body><header><div class="logo">GeoRevise Online</div><nav><a href="/">Home</a><a href="/gcse">GCSE</a></nav></header>
<main><article><h1>Earthquakes: Causes, Measurement and Responses</h1><p class="byline">By Ms J. Patel · Updated 3 March 2024</p>
<p>${ARTICLE}</p><p>${ARTICLE.replace('Turkey', 'Ankara')}</p><p>${ARTICLE.replace('Kosovo', 'Pristina')}</p></article></main></body></html>`;
		const doc = await readDocument({ name: 'earthquakes.html', bytes: enc(html) }, readers);
		expect({ title: doc.title, outlet: doc.outlet }).toEqual({
			title: 'Earthquakes: Causes, Measurement and Responses',
			outlet: 'GeoRevise Online'
		});
	});

	it('drops adverts, cookie notices and sponsored boxes around the article', async () => {
		const html = `<!doctype html><html><head><title>Drones</title></head><body>
			<div class="ad">ADVERTISEMENT: Buy cheap flights to Paris today! 50% off.</div>
			<div class="cookie">We use cookies to improve your experience. Accept all | Reject</div>
			<div id="consent_banner"><p>Your privacy matters to us and our 300 partners.</p></div>
			<article><h1>Drones test a friendship</h1><p>${ARTICLE}</p>
			<div class="ad-slot">Holidays in Greece from 99 euros.</div>
			<p>${ARTICLE.replace('Turkey', 'Ankara')}</p><p class="shadow-text">${ARTICLE.replace('Kosovo', 'Pristina')}</p></article>
			<aside>Sponsored: Learn coding in 30 days! Sign up.</aside></body></html>`;
		const doc = await readDocument({ name: 'page.html', bytes: enc(html) }, readers);
		expect(doc.text).not.toMatch(/ADVERTISEMENT|cookies|privacy|Greece|Sponsored/);
		expect(doc.text).toContain(ARTICLE.replace('Kosovo', 'Pristina'));
		expect(doc.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
	});

	// Issue 14: a saved web page's site is its outlet, however the page names it.
	it('reads a web page’s outlet from og:site_name, publisher meta or JSON-LD', async () => {
		const read = async (head: string) =>
			(
				await readDocument(
					{
						name: 'page.html',
						bytes: enc(`<!doctype html><html><head><title>Drones</title>${head}</head><body>
						<article><h1>Drones test a friendship</h1><p>${ARTICLE}</p>
						<p>${ARTICLE.replace('Turkey', 'Ankara')}</p></article></body></html>`)
					},
					readers
				)
			).outlet;
		expect(await read('<meta property="og:site_name" content="Balkan Insight">')).toBe(
			'Balkan Insight'
		);
		expect(await read('<meta name="publisher" content="Coast Courier">')).toBe('Coast Courier');
		expect(
			await read(
				'<meta property="article:publisher" content="https://www.facebook.com/x"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbour Times"}}]}</script>'
			)
		).toBe('Harbour Times');
		expect(await read('<script type="application/ld+json">{not json</script>')).toBeUndefined();
	});

	// Outsider, issue 12: the byline's date was not the document's date.
	it('reads a web page’s date from <time datetime>, its meta or its byline line', async () => {
		const page = (head: string, byline: string) =>
			enc(`<!doctype html><html><head><title>Drones</title>${head}</head><body>
			<nav><time datetime="09:30">9:30</time></nav>
			<article><h1>Drones test a friendship</h1><p class="byline">${byline}</p>
			<p>${ARTICLE}</p><p>${ARTICLE.replace('Turkey', 'Ankara')}</p></article></body></html>`);
		const read = (head: string, byline: string) =>
			readDocument({ name: 'page.html', bytes: page(head, byline) }, readers);
		expect(
			await read('', 'By Mira Haskell, <time datetime="2024-03-03T08:00:00+01:00">3 March</time>')
		).toMatchObject({ date: '2024-03-03' });
		expect(
			await read('<meta property="article:published_time" content="2024-03-04T23:30:00-05:00">', '')
		).toMatchObject({ date: '2024-03-04' });
		expect(await read('', 'By Mira Haskell, 5 March 2024')).toMatchObject({
			author: 'Mira Haskell',
			date: '2024-03-05'
		});
	});

	it('leaves a web page’s byline paragraph out of its text when its meta names the author', async () => {
		// The outsider teacher's saved page opened on "By Daniel Reyes · 14 March 2025" (issue 12).
		const html = `<!doctype html><html><head><title>Drones</title><meta name="author" content="Mira Haskell"></head><body>
			<main><article><h1>Drones test a friendship</h1><p class="byline">By <a rel="author">Mira Haskell</a> &middot; <time datetime="2024-03-05">5 March 2024</time></p>
			<p>${ARTICLE}</p><p>${ARTICLE.replace('Turkey', 'Ankara')}</p></article></main></body></html>`;
		const doc = await readDocument({ name: 'page.html', bytes: enc(html) }, readers);
		expect(doc).toMatchObject({ author: 'Mira Haskell', date: '2024-03-05' });
		expect(doc.text).not.toContain('Mira Haskell');
		expect(doc.text).toContain(ARTICLE);
	});

	it('reads the byline’s date at the head of a .txt and a .md file', async () => {
		const text = `By Mira Haskell, 3 March 2024\n\n${ARTICLE}`;
		for (const name of ['drones.txt', 'drones.md']) {
			const doc = await readDocument({ name, bytes: enc(text) }, readers);
			expect(doc).toMatchObject({ author: 'Mira Haskell', date: '2024-03-03' });
			expect(doc.text).toBe(ARTICLE);
		}
		const md = await readDocument(
			{ name: 'drones.md', bytes: enc(`# Drones\n\n*Published 2024-03-03*\n\n${ARTICLE}`) },
			readers
		);
		expect(md).toMatchObject({ title: 'Drones', date: '2024-03-03' });
	});

	it('reads a PDF text layer with its metadata, joining lines broken by the page', async () => {
		const pdf = makePdf(
			[
				['Turkey has sold drones to Kosovo, and Serbia', 'has protested loudly.', '', ARTICLE],
				[ARTICLE.replace('Turkey has sold', 'Ankara sold')]
			],
			{ Title: 'Drones and friends', Author: 'Ana Petrović', CreationDate: 'D:20251008120000Z' }
		);
		const doc = await readDocument({ name: 'report.pdf', bytes: pdf }, readers);
		expect(doc).toMatchObject({ format: 'pdf', title: 'Drones and friends', date: '2025-10-08' });
		expect(doc.text).toContain(
			'Turkey has sold drones to Kosovo, and Serbia has protested loudly.'
		);
	});

	it('reads a sentence a page break cut after a year or a colon as one (roman.pdf)', async () => {
		// Her PDF was printed by a browser: its print footer, taken away, left a gap at each
		// page's foot that had ended the paragraph.
		const footer = (page: number) => ({ text: `file:///tmp/roman.html ${page}/3`, gap: 200 });
		const pdf = makePdf([
			[ARTICLE, 'They moved to Rome and became poor. In 133 BC', footer(1)],
			['the tribune Gracchus proposed a land law.', 'The plebeians were everyone else:', footer(2)],
			['farmers, craftsmen, traders and labourers.', ARTICLE, footer(3)]
		]);
		const doc = await readDocument({ name: 'roman.pdf', bytes: pdf }, readers);
		const paragraphs = doc.text.split('\n\n');
		expect(paragraphs).toContain(
			'They moved to Rome and became poor. In 133 BC the tribune Gracchus proposed a land law.'
		);
		expect(paragraphs).toContain(
			'The plebeians were everyone else: farmers, craftsmen, traders and labourers.'
		);
	});

	it('reads a PDF printed from a browser without its print header, footer or print date', async () => {
		const header = '12/2/26, 3:11 PM Drones and friends';
		const pdf = makePdf(
			[
				['Turkey has sold drones to Kosovo, and Serbia', 'has protested loudly.', ARTICLE, header],
				['file:///tmp/drones.html 1/3', 'Ankara said the drones were for defence only.', header],
				['file:///tmp/drones.html 2/3', 'Serbia did not agree.', header],
				['file:///tmp/drones.html 3/3']
			],
			{ Producer: 'Skia/PDF m156', CreationDate: 'D:20261202151113Z' }
		);
		const doc = await readDocument({ name: 'drones.pdf', bytes: pdf }, readers);
		expect(doc.text).not.toMatch(/3:11|file:|\d\/3/);
		expect(doc.text).toContain(
			'Turkey has sold drones to Kosovo, and Serbia has protested loudly.'
		);
		expect(doc.date).toBeUndefined();
	});

	it('reads a timeline PDF with its years alone on lines, and without its page numbers', async () => {
		const pdf = makePdf([
			['1914', 'Archduke Franz Ferdinand is shot in Sarajevo.', '1915', ARTICLE, '1'],
			['1916', 'The battles of Verdun and the Somme.', '1917', ARTICLE, '2']
		]);
		const doc = await readDocument({ name: 'timeline.pdf', bytes: pdf }, readers);
		const paragraphs = doc.text.split('\n\n');
		expect(paragraphs).toContain('1914 Archduke Franz Ferdinand is shot in Sarajevo.');
		expect(paragraphs).toContain('1916 The battles of Verdun and the Somme.');
		expect(doc.text).toMatch(/\b1915\b[^]*\b1917\b/);
		expect(paragraphs.filter((p) => /^\d+$/.test(p))).toEqual(['1915', '1917']);
	});

	it('takes a PDF’s title and byline from its first page’s type when its properties have none', async () => {
		// Chromium printed the teacher's handout with no Author, and glued heading, byline and
		// first sentence into one paragraph (outsider teacher, issue 12).
		const bodyLines = [
			'By the late 1780s the Kingdom of France was one of the richest states in',
			'Europe, yet its government was close to bankruptcy and the king summoned',
			'the Estates-General at last.'
		];
		for (const byline of ['By Marie Dupont', 'Marie Dupont, Lycée Victor Hugo']) {
			const pdf = makePdf([
				[
					{ text: 'The French Revolution', size: 24 },
					{ text: byline, gap: 34 },
					{ text: bodyLines[0], gap: 30 },
					...bodyLines.slice(1),
					ARTICLE
				]
			]);
			const doc = await readDocument({ name: 'document.pdf', bytes: pdf }, readers);
			expect(doc, byline).toMatchObject({ title: 'The French Revolution', author: 'Marie Dupont' });
			expect(doc.text.split('\n\n')[0]).toBe('The French Revolution');
			expect(doc.text).not.toContain('Marie Dupont');
			expect(doc.text).toContain(`${bodyLines[0]} ${bodyLines[1]}`);
		}
		// The properties win when they hold a title and an author, and a page in one type has no
		// heading to read: the file's name is the title.
		const plain = makePdf([[bodyLines[0], ...bodyLines.slice(1), ARTICLE]]);
		const named = await readDocument({ name: 'french-revolution.pdf', bytes: plain }, readers);
		expect(named.title).toBe('French revolution');
		expect(named.author).toBeUndefined();
		const withInfo = makePdf(
			[
				[{ text: 'The French Revolution', size: 24 }, { text: 'By Marie Dupont', gap: 34 }, ARTICLE]
			],
			{ Title: 'Revolution handout', Author: 'R. Okafor' }
		);
		expect(await readDocument({ name: 'a.pdf', bytes: withInfo }, readers)).toMatchObject({
			author: 'Marie Dupont'
		});
	});

	it('takes a PDF’s title from its largest type, not from a byline line above it', async () => {
		const pdf = makePdf([
			[
				'Geography Year 10 — Ms Helen Garth — March 2026',
				{ text: 'Coastal Landforms of Erosion and Deposition', size: 20, gap: 30 },
				{ text: ARTICLE, gap: 30 },
				ARTICLE
			]
		]);
		const doc = await readDocument({ name: 'coasts.pdf', bytes: pdf }, readers);
		expect(doc.title).toBe('Coastal Landforms of Erosion and Deposition');
	});

	it('reads a key-terms list as "Term: definition", one entry a paragraph (french-revolution.pdf)', async () => {
		// Her handout's <dl> printed to PDF: each term bold on its own line, its definition
		// indented under it; it read "Tennis Court Oath the promise of …" (outsider teacher,
		// session 33). Terms set inline keep their own colon or dash, however PDF.js cuts the runs.
		const term = (text: string) => ({ text: `**${text}**`, gap: 18 });
		const definition = (text: string) => ({ text, indent: 30 });
		const pdf = makePdf([
			[
				{ text: 'The French Revolution, 1789-1794', size: 20 },
				{ text: ARTICLE, gap: 30 }
			],
			[
				ARTICLE,
				{ text: 'Key terms', size: 14, gap: 30 },
				term('Bourgeoisie'),
				definition('the wealthy middle class of the Third Estate.'),
				term('Tennis Court Oath'),
				definition('the promise of 20 June 1789 not to separate until France had a'),
				definition('constitution.'),
				term('Sans-culottes'),
				definition('radical Parisian workers, named after their long trousers, who were'),
				definition('the strength of the Paris crowd in every rising of the Revolution.'),
				{ text: 'The Terror ended when Robespierre fell in July 1794.', gap: 18 },
				{ text: '**Jacobins**: a radical political club led by Robespierre.', gap: 18 },
				{ text: '**Guillotine:** a machine for execution by beheading.', gap: 18 },
				{ text: '**Thermidor** - the coup of July 1794 that overthrew Robespierre.', gap: 18 }
			]
		]);
		const doc = await readDocument({ name: 'french-revolution.pdf', bytes: pdf }, readers);
		const paragraphs = doc.text.split('\n\n');
		expect(paragraphs).toEqual(
			expect.arrayContaining([
				'Bourgeoisie: the wealthy middle class of the Third Estate.',
				'Tennis Court Oath: the promise of 20 June 1789 not to separate until France had a constitution.',
				'Sans-culottes: radical Parisian workers, named after their long trousers, who were the strength of the Paris crowd in every rising of the Revolution.',
				'The Terror ended when Robespierre fell in July 1794.',
				'Jacobins: a radical political club led by Robespierre.',
				'Guillotine: a machine for execution by beheading.',
				'Thermidor - the coup of July 1794 that overthrew Robespierre.'
			])
		);
		// A short heading over an indented paragraph that starts with a capital is no term.
		expect(paragraphs).toContain('Key terms');
	});

	it('reads a web page’s definition list as "Term: definition", one entry a paragraph', async () => {
		// frev.html, the handout the outsider teacher printed to PDF (session 33): read as HTML,
		// each term and its definition were two paragraphs.
		const html = `<!doctype html><html><head><title>The French Revolution</title></head><body><article><h1>The French Revolution</h1><p>${ARTICLE}</p><p>${ARTICLE}</p><h2>Key terms</h2><dl><dt>Bourgeoisie</dt><dd>the wealthy middle class of the Third Estate.</dd><dt>Tennis Court Oath</dt><dd>the promise of 20 June 1789 not to separate.</dd><dt>Thermidor –</dt><dd>the coup of July 1794.</dd></dl></article></body></html>`;
		const doc = await readDocument({ name: 'frev.html', bytes: enc(html) }, readers);
		const paragraphs = doc.text.split('\n\n');
		expect(paragraphs).toEqual(
			expect.arrayContaining([
				'Bourgeoisie: the wealthy middle class of the Third Estate.',
				'Tennis Court Oath: the promise of 20 June 1789 not to separate.',
				'Thermidor – the coup of July 1794.'
			])
		);
		expect(paragraphs).not.toContain('Bourgeoisie');
	});

	it('joins words broken at a PDF line’s hyphen as the document writes them', async () => {
		const pdf = makePdf([
			[
				'Unable to raise money any other way, Louis XVI summoned the Estates-',
				'General, an assembly that had not met since 1614, and the revo-',
				'lution began. The Estates-General opened at Versailles on 5 May 1789.',
				ARTICLE
			]
		]);
		const doc = await readDocument({ name: 'french.pdf', bytes: pdf }, readers);
		expect(doc.text).toContain('summoned the Estates-General, an assembly');
		expect(doc.text).toContain('and the revolution began.');
	});

	it('removes soft hyphens (U+00AD) from Word, web page and pasted text', async () => {
		const shy = 'The revo\u00adlution began when the Estates-Gen\u00aderal met at Versailles.';
		const clean = 'The revolution began when the Estates-General met at Versailles.';
		const docx = await readDocument({ name: 'a.docx', bytes: makeDocx([shy, ARTICLE]) }, readers);
		expect(docx.text).toContain(clean);
		const html = `<!doctype html><html><head><title>Revolution</title></head><body><article><p>${shy.replace('\u00ad', '&shy;')}</p><p>${ARTICLE}</p><p>${ARTICLE}</p></article></body></html>`;
		const page = await readDocument({ name: 'a.html', bytes: enc(html) }, readers);
		expect(page.text).toContain(clean);
		expect(readPastedText(`${shy}\n\n${ARTICLE}`).text).toContain(clean);
	});

	it('reads a Word document and its properties', async () => {
		const docx = makeDocx([ARTICLE, 'A second paragraph about Serbia.'], {
			title: 'Drones & Serbia',
			creator: 'Ana',
			created: '2025-10-08T09:00:00Z'
		});
		const doc = await readDocument({ name: 'essay.docx', bytes: docx }, readers);
		expect(doc).toMatchObject({
			format: 'docx',
			title: 'Drones & Serbia',
			author: 'Ana',
			date: '2025-10-08'
		});
		expect(doc.text).toBe(`${ARTICLE}\n\nA second paragraph about Serbia.`);
	});

	it("reads what a Word document's first page shows before its properties", async () => {
		// The properties are often the template's or the file name's; the heading and byline are
		// what the teacher wrote (outsider teacher, 2026-12-02: title "Elizabeth I", no date).
		const docx = makeDocx(
			['Elizabeth I: The Queen Who Survived', 'By Jane Smith, 3 March 2026', ARTICLE],
			{ title: 'Elizabeth I', creator: 'Office User', created: '2026-11-30T09:00:00Z' }
		);
		const doc = await readDocument({ name: 'Elizabeth I lesson.docx', bytes: docx }, readers);
		expect(doc).toMatchObject({
			title: 'Elizabeth I: The Queen Who Survived',
			author: 'Jane Smith',
			date: '2026-03-03'
		});
		expect(doc.text).not.toContain('By Jane Smith');
		// With no header on the page, the properties still fill the details.
		const plain = await readDocument(
			{
				name: 'essay.docx',
				bytes: makeDocx([ARTICLE], { title: 'Drones', created: '2025-10-08' })
			},
			readers
		);
		expect(plain).toMatchObject({ title: 'Drones', date: '2025-10-08' });
	});

	it('cuts a 12 MB text file to the limit and says what it kept (outsider teacher, issue 12)', async () => {
		const paragraph = 'The Aswan High Dam was finished in 1970 and holds back Lake Nasser. ';
		const text = paragraph.repeat(Math.ceil((12 * 1024 * 1024) / paragraph.length));
		const read = await readDocument(
			{ name: 'huge-notes.txt', bytes: new TextEncoder().encode(text) },
			readers
		);
		expect(read.text.length).toBeLessThanOrEqual(1_500_000);
		expect(read.notes).toEqual([
			expect.stringMatching(
				/^Too long to read whole: Flashpoint reads the first 1,500,000 characters \(1\.5 MB of plain text\) of a document, so only its first 2\d\d,\d{3} words \(11% of it\) were kept, ending “…[^”]+ holds back”\. To study the rest, split the file and add each part\.$/
			)
		]);
	});

	it('gives each kind of bad file its own message', async () => {
		expect((await refusal('empty.txt', new Uint8Array())).kind).toBe('empty');
		expect((await refusal('huge.txt', new Uint8Array(21 * 1024 * 1024))).message).toMatch(
			/21 MB.*up to 20 MB/
		);
		expect(
			(await refusal('program.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]))).kind
		).toBe('binary');
		const scan = await refusal('scan.pdf', makePdf([[''], ['']]));
		// A scan printed from a browser: only its print header and footer are text.
		const printedScan = makePdf([['12/2/26, 3:11 PM', 'file:///tmp/scan.html 1/1']], {
			Producer: 'Skia/PDF m156'
		});
		expect((await refusal('printed-scan.pdf', printedScan)).kind).toBe('no-text');
		expect(scan.kind).toBe('no-text');
		expect(scan.message).toMatch(/OCR is not supported/);
		expect((await refusal('broken.pdf', enc('%PDF-1.4 garbage'))).kind).toBe('damaged');
		expect(
			(await refusal('locked.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).kind
		).toBe('password');
		expect(
			(await refusal('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).kind
		).toBe('unsupported');
		const epub = await refusal('book.epub', enc('PK\u0003\u0004mimetypeapplication/epub+zip'));
		expect(epub.kind).toBe('damaged');
	});

	it('names a deck or file of questions and points to Import questions (outsider student)', async () => {
		const deck = zipSync({ 'collection.anki2': new Uint8Array([1, 2, 3]), media: enc('{}') });
		const apkg = await refusal('balkan.apkg', deck);
		expect(apkg.kind).toBe('question-file');
		expect(apkg.message).toMatch(/“balkan\.apkg” is an Anki deck \(\.apkg\).*Import questions/);
		const tsv = await refusal('mycards.tsv', enc('front\tback\nHund\tdog\nKatze\tcat\n'));
		expect(tsv.kind).toBe('question-file');
		expect(tsv.message).toMatch(/a file of questions \(.+\).*Import questions/);
		const csv = await refusal('cards.csv', enc('term,definition\nfetch,distance of open water\n'));
		expect(csv.kind).toBe('question-file');
		// A text document is read as one, whatever it looks like.
		const gift = await readDocument(
			{ name: 'notes.txt', bytes: enc(`${ARTICLE}\n\n::Q1:: What is a drone? {=an aircraft}`) },
			readers
		);
		expect(gift.text).toContain('drone');
	});

	it('turns a password exception from PDF.js into a clear message', async () => {
		const locked: Readers = {
			...readers,
			pdfjs: async () =>
				({
					getDocument: () => ({
						promise: Promise.reject(
							Object.assign(new Error('No password given'), { name: 'PasswordException' })
						)
					})
				}) as never
		};
		await expect(
			readDocument({ name: 'locked.pdf', bytes: enc('%PDF-1.7\n') }, locked)
		).rejects.toThrow(/protected by a password/);
	});

	it('says when a text is not English, and keeps it', async () => {
		const serbian =
			'Turska je prodala dronove Kosovu, a Srbija je protestovala. Predsednik je rekao da je prodaja pretnja miru u regionu. Ankara je odgovorila da su dronovi samo za odbranu.';
		const doc = readPastedText(serbian);
		expect(doc.english).toBe(false);
		expect(doc.notes[0]).toMatch(/does not look like English/);
		expect(doc.title).toMatch(/^Turska je prodala/);
	});

	it('reads a pasted table of English words as English, titled by its columns (session 33)', () => {
		// The outsider teacher's table, copied from a spreadsheet: refused as "does not look like
		// English", and titled "Date Event Country".
		const table = [
			'Date\tEvent\tCountry',
			'28 June 1914\tAssassination of Franz Ferdinand\tBosnia',
			'28 July 1914\tAustria-Hungary declares war on Serbia\tAustria-Hungary',
			'1 August 1914\tGermany declares war on Russia\tGermany',
			'4 August 1914\tBritain declares war on Germany\tBritain'
		].join('\n');
		const doc = readPastedText(table);
		expect(doc.english).toBe(true);
		expect(doc.notes).toEqual([]);
		expect(doc.title).toBe('Table: Date, Event, Country');
		expect(doc.text).toContain('Britain declares war on Germany');
		expect(readPastedText(table, 'WW1 timeline').title).toBe('WW1 timeline');
	});

	it('keeps a pasted plain handout’s heading lines and pipe table as a Markdown file’s (session 35)', async () => {
		// A made-up handout typed as plain text: headings on their own lines, a table with no
		// outer pipes and no delimiter row. The table ran into one paragraph the suggestions
		// offered as a sentence, and the headings showed as paragraphs (outsider teacher).
		const pasted = [
			'Glass and Its Uses',
			'',
			'Glass is a hard material made by melting sand with soda and lime.',
			'',
			'Making glass',
			'',
			'The mixture is heated in a furnace until it melts. It is then shaped and cooled slowly.',
			'',
			'Kinds of glass',
			'',
			'Kind | Made with | Used for',
			'Soda-lime glass | Sand, soda and lime | Windows and bottles',
			'Borosilicate glass | Sand and boron oxide | Ovenware',
			'',
			'Each kind is chosen for how it copes with heat.'
		].join('\n');
		const doc = readPastedText(pasted);
		expect(doc.title).toBe('Glass and Its Uses');
		expect(doc.text.split('\n\n')).toEqual([
			'Glass and Its Uses',
			'Glass is a hard material made by melting sand with soda and lime.',
			'## Making glass',
			'The mixture is heated in a furnace until it melts. It is then shaped and cooled slowly.',
			'## Kinds of glass',
			// One row a paragraph, as `textBlocks` reads a Markdown table's.
			'| Kind | Made with | Used for |',
			'|---|---|---|',
			'| Soda-lime glass | Sand, soda and lime | Windows and bottles |',
			'| Borosilicate glass | Sand and boron oxide | Ovenware |',
			'Each kind is chosen for how it copes with heat.'
		]);
		// A .txt file of the same text reads the same.
		expect((await readDocument({ name: 'glass.txt', bytes: enc(pasted) }, readers)).text).toBe(
			doc.text
		);
	});

	it('reads pasted Markdown as a Markdown file: its heading is the title, its marks go', () => {
		const pasted = `# The Davy lamp\n\nThe _Davy lamp_ is a **safety lamp** for mines.\n\n${ARTICLE}`;
		const read = readPastedText(pasted);
		expect(read.title).toBe('The Davy lamp');
		expect(read.text).not.toMatch(/[#_*]/);
		expect(read.text).toContain('The Davy lamp is a safety lamp for mines.');
		expect(readPastedText(pasted, 'Lamps').title).toBe('Lamps');
		// A hashtag or emphasis in plain prose is not Markdown.
		expect(looksLikeMarkdown('#history is trending.\n\nMore text.')).toBe(false);
		expect(looksLikeMarkdown('---\ntitle: Lamps\n---\n\nText.')).toBe(true);
	});

	// A student from Anki, session 37: three "- **Term** – meaning" lines pasted with no heading
	// were read as plain text, marks and all: 0 cards, and the title "- **Enzyme** – a …". Under
	// "# Biology" the same lines gave 3 cards.
	it('reads pasted notes with bold terms as Markdown, titled by their terms, with no heading', () => {
		const notes =
			'- **Lumen** – the space inside a tube\n- **Villus** – a fold of the gut wall\n- **Bile** – a liquid made by the liver\n';
		expect(looksLikeMarkdown(notes)).toBe(true);
		const read = readPastedText(notes);
		expect(read.text).not.toMatch(/\*/);
		expect(read.text).toContain('Lumen – the space inside a tube');
		expect(read.title).toBe('Lumen, Villus, Bile');
		expect(readPastedText(`${notes}- **Bolus** – a ball of chewed food\n`).title).toBe(
			'Lumen, Villus, Bile…'
		);
		// Plain "Term – meaning" lines are titled by their terms too, never by a whole first line.
		expect(
			readPastedText('Lumen – the space inside a tube\nVillus – a fold of the gut wall\n').title
		).toBe('Lumen, Villus');
		// Asterisks in prose, or a lone "5 ** 2", are not Markdown.
		expect(looksLikeMarkdown('Python writes 5 ** 2 for a square.\n\nMore text.')).toBe(false);
	});

	it('titles pasted text with no title line from its first words, not its whole paragraph', () => {
		// Outsider, issue 12: the first paragraph became the title.
		const para =
			'The harbour of Velmora was rebuilt in stone after the storm of 1871, when the old quays were carried away.';
		const doc = readPastedText(`${para}\n\n${ARTICLE}`);
		expect(doc.title).toBe('The harbour of Velmora was rebuilt in stone…');
		expect(doc.text).toBe(`${para}\n\n${ARTICLE}`);
		// A short first paragraph that is a sentence: its words, without the full stop or “…”.
		expect(readPastedText(`The quays were gone.\n\n${ARTICLE}`).title).toBe('The quays were gone');
		// A long word is cut to fit; a given title still wins.
		expect(readPastedText(`${'Velmora'.repeat(12)} harbour.`).title).toBe(
			`${'Velmora'.repeat(12).slice(0, 60)}…`
		);
		expect(readPastedText(para, 'Harbour notes').title).toBe('Harbour notes');
		// A first sentence that defines its subject gives the subject (outsider teacher, session
		// 22: "Glaciers are large masses of ice that…").
		expect(
			readPastedText(`Glaciers are large masses of ice that move slowly downhill.\n\n${ARTICLE}`)
				.title
		).toBe('Glaciers');
	});

	it('never gives a title that shows empty: invisible characters and separators name nothing', () => {
		// Outsider, issue 12: a 1 MB paste showed an empty title. Text copied from a web page can
		// open with zero-width spaces or a byte-order mark, or with a "* * *" separator.
		const para =
			'The harbour of Velmora was rebuilt in stone after the storm of 1871, when the old quays were carried away.';
		const title = 'The harbour of Velmora was rebuilt in stone…';
		// The outsider's 1 MB paste once; each other opening on a page of text, since reading a
		// megabyte takes seconds on a loaded 2-core machine and the title reads only the head.
		expect(readPastedText(`\u200b\u200b\n\n${`${para} `.repeat(9000)}`).title).toBe(title);
		const page = `${para} `.repeat(20);
		for (const head of ['\u200b\n', '* * *\n\n', '—\n\n', '# \u200b\n\n', 'Title: *\n\n'])
			expect(readPastedText(`${head}${page}`).title, JSON.stringify(head)).toBe(title);
		// Invisible characters inside a heading are dropped; a given title of spaces is no title.
		expect(readPastedText(`The\u200b Harbour\n\n${para}`).title).toBe('The Harbour');
		expect(readPastedText(para, ' \u200b ').title).toBe(title);
		// Nothing with a letter or digit at all: still a title.
		expect(readPastedText('* * *\n\n— — —').title).toBe('Untitled document');
	});

	it('reads the byline, date and outlet at the head of pasted text, a .txt and a Markdown file', async () => {
		// Made-up article details.
		const head =
			'Drones over the border\nBy Mira Haskell | Harbour Weekly\nPublished 4 March 2025\n\n';
		const pasted = readPastedText(`${head}${ARTICLE}`);
		expect(pasted).toMatchObject({
			title: 'Drones over the border',
			author: 'Mira Haskell',
			outlet: 'Harbour Weekly',
			date: '2025-03-04'
		});
		expect(pasted.text).toBe(`Drones over the border\n\n${ARTICLE}`);
		const txt = await readDocument(
			{ name: 'drones.txt', bytes: enc(`${head}${ARTICLE}`) },
			readers
		);
		expect(txt).toMatchObject({
			author: 'Mira Haskell',
			outlet: 'Harbour Weekly',
			date: '2025-03-04'
		});
		const md = await readDocument(
			{
				name: 'drones.md',
				bytes: enc(
					`---\noutlet: Coastal Review\n---\n# Drones\n\n*By Mira Haskell*\n\nMarch 4, 2025\n\n${ARTICLE}`
				)
			},
			readers
		);
		// Front matter wins; the byline and date line fill what it left.
		expect(md).toMatchObject({
			title: 'Drones',
			author: 'Mira Haskell',
			outlet: 'Coastal Review',
			date: '2025-03-04'
		});
		expect(md.text).not.toContain('Mira Haskell');
		// The document's own title, not its file name (outsider, issue 12).
		expect(txt.title).toBe('Drones over the border');
	});

	it('titles a .txt or .md by its first heading or headline, not by its file name', async () => {
		const read = (name: string, text: string) => readDocument({ name, bytes: enc(text) }, readers);
		const titles = await Promise.all([
			read('download (3).txt', `Drones over the border\n\n${ARTICLE}`),
			read('notes.md', `Drones over the border\n======================\n\n${ARTICLE}`),
			read('notes.md', `## Drones over the border\n\n${ARTICLE}`),
			read('notes.md', `Drones over the border\n\n${ARTICLE}`),
			read('drones-and-serbia.txt', ARTICLE)
		]);
		expect(titles.map((d) => d.title)).toEqual([
			'Drones over the border',
			'Drones over the border',
			'Drones over the border',
			'Drones over the border',
			'Drones and serbia'
		]);
		expect(titles[1].text).toBe(`Drones over the border\n\n${ARTICLE}`);
	});

	it('reads an .epub: chapters in spine order, metadata from the OPF; a DRM book says so', async () => {
		// A made-up two-chapter book, zipped as an EPUB is (mimetype first, stored).
		const chapter = (title: string, body: string) =>
			`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${title}</title><script>alert(1)</script></head><body><h1>${title}</h1><p>${body}</p></body></html>`;
		const files = {
			mimetype: [enc('application/epub+zip'), { level: 0 }] as [Uint8Array, { level: 0 }],
			'META-INF/container.xml': enc(
				'<?xml version="1.0"?><container><rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'
			),
			'OEBPS/book.opf': enc(
				`<package><metadata><dc:title>Drones &amp; borders</dc:title><dc:creator>Mira Haskell</dc:creator><dc:publisher>Harbour Press</dc:publisher><dc:date>2024-09-01</dc:date></metadata><manifest><item id="c2" href="text/two.xhtml"/><item id="c1" href="text/one.xhtml"/></manifest><spine><itemref idref="c1"/><itemref idref="c2"/></spine></package>`
			),
			'OEBPS/text/one.xhtml': enc(chapter('One', ARTICLE)),
			'OEBPS/text/two.xhtml': enc(chapter('Two', 'The second chapter follows the first.'))
		};
		const book = zipSync(files);
		const doc = await readDocument({ name: 'drones.epub', bytes: book }, readers);
		expect(doc).toMatchObject({
			format: 'epub',
			title: 'Drones & borders',
			author: 'Mira Haskell',
			outlet: 'Harbour Press',
			date: '2024-09-01',
			english: true
		});
		// Each chapter's heading a section heading (`markedBlocks`), as the reader shows it.
		expect(doc.text).toBe(
			`## One\n\n${ARTICLE}\n\n## Two\n\nThe second chapter follows the first.`
		);
		expect(doc.text).not.toContain('alert');

		const locked = zipSync({ ...files, 'META-INF/encryption.xml': enc('<encryption/>') });
		expect((await refusal('locked.epub', locked)).kind).toBe('password');
		expect((await refusal('broken.epub', zipSync({ mimetype: files.mimetype }))).kind).toBe(
			'damaged'
		);
	});
});

describe('a timetable read', () => {
	it('is said to have no sentences, not to be another language (session 38)', async () => {
		const timetable =
			// The outsider teacher's timetable.txt, as she opened it.
			'Period | Mon | Tue | Wed | Thu | Fri\n1 | Maths | Eng | Sci | Geog | PE\n2 | Maths | Eng | Sci | Geog | PE\n3 | Maths | Eng | Sci | Geog | PE\n4 | Maths | Eng | Sci | Geog | PE\n5 | Maths | Eng | Sci | Geog | PE\n6 | Maths | Eng | Sci | Geog | PE\n\nRoom 12\nBring: pencil, ruler, calculator\n\nok\nsee you\nTODO\n1. ...\n2. ...\n3. ...';
		const doc = await readDocument({ name: 'timetable.txt', bytes: enc(timetable) }, readers);
		expect(doc.notes.join(' ')).toContain('no sentences to make questions from');
		expect(doc.notes.join(' ')).not.toContain('English');
	});
});
