import { sourceOrigin } from '$lib/content/source-link';
import type { IconName } from './icons';

export interface NavItem {
	href: string;
	label: string;
	icon: IconName;
	/** Shown in the phone's bottom bar; the rest sit behind "More". */
	primary: boolean;
	/** The label on phones narrower than 360 px, where the long one would be cut ("Classro…"). */
	short?: string;
	/**
	 * A primary item that moves under "More" when the bottom bar has no room for five tabs (large
	 * text on a small phone: at 200% text on a 320 px phone every label was cut, issue 14).
	 */
	yields?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
	{ href: '/', label: 'Home', icon: 'home', primary: true },
	{ href: '/study', label: 'Study', icon: 'study', primary: true },
	{ href: '/quiz', label: 'Quiz', icon: 'quiz', primary: true },
	{
		href: '/classroom',
		label: 'Classroom',
		icon: 'classroom',
		primary: true,
		short: 'Class',
		yields: true
	},
	{ href: '/courses', label: 'Courses', icon: 'courses', primary: false },
	{ href: '/stats', label: 'Stats', icon: 'stats', primary: false },
	{ href: '/sources', label: 'Sources', icon: 'sources', primary: false },
	{ href: '/questions', label: 'Questions', icon: 'quiz', primary: false },
	{ href: '/settings', label: 'Settings', icon: 'settings', primary: false }
];

/** Whether a nav item is the current screen (a screen's sub-pages count as the screen). */
export function isCurrent(item: NavItem, pathname: string): boolean {
	if (item.href === '/') return pathname === '/';
	return pathname === item.href || pathname.startsWith(`${item.href}/`);
}

/**
 * The path the nav marks as current: a source passage opened from a screen's "Read the source
 * passage" link (`from=study`, …) still belongs to that screen, as a student reading the passage
 * behind an answer is still studying.
 */
export function navPath(url: URL): string {
	const from = url.pathname.startsWith('/sources/') ? sourceOrigin(url) : null;
	return from ? `/${from}` : url.pathname;
}
