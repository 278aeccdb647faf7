import { describe, expect, it } from 'vitest';
import { focusFirstInvalid } from './focus-invalid';

describe('focusFirstInvalid', () => {
	it('focuses the first field marked invalid, else the fallback, else nothing', async () => {
		document.body.innerHTML = `
			<form id="f"><input id="ok" /><input id="bad" aria-invalid="true" />
			<input id="bad2" aria-invalid="true" /><p id="msg" tabindex="-1">Fix it</p>
			<button id="go">Go</button></form>`;
		document.getElementById('go')!.focus();
		await focusFirstInvalid(document.getElementById('f'));
		expect(document.activeElement?.id).toBe('bad');

		for (const id of ['bad', 'bad2']) document.getElementById(id)!.removeAttribute('aria-invalid');
		document.getElementById('go')!.focus();
		await focusFirstInvalid(document.getElementById('f'), '#msg');
		expect(document.activeElement?.id).toBe('msg');

		document.getElementById('go')!.focus();
		await focusFirstInvalid(document.getElementById('f'));
		expect(document.activeElement?.id).toBe('go');
	});
});
