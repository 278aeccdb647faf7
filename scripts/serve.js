// Serves a production build (default: ./build) as the installed app would be served:
// static files, the SPA fallback for unknown paths, and no caching of the version file.
// Usage: node scripts/serve.js [--port 4173] [--host 127.0.0.1] [--dir build]
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
		dir: { type: 'string', default: 'build' }
	}
});

const dir = resolve(values.dir);
if (!existsSync(resolve(dir, '200.html'))) {
	console.error(`No build found in ${dir}. Run \`npm run build\` first (\`npm start\` does both).`);
	process.exit(1);
}

const serveStatic = sirv(dir, {
	single: '200.html',
	etag: true,
	// The build ships .br/.gz copies (adapter-static `precompress`); send them when accepted.
	brotli: true,
	gzip: true,
	setHeaders(res, pathname) {
		if (pathname.startsWith('/_app/immutable/')) {
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		} else {
			// The shell, the service worker and version.json must be revalidated on every load,
			// or a new release would never be noticed.
			res.setHeader('Cache-Control', 'no-cache');
		}
		if (pathname.endsWith('.webmanifest'))
			res.setHeader('Content-Type', 'application/manifest+json');
		res.setHeader('X-Content-Type-Options', 'nosniff');
		res.setHeader('Referrer-Policy', 'no-referrer');
		// No other site may frame the app (Settings has Reset): a <meta> CSP cannot say this,
		// so it must come as headers. X-Frame-Options is for browsers without CSP level 2.
		res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
		res.setHeader('X-Frame-Options', 'DENY');
	}
});

const server = createServer((req, res) => serveStatic(req, res));
server.listen(Number(values.port), values.host, () => {
	console.log(
		`Flashpoint is running at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}/`
	);
	console.log('Press Ctrl+C to stop.');
});
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.close(() => process.exit(0)));
