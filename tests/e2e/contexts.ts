import type { Browser, BrowserContext, BrowserContextOptions, TestInfo } from '@playwright/test';

/** The settings a context takes from a project's `use` (playwright.config.ts). */
const DEVICE_KEYS = [
	'viewport',
	'screen',
	'isMobile',
	'hasTouch',
	'userAgent',
	'deviceScaleFactor',
	'locale',
	'timezoneId',
	'colorScheme',
	'reducedMotion',
	'baseURL',
	'serviceWorkers'
] as const satisfies readonly (keyof BrowserContextOptions)[];

/**
 * The context options of a project's device (`project`: the running test's by default): its
 * viewport, touch, user agent, scale, locale, zone, baseURL and service-worker setting. For a
 * context `newDeviceContext` cannot open (a persistent profile: install.spec).
 */
export function deviceOptions(
	testInfo: TestInfo,
	project?: 'phone' | 'desktop'
): BrowserContextOptions {
	const use = project
		? testInfo.config.projects.find((p) => p.name === project)?.use
		: testInfo.project.use;
	if (!use) throw new Error(`No project named ${project} in playwright.config.ts`);
	const options: BrowserContextOptions = {};
	for (const key of DEVICE_KEYS) {
		if (use[key] !== undefined) Object.assign(options, { [key]: use[key] });
	}
	// Another project's baseURL is the same server; the running one's when that has none.
	options.baseURL ??= testInfo.project.use.baseURL;
	return options;
}

/**
 * A new browser context set up as a project's devices are: `browser.newContext()` alone starts
 * a 1280×720 desktop without touch whatever the project, so a "phone" student in a second
 * context was checked at desktop size (issue 14). `project` names the device to be: the running
 * test's project by default, or `'phone'` / `'desktop'` for a second person on the other kind
 * of device (the student's phone in a teacher's @desktop test). `extra` adds or overrides
 * options (permissions, `serviceWorkers: 'allow'`). A file's `test.use` overrides are not seen
 * here (Playwright keeps them in fixtures): pass them in `extra`. The caller closes the context.
 */
export async function newDeviceContext(
	browser: Browser,
	testInfo: TestInfo,
	{ project, ...extra }: BrowserContextOptions & { project?: 'phone' | 'desktop' } = {}
): Promise<BrowserContext> {
	return browser.newContext({ ...deviceOptions(testInfo, project), ...extra });
}
