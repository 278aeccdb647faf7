import { describe, expect, it } from 'vitest';
import { pageDocumentTitle, withoutSiteName } from './page-title';

describe('withoutSiteName', () => {
	it('drops the site named by the page, after or before any separator', () => {
		const site = 'GeoKnow Magazine';
		for (const separator of [' | ', ' – ', ' — ', ' · ', ' - ', ': ', ' » '])
			expect(withoutSiteName(`Meanders${separator}GeoKnow Magazine`, { site }), separator).toEqual({
				title: 'Meanders',
				site: 'GeoKnow Magazine'
			});
		expect(withoutSiteName('GeoKnow Magazine: Meanders and ox-bow lakes', { site })).toEqual({
			title: 'Meanders and ox-bow lakes',
			site: 'GeoKnow Magazine'
		});
		// Compared without case, spaces or punctuation.
		expect(withoutSiteName('Meanders | GEOKNOW magazine', { site: 'Geoknow-Magazine' }).title).toBe(
			'Meanders'
		);
	});

	it('reads the site from the page’s host when it names none', () => {
		const url = 'https://www.geoknow.com/rivers/meanders';
		expect(withoutSiteName('Meanders | GeoKnow Magazine', { url })).toEqual({
			title: 'Meanders',
			site: 'GeoKnow Magazine'
		});
		expect(
			withoutSiteName('Meanders - BBC Bitesize', { url: 'https://www.bbc.co.uk/x' }).title
		).toBe('Meanders');
		expect(
			withoutSiteName('Rivers: Meanders', { url: 'https://geography.example.org/' }).title
		).toBe('Rivers: Meanders');
	});

	it('drops a short capitalised name after a pipe when the page names no site', () => {
		// Outsider teacher, session 23: the saved page's title kept "| GeoLearn Blog".
		expect(
			withoutSiteName('Coastal Erosion Explained | GeoLearn Blog', {
				heading: 'How the sea shapes our coastline'
			})
		).toEqual({ title: 'Coastal Erosion Explained', site: 'GeoLearn Blog' });
		expect(withoutSiteName('Meanders | Year 10 Geography', {}).title).toBe('Meanders');
		// Not after another separator, not a phrase in lower case, not when the page names its site.
		for (const title of [
			'Coastal Erosion – GeoLearn Blog',
			'Rivers | the story of a valley',
			'Rivers | How Water Shapes The Land Every Day'
		])
			expect(withoutSiteName(title, {}).title).toBe(title);
		expect(withoutSiteName('Meanders | River Notes', { site: 'GeoKnow' }).title).toBe(
			'Meanders | River Notes'
		);
	});

	it('keeps the side that is the article’s heading', () => {
		expect(withoutSiteName('Meanders · River Studies Online', { heading: 'Meanders' })).toEqual({
			title: 'Meanders',
			site: 'River Studies Online'
		});
	});

	it('keeps a title whose sides name no site', () => {
		for (const title of [
			'Meanders: how rivers bend',
			'Erosion – and what it leaves behind',
			'Rivers | Meanders | Ox-bow lakes',
			'Meanders'
		])
			expect(withoutSiteName(title, { site: 'GeoKnow Magazine' })).toEqual({ title });
		// The whole title is never dropped, nor a long side taken for a site.
		expect(withoutSiteName('GeoKnow Magazine', { site: 'GeoKnow Magazine' }).title).toBe(
			'GeoKnow Magazine'
		);
		expect(
			withoutSiteName('Meanders | How a river bends and cuts its banks over many years', {
				heading: 'Meanders'
			}).title
		).toBe('Meanders | How a river bends and cuts its banks over many years');
	});
});

describe('pageDocumentTitle', () => {
	it('takes the article heading over a tab title the site styled (session 38)', () => {
		// The outsider teacher's saved page: its tab title named her document "Earthquakes explained".
		expect(
			pageDocumentTitle('Earthquakes explained | GeoRevise Online', {
				heading: 'Earthquakes: Causes, Measurement and Responses'
			})
		).toEqual({
			title: 'Earthquakes: Causes, Measurement and Responses',
			site: 'GeoRevise Online'
		});
		expect(
			pageDocumentTitle('Meanders – GeoKnow Magazine', {
				site: 'GeoKnow Magazine',
				heading: 'Meanders: how a river bends'
			}).title
		).toBe('Meanders: how a river bends');
	});

	it('keeps the tab title when the heading is another subject, shorter, the site or a paragraph', () => {
		const tab = 'Coastal Erosion Explained | GeoLearn Blog';
		for (const heading of [
			// Session 23's page: the heading shares no subject word with the tab title.
			'How the sea shapes our coastline',
			'Erosion',
			'GeoLearn Blog',
			`Coastal erosion ${'and more '.repeat(12)}`,
			'Coastal Erosion Explained'
		])
			expect(pageDocumentTitle(tab, { heading }).title, heading).toBe('Coastal Erosion Explained');
		// No site dropped: the tab title is the page's own, not a styled copy.
		expect(
			pageDocumentTitle('Earthquakes explained', { heading: 'Earthquakes: Causes and Effects' })
				.title
		).toBe('Earthquakes explained');
	});
});
