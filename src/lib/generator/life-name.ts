import { escapeRegExp } from '$lib/text/regexp-literal';
import type { ArticleView } from './ideas';
import { isLife } from './idea-milestone';
import { subjectSurface } from './idea-name';

/*
 * The subject of a document that is a life ("Marie Curie" of a biography), as questions name
 * it, found once per article. Moved unchanged from `idea-deed.ts` (the deed kind, the where and
 * when kinds all ask it).
 */

/** Each article's life name, found once (every sentence of it asks). */
const LIFE = new WeakMap<ArticleView, { name?: string }>();

/** A life's subject as a question names it, when the document is a life. */
export function lifeName(article: ArticleView): string | undefined {
	const known = LIFE.get(article);
	if (known) return known.name;
	const name = findLifeName(article);
	LIFE.set(article, { name });
	return name;
}

function findLifeName(article: ArticleView): string | undefined {
	const ref = article.ref;
	if (ref && ref.pronoun !== 'it') return ref.name;
	const name = subjectSurface(article);
	if (!name) return undefined;
	// "Alexander von Humboldt was born in Berlin …" opening a page whose title has a subtitle;
	// "Anna Korvel (1850–1920) was …": life years after the name.
	const lifeYears = new RegExp(
		String.raw`^${escapeRegExp(name)}\s+\((?:c\.\s*)?\d{3,4}\s*[–-]\s*\d{3,4}\)`,
		'u'
	);
	const born = article.sentences
		.slice(0, 3)
		.some(
			(s) =>
				s.text.startsWith(`${name} was born `) ||
				s.text.startsWith(`${name} (born `) ||
				lifeYears.test(s.text)
		);
	return isLife(article) || born ? name : undefined;
}
