import { describe, expect, it } from 'vitest';
import { indexBank } from '$lib/content/bank';
import { fixtures } from './golden.test-helpers';
import { decodeJoinCode, drawQuiz, rebuildQuiz } from './join-code';
import { quizCodeInDigits } from './envelope';
import { qrBits } from './qr';
import {
	decodeQuiz,
	encodeQuiz,
	encodeQuizFull,
	encodeQuizRefs,
	leanQuiz,
	QUIZ_LIMITS
} from './quiz-code';
import { resolveQuiz } from './quiz-resolve';
import { seededRandom } from './random';
import { decodeResult, encodeResult } from './result-code';
import type { Quiz } from './types';
import type { QuizRecipe } from './join-bits';
import type { AttemptLimit } from './attempt-limit';

/**
 * Codes written on 2026-12-01 (before quiz-code.ts and join-code.ts were split into modules by
 * job): a quiz link, join code or result code already printed, projected or sent to a class must
 * open the same quiz after any refactor. If the format changes on purpose, old codes must still
 * decode: add the new codes here, never replace these.
 */
const GOLDEN = {
	/** `encodeQuizFull` of `fixtures().small`: the self-contained form. */
	full:
		'Q1.owScCs1TzY7TMBB-lZHPySoJFLS9oF2JA-K4Ky7VHib2pLHq2tmxs6UgJG6ceABOvEyfhCdhnJZSp' +
		'EosF7SXTGx5xt-fPyqr5up-tB9u1uhcVatCJdm5HXlF2wJuiFuLgN7A2xDDQ5jDhmgFz0D3pFdyWqt5_' +
		'fJy1szqF1VVqKjmi6Z4Pivq2V2hOlktlPWJUSdsHZXGxmFMVDI5TDb4WLaUZKQv0a-QUYqRLbdkNFTeV' +
		'1VdrvW93LP_Xmkd2Fi_hBQg9QTIyWpHBVgPm97qHraEDMaaU-x7OhDt0gMumWhNPoEf1y0x1KDDA3Eea' +
		'qgjr2WaADYyXFqt7xhj4lGnkUmOhoF4gv5K8DRVValioerLS6mHZS6zqdSVuiv86Fyhbn-DBXo_OLQ-C' +
		'gNME4069SfADpLA1STJBOP6IAl0wbmwITPxjBA60MjUjU44Dy6sUW-h3cJrNmH3HYWuNL8bd1_t7ksh_' +
		'OJgE0EiH7P4kIkfnL0QxGeckt03HjKxP9JwoqhgOaNp8H9XszhYdsCX4Wm2bR4YobcxBbY6nxHN9iB_f' +
		'P4WwZGME-4Dh0QxkbkQlRfKcPBURnQUy44teRN7Ozw-aU0puKhDFzPp0_9fvFtpkTuERpLbnagrKWzHL' +
		'VzjlnGVJHi31w1MQCJgl47iAmp5ZCyt2e2I6-yB7n1wYSnPDE9jzTQEPirZZF8yGLUP0mPS1DyNNJ035' +
		'Bio-l8C1fzvQN19-gmPcW0V',
	/** `encodeQuizRefs` of `fixtures().longIds`: bank questions by 48-bit keys. */
	byKey:
		'Q1.pAG0AQ2MyQ6CMBQAf6V55x5eZTFwM8HdmAjiEuMBalmCadlBjP9ujzOZzBdycKHq8umgZIrIgEKrz' +
		'bmrC_GhJBB1nEckki-yV43qlUsGIQpiEJ4JXuiag8vmjjWzmI1IoQH3MaOmRZn1pJDpVYyIDnJDt4XGM' +
		'ZF-vOqOfOsZ6e5q2t2QBFXYvgdvbPxcLo9oB9XmMtX9YlfWYaacu7las_LkZRL5DX5_IrRtmw',
	/** `encodeQuizRefs` of `fixtures().shortIds`: bank questions by id. */
	byId:
		'Q1.iwHTAU3NQQ7CIBAF0KuQWWMClGmVK7isO9MFUhSCKSltNWq8e-miCbuXmT_zf-BBwbj4b-timhkHC' +
		'nOeXJYU7IeS1qab10QPPTnHKb6iIm9rA6mIcdaEnDageHNCgbxmjMIE6iqoRMqxo-DyK8nuGpHLnE15C' +
		'Y_47O1wGLeq3aJwVXg72o2F68JN4SN0_xXuLMdS',
	/** `encodeQuizRefs` of `fixtures().withOwn`: by id, with the teacher's own question in full. */
	own:
		'Q1.kAPHBFWRsW4bMQyGX4XQrAvuLnWNeClSoEPRoUODLoYHncTzCZapMyXl4hYFunXqA3Tqy_hJ-iTl2' +
		'TGCLAIhkj8__vyuvFqpQ_HfPk9U13WjtMry81B4h0cNX5A7b8CQg08xxce4gglxB7dgB7Q7qbZq1SzvF' +
		'u2ieVvXWiW1Wrf6zUI3i41Wg0gtXXPXIs7KT5JcN3qtiq1KtY3BIVWHajkP5YK9CQklvoeMRvT5388_C' +
		'eJEcCiYso_07rlSaSohXB71MCAYzt4GBHwag_GUIA8my4PQ5gHMlhH3SBk6zMJPcE87w5e93mPYsnEIf' +
		'QwhTujgiIZlbg_WMPYlgPNjiHtjj9Ad4QO7ePpr6Nz8tZx--9MvDQ7T6DMKOSUBlfZH5GfPboTacSSsk' +
		'gmYqp49kkuDHyXxkaAV319ZfXEfkt-S4LzQU9l3otpCJBnYI1nUkM_wc5unnk0Sf2wuLJlp8Ha4Is6El' +
		'n03CyYYfMqRvZ1rxLYL59nugCIn648cs5iO7kZtNnJKltup68nmY17jW7X58R_ZeMys',
	/**
	 * `encodeQuizRefs` of `fixtures().reworded` (format 2, 2026-12-02): a reworded bank question
	 * as changes from its original.
	 */
	reworded:
		'Q2.qQHOATWOsQ6CMBCGX6W5SZNiWqAY2JwcXIwSF8IA9ASCoVLERonv7hnidvn_7767GVpIYJja9wmdE' +
		'EIChwcl6WQ7fHF2Rlu2BSt6zQ5mNE-TMIfYsYBVDVYd0RUkchsrX8lICA4jJJnPQ8Wlyjk0pIquWIahi' +
		'onVVGaSQ3qMLvV-Jygyrvdqc9PYL9dnuBMkY04uf8NWFp2xGvUa8k9ORkstLAve8Pv2PwcEfAEX_92f',
	/**
	 * `quizCodeInDigits` of `GOLDEN.own`'s quiz (format 3, quiz44, 2026-12-05): a QR code's
	 * digit form, deflated with `QR_DICTIONARY`.
	 */
	digits:
		'Q3.64179348486067249221696595206919863301906493297981318372162345803874279462065' +
		'08452459471361153666101185517085087395424220680397773951159114195244903299796731' +
		'38573106142657045879019906787557925131094616434189711708386837356161886280614468' +
		'12122281220631317826964523375728039340915576849140052542608289357730441733606428' +
		'13339372036369757368466308786555586864091152836193242492851666604288042951395082' +
		'06230187288227023354316812214136265068893769307497091157008535480390964098513376' +
		'05089435375701623040005681843367741553497597563827442441086546713580323463892118' +
		'60453823743950868681103171464524407060561516578282751126474596883165045057731109' +
		'06725867134476290478537983279951642995873496445410323154221459904241927947984020' +
		'85988389224088226737558973566751462798408556824402983049859944698174863068029533' +
		'77473447996489654887145825714923612755789327039230552431711166666646333489960577' +
		'3142186',
	/**
	 * `quizCodeInDigits` of `GOLDEN.own`'s quiz (format 4, teach50, 2026-12-05): deflated with
	 * `QR_DICTIONARY_4`.
	 */
	digits4:
		'Q4.61083123740662331221697281095789703440146152897495222632525185686789608464430' +
		'93350600090778791882333441198901159700550015546729957778889501619018828285372112' +
		'60510265328616258347127168517509949367020905295043196679715336651737674147771279' +
		'65746612431926388131268417017043333222569860001576753033515177883309256346720843' +
		'24929348725807561596140623944500131250766028498997390459469496966640262744355853' +
		'85271158024642850448613867425976533986286101417427544157080454132239179864111825' +
		'74124289564375381138376693324618628733442795646579629474208530860624284443075480' +
		'68432209502901404620354331864055501387647881181798348864819798964888140406687648' +
		'23715353841980712238450400354707487997248664231303820720538060267988185053648283' +
		'63520534301993275688063052569082366485735157085657641488741998745667323523308029' +
		'8943940767154296986013717519247756036215297797554539203997583',
	/**
	 * `encodeQuiz(leanQuiz(…))` of `fixtures().withOwn` (format 4, teach50, 2026-12-05): a QR
	 * code's lean link, its own question as a `LeanRow`.
	 */
	lean4:
		'Q4.40534376651684051171059992723593810476129499071354653828583541440548008295569' +
		'64044947252371072492562290035994942425538926912057147196830059991417136847742906' +
		'58767172313145989351142431140000889146486049868329460998325797284120794528064512' +
		'00315259056286041763347378436602580135323460201239353044933917608761600379352258' +
		'87643048441544351681345491214445554817070008291885079',
	/** `encodeResult` of `fixtures().result`. */
	result:
		'R2.bHIVyzEKhDAQBdCryK-nmMSEZdPJsq2ljVhoVAhIQDGN4qFsbb2YY_vg7ZjhMKewFZ1XOgchCBTdr' +
		'_-PLGCsUHwptll5X_c5bCItXK1oXdJAqJIPHhTTNMmOmWY2aAg9nFWaMMKpz9dqmxvm4wEj_V6R',
	/** `drawQuiz` of `fixtures().recipeAll` with `seededRandom(7)`: the short form. */
	joinShort: '0BR2F1YCS',
	joinShortIds: [
		'drones-test-relations-relations-between-ankara-and-belgrade-q003-cloze',
		'golden-q2',
		'serbia-turkey-drones-cyprus-relations-between-ankara-and-belgrade-q005-mcq',
		'golden-q7',
		'golden-q1'
	],
	/** `drawQuiz` of `fixtures().recipeFiltered` with `seededRandom(9)`: the filtered form. */
	joinFiltered: '6B80VQ9ZC43H',
	joinFilteredIds: ['golden-q2'],
	/**
	 * `drawQuiz` of `fixtures().recipeAll` with 2 attempts allowed, `seededRandom(7)` (teach49,
	 * 2026-12-05): the short form and its attempt character; the same draw as `joinShort`.
	 */
	joinLimited: '0BR2F1YCG5',
	/** `drawQuiz` of `fixtures().recipeFiltered` with 3 attempts allowed, `seededRandom(9)`. */
	joinFilteredLimited: '6B80VQ9ZC43RN'
};

