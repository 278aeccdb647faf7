/**
 * Stroke icons on a 24-unit grid, drawn for this app (no icon font, no outside requests): one
 * SVG path per name, for `Icon.svelte`. Plain TypeScript so that `.ts` modules (nav) can name an
 * icon without importing a component.
 */
export const ICON_PATHS = {
	home: 'M3 10.5 12 3l9 7.5V20a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z',
	study:
		'M4 5.5A2.5 2.5 0 0 1 6.5 3H20v15H6.5A2.5 2.5 0 0 0 4 20.5zM4 20.5A2.5 2.5 0 0 0 6.5 23H20v-5M9 8h7M9 12h5',
	quiz: 'M9.1 9a3 3 0 1 1 4.2 2.7c-.8.4-1.3 1.1-1.3 2V15M12 19h.01M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20z',
	classroom: 'M3 4h18v11H3zM8 21l4-6 4 6M7 8h6M7 11h10',
	stats: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
	sources: 'M6 2h9l5 5v15H6zM14 2v6h6M9 13h8M9 17h8',
	settings:
		'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z',
	more: 'M5 12h.01M12 12h.01M19 12h.01',
	bolt: 'M13 2 4 14h7l-1 8 9-12h-7z',
	check: 'M20 6 9 17l-5-5',
	cross: 'M18 6 6 18M6 6l12 12',
	offline:
		'M2 2l20 20M8.5 16.5a5 5 0 0 1 7 0M5 12.9a10 10 0 0 1 5.2-2.8M19 12.9a10 10 0 0 0-2.2-1.6M12 20h.01',
	undo: 'M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3',
	download: 'M12 3v12M7 10l5 5 5-5M4 21h16',
	upload: 'M12 21V9M7 14l5-5 5 5M4 3h16',
	clock: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zM12 6v6l4 2',
	flame: 'M12 22a7 7 0 0 0 7-7c0-4-3-6-4-10-2 2-3 4-3 6-1-1-2-2-2-4-2 2-5 5-5 8a7 7 0 0 0 7 7z',
	qr: 'M3 3h7v7H3zM14 3h7v7h-7zM3 14h7v7H3zM14 14h3v3h-3zM20 14v.01M14 20h.01M17 17h4v4h-4',
	camera: 'M3 7h4l2-3h6l2 3h4v13H3zM12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z',
	external: 'M14 3h7v7M10 14 21 3M19 14v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1h6',
	copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
	plus: 'M12 5v14M5 12h14',
	arrowLeft: 'M19 12H5M12 19l-7-7 7-7',
	arrowRight: 'M5 12h14M12 5l7 7-7 7',
	projector: 'M2 4h20v12H2zM8 20h8M12 16v4',
	trash: 'M3 6h18M8 6V4h8v2M6 6l1 15h10l1-15',
	courses: 'M12 3 2 8l10 5 10-5zM2 13l10 5 10-5M2 18l10 5 10-5'
} as const;

/** The name of one of the app's icons. */
export type IconName = keyof typeof ICON_PATHS;
