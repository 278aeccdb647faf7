import { describe, expect, it, vi } from 'vitest';
import { whenClosed } from './dialog-close';

/** A close event as the dialog dispatches it: `currentTarget` is the dialog. */
const closeEvent = (open: boolean) => ({ currentTarget: { open } }) as unknown as Event;

describe('whenClosed', () => {
	it('runs the handler when the dialog is closed', () => {
		const handler = vi.fn();
		whenClosed(handler)(closeEvent(false));
		expect(handler).toHaveBeenCalledOnce();
	});

	it('ignores a late close event that arrives after the dialog was opened again', () => {
		const handler = vi.fn();
		whenClosed(handler)(closeEvent(true));
		expect(handler).not.toHaveBeenCalled();
	});
});