const f = fixtures();
/** What a student's device makes of a quiz: its questions without the teacher's `from`. */
const withoutFrom = (quiz: Quiz): Quiz => ({
	...quiz,
	questions: quiz.questions.map(({ from: _, ...q }) => q)
});
const bank = indexBank(f.bank);
/** `recipe` with `attempts` allowed (a join code carries the limit since teach49). */
const limited = (recipe: QuizRecipe, attempts: AttemptLimit): QuizRecipe => ({
	...recipe,
	settings: { ...recipe.settings, attempts }
});

describe('golden codes: links made before a change open the same quiz after it', () => {
	it('a self-contained quiz link', () => {
		const decoded = decodeQuiz(GOLDEN.full);
		expect(decoded.ok && resolveQuiz(decoded.value, null)).toEqual({ ok: true, value: f.small });
	});

	it('quiz links by reference: by key, by id, and with the teacher’s own questions', () => {
		for (const [code, quiz] of [
			[GOLDEN.byKey, f.longIds],
			[GOLDEN.byId, f.shortIds],
			[GOLDEN.own, f.withOwn],
			[GOLDEN.reworded, withoutFrom(f.reworded)],
			[GOLDEN.digits, f.withOwn],
			[GOLDEN.digits4, f.withOwn]
		] as const) {
			const decoded = decodeQuiz(code);
			expect(decoded.ok && resolveQuiz(decoded.value, bank)).toEqual({ ok: true, value: quiz });
		}
	});

	it('a lean QR code (format 4): the same questions as the lean quiz it was made of', () => {
		const decoded = decodeQuiz(GOLDEN.lean4);
		const lean = leanQuiz(f.withOwn);
		expect(decoded.ok && resolveQuiz(decoded.value, bank)).toEqual({
			ok: true,
			value: { ...lean, questions: lean.questions.map(({ from: _, ...q }) => q) }
		});
	});

	it('a result code', () => {
		expect(decodeResult(GOLDEN.result)).toEqual({ ok: true, value: f.result });
	});

	it('join codes, short and filtered, without and with an attempt limit', () => {
		for (const [code, recipe, ids] of [
			[GOLDEN.joinShort, f.recipeAll, GOLDEN.joinShortIds],
			[GOLDEN.joinFiltered, f.recipeFiltered, GOLDEN.joinFilteredIds],
			[GOLDEN.joinLimited, limited(f.recipeAll, 2), GOLDEN.joinShortIds],
			[GOLDEN.joinFilteredLimited, limited(f.recipeFiltered, 3), GOLDEN.joinFilteredIds]
		] as const) {
			const decoded = decodeJoinCode(code, f.bank);
			expect(decoded.ok && decoded.value.recipe).toEqual({ ...recipe, docs: [...recipe.docs] });
			const rebuilt = rebuildQuiz(code, f.bank);
			expect(rebuilt.ok && rebuilt.value.settings).toEqual(recipe.settings);
			expect(rebuilt.ok && rebuilt.value.questions.map((q) => q.id)).toEqual(ids);
		}
	});
});

