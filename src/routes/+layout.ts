// Every screen is prerendered as a static shell; data lives on the device and loads in the browser.
export const prerender = true;
export const trailingSlash = 'never';
