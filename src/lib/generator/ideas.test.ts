import { describe, expect, it } from 'vitest';
import { leadIdeas } from './idea-lead';
import { articleIdeas } from './idea-drafts';
import { yearIdeas } from './idea-year';
import { chooseIdeas, sameIdea, withoutMarkup, type ArticleView } from './ideas';
import { hedged, hedgeNear } from './idea-hedge';
import { madeUpArticle } from './ideas.test-helpers';

/** The article as a news outlet's report: its date dates its offices (an encyclopedia's does not, U29 S28). */
const asNews = (a: ArticleView): ArticleView => ({ ...a, doc: { ...a.doc, short: 'Ostra Times' } });

describe('choosing ideas', () => {
	it('asks nothing the article itself calls loose, disputed or unclear (U4)', () => {
		const { article } = madeUpArticle('Green tide', [
			'Green tide is a common name for blooms of lake algae that turn the water green.',
			'# Terminology',
			'The term is imprecisely used. As a technical term, it is being replaced by "lake bloom".'
		]);
		const [card] = leadIdeas(article);
		expect(card.prompt).toMatch(/^What is green tide\?$/i);
		expect(hedged(card, article)).toBe(true);
		expect(chooseIdeas([card], article, () => true)).toEqual([]);
		const { article: house } = madeUpArticle('Lumen House', [
			'The Lumen House was built in 1771 by the Varn council. It is a colonial house.',
			'While the exact date of the construction of the house is unclear, deeds suggest the council met there by 1771.'
		]);
		const [year] = yearIdeas(house);
		expect(year.answer).toBe('1771');
		expect(hedged(year, house)).toBe(true);
	});

	it('reads a hedge as doubting the name only near it (obsidian: "trade routes … previously unknown")', () => {
		expect(hedgeNear('The origin of the name velmite is unknown.', 'velmite')).toBe(true);
		expect(
			hedgeNear(
				'Analysis of the velmite found at this site helped to reveal the trade routes and the exchange networks of the coast that were previously unknown.',
				'velmite'
			)
		).toBe(false);
		const { article } = madeUpArticle('Velmite', [
			'Velmite is a naturally occurring volcanic glass formed as an extrusive igneous rock.',
			'Analysis of the velmite found at this site helped to reveal the trade routes and the exchange networks of the coast that were previously unknown.'
		]);
		const [card] = leadIdeas(article);
		expect(hedged(card, article)).toBe(false);
	});

	it('reads "a previously unknown particle" as a discovery, not a doubt (issue 12)', () => {
		expect(
			hedgeNear(
				'In 1890 Anna Korvel showed that velm rays carry a previously unknown particle.',
				'velm rays'
			)
		).toBe(false);
		expect(hedgeNear('The cause of velm rays is unknown.', 'velm rays')).toBe(true);
	});

	it('asks the offices of the people a text keeps naming only when its lead defines nothing', () => {
		const { article: report } = madeUpArticle('Ostra talks', [
			'Ostran Prime Minister Vera Lund met the Varn council on Monday to discuss the border.',
			'Lund said the talks would go on, and the council agreed to meet again in May.'
		]);
		// A news report's date dates its offices; an encyclopedia's is only its copy's (U29 S28).
		const news = { ...report, doc: { ...report.doc, short: 'Ostra Times' } };
		const ideas = articleIdeas(news);
		expect(ideas.map((i) => [i.kind, i.prompt, i.answer])).toEqual([
			['role', 'What office did Vera Lund hold in July 2019?', 'Ostran Prime Minister']
		]);
		expect(articleIdeas(report).map((i) => i.kind)).toEqual([]);
		const { article: entry } = madeUpArticle('Varn Acts', [
			'The Varn Acts were four laws passed by the Varn council in 1798 to curb the press of Ostra.',
			'Ostran Prime Minister Vera Lund opposed them. Lund later repealed the acts.'
		]);
		expect(articleIdeas(entry).map((i) => i.kind)).toEqual(['lead']);
	});

	it('never dates an office by the document when the sentence tells a past year (U14 S22)', () => {
		const { article: past } = madeUpArticle('2011 Ostra talks', [
			'The Ostra talks took place in Varn over three days.',
			'A paper described the Ostran Prime Minister, Vera Lund, as having backed the plan.',
			'Lund said the talks would go on, and the council agreed to meet again.'
		]);
		expect(articleIdeas(asNews(past)).filter((i) => i.kind === 'role')).toEqual([]);
		// The same report with no earlier year is news of its date: the office is asked.
		const { article: news } = madeUpArticle('Ostra talks', [
			'The Ostra talks took place in Varn over three days.',
			'A paper described the Ostran Prime Minister, Vera Lund, as having backed the plan.',
			'Lund said the talks would go on, and the council agreed to meet again.'
		]);
		// (A news outlet's: an encyclopedia's copy date dates no office, U29 S28.)
		expect(articleIdeas(asNews(news)).filter((i) => i.kind === 'role')).toHaveLength(1);
		const { article: dated } = madeUpArticle('Ostra talks', [
			'Ostran Prime Minister Vera Lund met the Varn council in 2011 to discuss the border.',
			'Lund said the talks would go on, and the council agreed to meet again in May.'
		]);
		expect(articleIdeas(asNews(dated)).filter((i) => i.kind === 'role')).toEqual([]);
	});

	it('never dates a past office in a text that tells of earlier years, nor a "former" one (U16 S43, S50, U17 S25, S29)', () => {
		// An overview whose lead defines nothing: its body tells of 1970, so its past tense is history.
		const { article: history } = madeUpArticle('History of Ostra', [
			'Ostra became independent from Varn in 1966 after a long campaign.',
			'Citing election irregularities, Prime Minister Vera Lund nullified the elections in Ostra.',
			'Lund ruled by decree until a coup removed her.'
		]);
		expect(articleIdeas(asNews(history)).filter((i) => i.kind === 'role')).toEqual([]);
		const { article: former } = madeUpArticle('Ostra talks', [
			'The council won a majority under former Prime Minister Vera Lund on Monday.',
			'Lund said the talks would go on, and the council agreed to meet again.'
		]);
		expect(articleIdeas(asNews(former)).filter((i) => i.kind === 'role')).toEqual([]);
	});

	it('treats answers that hold one another or end on one noun as one idea', () => {
		expect(sameIdea('vitamin d deficiency', "vitamin d deficiency in the mother's blood")).toBe(
			true
		);
		expect(sameIdea("the creation of koch's postulates", 'a generic set of postulates')).toBe(true);
		expect(sameIdea('1214', 'the concluding battle of the war of 1213 1214')).toBe(false);
		expect(sameIdea('bowed legs', 'vitamin d supplements')).toBe(false);
	});

	it('keeps a statement and a card key that only end on the same word (gen46)', () => {
		const statement = 'in 2011 ostra began building a dam close to the border with velmia';
		expect(sameIdea(statement, 'a vast swamp in south velmia', false)).toBe(false);
		expect(
			sameIdea('the ostra dam began building close to the border with velmia', statement, false)
		).toBe(false);
		expect(sameIdea(statement, 'close to the border with velmia', false)).toBe(true);
	});
});

describe('text without a wiki’s stray markup (blind review U12)', () => {
	it('drops the quotes a dump leaves around italics', () => {
		expect(withoutMarkup("What is ''Velmar ostrana''?")).toBe('What is Velmar ostrana?');
	});
});