describe('golden codes: the same quiz still makes the same code', () => {
	it('quiz links and result codes', () => {
		expect(encodeQuizFull(f.small)).toBe(GOLDEN.full);
		// The full form is chosen while it fits the budget (a readable QR code's, `INLINE_BUDGET_CHARS`).
		expect(encodeQuiz(f.small, GOLDEN.full.length)).toBe(GOLDEN.full);
		expect(encodeQuizRefs(f.longIds)).toBe(GOLDEN.byKey);
		expect(encodeQuizRefs(f.shortIds)).toBe(GOLDEN.byId);
		expect(encodeQuizRefs(f.withOwn)).toBe(GOLDEN.own);
		expect(encodeQuizRefs(f.reworded)).toBe(GOLDEN.reworded);
		expect(quizCodeInDigits(encodeQuizRefs(f.withOwn), QUIZ_LIMITS)).toBe(GOLDEN.digits4);
		expect(encodeQuiz(leanQuiz(f.withOwn))).toBe(GOLDEN.lean4);
		// A code in digits (fewer bits in a QR code) is a format-2 payload: 887 characters here
		// against 547 in base64url, but 3,009 bits of QR data against 4,396 (-32%); format 4's
		// dictionary, 2,922 bits.
		expect(qrBits(GOLDEN.digits)).toBeLessThan(qrBits(GOLDEN.own));
		expect(qrBits(GOLDEN.digits4)).toBeLessThan(qrBits(GOLDEN.digits));
		expect(encodeResult(f.result)).toBe(GOLDEN.result);
	});

	it('join codes', () => {
		const never = () => false;
		const id = () => 'unused';
		expect(drawQuiz(f.bank, f.recipeAll, never, id, seededRandom(7)).joinCode).toBe(
			GOLDEN.joinShort
		);
		expect(drawQuiz(f.bank, f.recipeFiltered, never, id, seededRandom(9)).joinCode).toBe(
			GOLDEN.joinFiltered
		);
		expect(drawQuiz(f.bank, limited(f.recipeAll, 2), never, id, seededRandom(7)).joinCode).toBe(
			GOLDEN.joinLimited
		);
		expect(
			drawQuiz(f.bank, limited(f.recipeFiltered, 3), never, id, seededRandom(9)).joinCode
		).toBe(GOLDEN.joinFilteredLimited);
	});
});
