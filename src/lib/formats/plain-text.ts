import { NAMED_ENTITIES } from './html-entities';

/** Where a block element started or ended (`htmlToText`): a noncharacter, never a field's own. */
const BLOCK = '\uFDD0';

/**
 * HTML's element names (HTML 4 and 5, with the old presentational ones tools still write). A
 * tag of another name is text a person typed: Moodle writes "&lt;north&gt;" for the words
 * "<north>", and a field that also holds HTML is read as HTML, so "<north>" vanished (outsider
 * teacher, issue 14).
 */
const HTML_ELEMENTS = new Set(
	(
		'a abbr acronym address area article aside audio b base basefont bdi bdo big blink ' +
		'blockquote body br button canvas caption center cite code col colgroup data datalist dd del ' +
		'details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame ' +
		'frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label ' +
		'legend li link main map mark marquee math menu meta meter nav nobr noscript object ol ' +
		'optgroup option output p param picture pre progress q rp rt ruby s samp script search ' +
		'section select slot small source span strike strong style sub summary sup svg table tbody ' +
		'td template textarea tfoot th thead time title tr track tt u ul var video wbr'
	).split(' ')
);

/** An opening or closing tag and its name (`<b>`, `</span>`, `<img src="…">`, `<o:p>`). */
const TAG = /<\/?([a-z][a-z0-9:-]*)(?:\s[^>]*)?\/?>/gi;

/**
 * Whether a tag of this name is markup to drop: an HTML element, or a name no person types as
 * text (Word's namespaced `<o:p>`, a custom element's `<my-widget>`).
 */
function isMarkup(name: string): boolean {
	return HTML_ELEMENTS.has(name.toLowerCase()) || /[:-]/.test(name);
}

/**
 * Fields from other tools often hold HTML (Anki, Moodle). Flashpoint never renders it: this turns
 * it into plain text (tags dropped, line breaks kept, entities decoded) without a DOM, so it runs
 * in a worker and in tests. As a browser shows it, a line break in the source is a space, `<br>`
 * is a line break, and so is where a block (`<div>`, `<p>`,
 * `<li>`…) starts or ends; screens show them with `white-space: pre-line` (`.field-text`). A
 * `<script>` or `<style>` element is dropped with its content. Only HTML's own tags are dropped
 * (`isMarkup`): "<north>" in a field is the text a person wrote.
 */
export function htmlToText(html: string): string {
	return decodeEntities(
		html
			.replace(/\uFDD0/g, '')
			.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
			.replace(/<!--[\s\S]*?-->/g, '')
			// In HTML a line break in the source is a space; only tags break lines.
			.replace(/\s+/g, ' ')
			.replace(/<br\s*\/?>/gi, '\n')
			// A block's start or end is a line break, one however many blocks meet there: Anki
			// writes a second line as "line 1<div>line 2</div>" (outsider, issue 12: it read
			// "line 1line 2"). Marked first, so entities decoded to "<div>" stay text.
			.replace(/<\/?(?:p|div|li|ul|ol|h[1-6]|tr|blockquote|pre)\b[^>]*>/gi, BLOCK)
			.replace(/<[!?][^>]*>/g, '')
			.replace(TAG, (tag, name: string) => (isMarkup(name) ? '' : tag))
	)
		.replace(/\s*\uFDD0[\s\uFDD0]*/g, '\n')
		.replace(/[ \t\u00a0]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * Decodes every numeric entity and HTML 4's named ones (`html-entities.ts`: `&eacute;`,
 * `&nbsp;`, `&euro;`…; a teacher's French or German text came in with `&eacute;` shown raw),
 * once: `&amp;lt;` is the text `&lt;`. A name is matched as written, then in lower case
 * (`&AMP;`); an unknown one stays as written, so no text is lost.
 */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return Number.isInteger(code) &&
				code > 0 &&
				code <= 0x10ffff &&
				(code < 0xd800 || code > 0xdfff)
				? String.fromCodePoint(code)
				: whole;
		}
		return NAMED_ENTITIES.get(name) ?? NAMED_ENTITIES.get(name.toLowerCase()) ?? whole;
	});
}

/**
 * True when a field looks like HTML rather than text that merely contains `<` (as in
 * "x < 3" or "<in 2023>"): it has a common HTML tag or an entity.
 */
export function looksLikeHtml(text: string): boolean {
	return (
		/<\/?(p|br|b|i|u|em|strong|span|div|ul|ol|li|a|img|sub|sup|table|tr|td|th|h[1-6]|font|script|style|hr|code|pre|blockquote)\b[^>]*>/i.test(
			text
		) || /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text)
	);
}

/**
 * A field from a file as plain text: `html` true (Anki's `#html:true`, Moodle XML's
 * `format="html"`, GIFT's `[html]`) always through `htmlToText`; `'auto'` (a format with no HTML
 * flag: a CSV or Quizlet export, Aiken, GIFT's default Moodle auto-format, an `.apkg`-less Anki
 * text) only when the field `looksLikeHtml`, so "x < 3" stays as written; `false` as written.
 * Every reader that can carry HTML takes its text through here: one rule for every format.
 * Returns the text trimmed.
 */
export function fieldText(raw: string, html: boolean | 'auto'): string {
	return html === true || (html === 'auto' && looksLikeHtml(raw)) ? htmlToText(raw) : raw.trim();
}
