import type { SourceFile } from '../content/sources';
import { articleViews, type ArticleView, type Idea } from './ideas';
import { buildLexicon, type Lexicon } from './facts';
import { salienceOf } from './salience';
import { sentencesOf } from './text';

/**
 * A made-up article as the idea kinds see it: `blocks` are paragraphs, or headings when they
 * start with "# ". Dated 2019-07; `title` is the document's title; `emphasis` the terms its file
 * bolded (`SourceFile.emphasis`).
 */
export function madeUpArticle(
	title: string,
	blocks: string[],
	emphasis?: string[]
): { article: ArticleView; lexicon: Lexicon; source: SourceFile } {
	const source: SourceFile = {
		document: { id: 'm', title, outlet: 'Encyclopedia', date: '2019-07', dateApproximate: false },
		short: 'Encyclopedia',
		...(emphasis && { emphasis }),
		blocks: blocks.map((text) =>
			text.startsWith('# ')
				? { kind: 'heading' as const, text: text.slice(2) }
				: { kind: 'paragraph' as const, text }
		)
	};
	const sentences = sentencesOf('m', source.blocks);
	const lexicon = buildLexicon(sentences);
	lexicon.salience = salienceOf([source], (w) => lexicon.commonWords.has(w.toLowerCase()));
	const doc = {
		id: 'm',
		short: 'Encyclopedia',
		year: '2019',
		asOf: 'July 2019',
		years: new Set(blocks.flatMap((b) => b.match(/\b(?:1\d|20)\d\d\b/g) ?? []))
	};
	const [article] = articleViews([source], sentences, lexicon, new Map([['m', doc]]));
	return { article, lexicon, source };
}

/** A card of one made-up sentence (`text`, the prompt itself by default), for rules that read only the card. */
export function sentenceCard(
	prompt: string,
	answer: string,
	text: string = prompt,
	type: Idea['type'] = 'flashcard'
): Idea {
	return {
		kind: 'lead',
		sentence: { doc: 'm', index: 0, section: '', text },
		type,
		prompt,
		answer,
		start: 0,
		weight: 1
	};
}
