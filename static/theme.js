// Applies the remembered theme override before the app loads, so the page never flashes
// the wrong colours. The app's Settings screen writes the same key.
try {
	var theme = localStorage.getItem('flashpoint:theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (e) {
	// Storage may be blocked; the system theme applies.
}
