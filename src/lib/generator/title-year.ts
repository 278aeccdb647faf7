import type { ArticleView, Idea } from './ideas';

/**
 * True when a card asks a year that the document's own title gives: "The Olympic Games of
 * 1896" asked "… the Games were held in Athens in ____" (blind check H22 S62, two of three:
 * the title the student holds answers it), "The Siege of Vienna, 1683" asked its year (H20
 * S130). Only a key that is the year alone or a date ending in it. Pure.
 */
export function titleGivesYear(idea: Idea, article: ArticleView): boolean {
	const year = /^(?:.*\D)?(1\d{3}|20\d{2})$/u.exec(idea.answer.trim())?.[1];
	if (!year || idea.type === 'truefalse' || idea.type === 'flashcard') return false;
	const titles = [article.doc.title ?? '', article.title];
	return titles.some((title) => new RegExp(`(?<!\\d)${year}(?!\\d)`, 'u').test(title));
}
