import { describe, expect, it } from 'vitest';
import { decodeEntities, fieldText, htmlToText } from './plain-text';
import { readAnkiText } from './anki-text';
import { readGift } from './gift';
import { readTwoColumn } from './two-column';
import { guessMapping, readTable, tableToQuestions } from './table';
import { readAiken } from './aiken';
import { readMoodleXml } from './moodle-xml';

/**
 * Outsider teacher: an Anki text export with `#html:true` showed `&amp;`, `&nbsp;` and
 * `&lt;b&gt;` raw. The kind: every format that can carry HTML decodes entities and drops tags,
 * as text (made-up fixtures in each tool's shape).
 */
describe('decodeEntities', () => {
	it('decodes HTML 4 names (Latin-1, symbols, Greek), case-sensitively, and numbers', () => {
		expect(
			decodeEntities('caf&eacute; &Eacute;cole &uuml;ber 20&nbsp;&euro; 5&deg; &frac12;')
		).toBe('café École über 20\u00a0€ 5° ½');
		expect(decodeEntities('&alpha;&Omega; &times; &AMP; &#233; &#xE9;')).toBe('αΩ × & é é');
	});

	it('decodes once (double-escaped text keeps one level) and leaves unknown names', () => {
		expect(decodeEntities('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
		expect(decodeEntities('&notaname; &#xD800; AT&T')).toBe('&notaname; &#xD800; AT&T');
	});
});

describe('fieldText', () => {
	it('reads HTML when told, or when a field looks like it under auto', () => {
		expect(fieldText('<b>Rock</b> &amp; roll', 'auto')).toBe('Rock & roll');
		expect(fieldText(' x < 3 and y > 2 ', 'auto')).toBe('x < 3 and y > 2');
		expect(fieldText('a &amp; b', false)).toBe('a &amp; b');
		expect(fieldText('a<br>b', true)).toBe('a\nb');
	});

	it('shows an escaped tag as the text it is, never as markup', () => {
		// In HTML `&lt;b&gt;` is the text "<b>" a person typed (Anki shows it so).
		expect(htmlToText('What does &lt;b&gt; do?')).toBe('What does <b> do?');
	});
});

// Outsider, issue 12: an Anki card's "<br>" became a space, and "line 1<div>line 2</div>" ran together.
describe('line breaks in HTML fields', () => {
	it('keeps <br>, <div>, <p> and <li> as line breaks, one where blocks meet', () => {
		expect(htmlToText('line 1<br>line 2<br/>line 3')).toBe('line 1\nline 2\nline 3');
		expect(htmlToText('line 1<div>line 2</div><div>line 3</div>')).toBe('line 1\nline 2\nline 3');
		expect(htmlToText('<p>One.</p>\n<p>Two.</p>')).toBe('One.\nTwo.');
		expect(htmlToText('<ul><li>a</li><li>b</li></ul>after')).toBe('a\nb\nafter');
		expect(htmlToText('a<br><br>b')).toBe('a\n\nb');
	});

	it('reads a line break in the HTML source as a space, as a browser shows it', () => {
		expect(htmlToText('Capital of\n  <b>Kosovo</b>?')).toBe('Capital of Kosovo?');
		// An escaped tag stays text, never a line break.
		expect(htmlToText('&lt;div&gt;x&lt;/div&gt;')).toBe('<div>x</div>');
	});

	it('keeps them through Anki text, GIFT [html] and Moodle XML', () => {
		const anki = readAnkiText('#separator:tab\n#html:true\nFirst<br>second\tOne<div>two</div>\n');
		expect(anki.questions[0]).toMatchObject({ prompt: 'First\nsecond', answer: 'One\ntwo' });
		const gift = readGift('::Q1::[html]First<br>second{=One}');
		expect(gift.questions[0].prompt).toBe('First\nsecond');
		// A GIFT question written over two lines is one line of text, as before.
		expect(readGift('First\nsecond {=One}').questions[0].prompt).toBe('First second');
		const xml = `<?xml version="1.0"?><quiz><question type="shortanswer"><name><text>Q</text></name>
<questiontext format="html"><text><![CDATA[<p>First</p><p>second</p>]]></text></questiontext>
<answer fraction="100"><text>One</text></answer></question></quiz>`;
		expect(readMoodleXml(xml).questions[0].prompt).toBe('First\nsecond');
	});
});

describe('every importer that can carry HTML reads it as text', () => {
	const want = { prompt: 'Rock & roll in Köln?', answer: 'Tom Jones' };

	it('Anki text with #html:true', () => {
		const { questions } = readAnkiText(
			'#separator:tab\n#html:true\n<div>Rock &amp; roll in K&ouml;ln?</div>\tTom&nbsp;Jones\n'
		);
		expect(questions[0]).toMatchObject(want);
	});

	it('a Quizlet export (two columns)', () => {
		const { questions } = readTwoColumn('Rock &amp; roll in K&ouml;ln?\tTom&nbsp;Jones<br>\n');
		expect(questions[0]).toMatchObject(want);
	});

	it('a CSV sheet', () => {
		const table = readTable(
			'Question,Answer\n"<p>Rock &amp; roll in K&ouml;ln?</p>",<b>Tom&nbsp;Jones</b>\n'
		);
		const { questions } = tableToQuestions(table, guessMapping(table));
		expect(questions[0]).toMatchObject(want);
	});

	it('Aiken', () => {
		const { questions } = readAiken(
			'Rock &amp; roll in K&ouml;ln?\nA. Tom&nbsp;Jones\nB. <b>Bob</b>\nANSWER: A\n'
		);
		expect(questions[0]).toMatchObject({ ...want, choices: ['Tom Jones', 'Bob'] });
	});

	it('GIFT: [html] text, its answers and feedback, and untagged (Moodle auto-format) text', () => {
		const html = readGift(
			'::Q1::[html]<p>Rock &amp; roll in K&ouml;ln?</p>{=Tom&nbsp;Jones#<i>Right</i> ~<b>Bob</b>}'
		).questions[0];
		expect(html).toMatchObject({ ...want, choices: ['Tom Jones', 'Bob'] });
		const auto = readGift('::Q2::Rock &amp; roll in K&ouml;ln?{=Tom&nbsp;Jones ~Bob}').questions[0];
		expect(auto).toMatchObject(want);
		// [plain] is as written.
		const plain = readGift('::Q3::[plain]a &amp; b?{=c ~d}').questions[0];
		expect(plain.prompt).toBe('a &amp; b?');
	});

	it('Moodle XML with format="html"', () => {
		const xml = `<?xml version="1.0"?><quiz><question type="shortanswer"><name><text>Q</text></name>
<questiontext format="html"><text><![CDATA[<p>Rock &amp; roll in K&ouml;ln?</p>]]></text></questiontext>
<answer fraction="100" format="html"><text>Tom&amp;nbsp;Jones</text></answer></question></quiz>`;
		expect(readMoodleXml(xml).questions[0]).toMatchObject(want);
	});
});

// Outsider teacher, issue 14: "<north>" in a field read as HTML is text, not an unknown tag.
describe('htmlToText keeps a tag-shaped word that is not HTML', () => {
	it('drops HTML tags, Word namespaced and custom elements, and keeps the rest as written', () => {
		expect(htmlToText('The <b>bora</b> blows from the <north>.')).toBe(
			'The bora blows from the <north>.'
		);
		expect(htmlToText('<P>x<o:p></o:p> <my-box>y</my-box><IMG SRC="a.png"/></P>')).toBe('x y');
		expect(htmlToText('<!DOCTYPE html><?xml version="1.0"?>a <in 2023> b')).toBe('a <in 2023> b');
	});
});
