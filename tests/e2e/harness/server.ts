/**
 * A local web server for the end-to-end tests: serves the fixture corpus and the test's own pages on
 * 127.0.0.1 at a random port. Pages can be wrapped in hostile conditions (see hostile.ts) by path:
 *   /pages/<name>.html                 a fixture page of the corpus (tests/fixtures/pages)
 *   /e2e/<name>.html                   a page of the end-to-end suite (tests/e2e/pages)
 *   /spa/<anything>                    the single-page site (tests/e2e/pages/spa.html)
 *   /hostile/<condition>/<name>.html   an end-to-end page with a hostile condition applied
 * Tests can also register in-memory pages with `server.page(path, html)`.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { E2E_PAGES, FIXTURES } from './paths';
import { applyHostile, hostileHeaders, type HostileCondition, HOSTILE_CONDITIONS } from './hostile';

export interface TestServer {
  base: string;
  /** Register an in-memory page. */
  page(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      const registered = pages.get(url.pathname);
      if (registered) return send(res, 200, registered.html, registered.headers);
      const hostile = /^\/hostile\/([a-z-]+)\/(.+\.html)$/.exec(url.pathname);
      if (hostile && HOSTILE_CONDITIONS.includes(hostile[1] as HostileCondition)) {
        const condition = hostile[1] as HostileCondition;
        const html = await readUnder(E2E_PAGES, hostile[2]!);
        return send(res, 200, applyHostile(html, condition), hostileHeaders(condition));
      }
      if (url.pathname.startsWith('/pages/')) return send(res, 200, await readUnder(FIXTURES, url.pathname.slice(1)));
      if (url.pathname.startsWith('/e2e/')) return send(res, 200, await readUnder(E2E_PAGES, url.pathname.slice(5)));
      if (url.pathname.startsWith('/spa/')) return send(res, 200, await readUnder(E2E_PAGES, 'spa.html'));
      send(res, 404, 'not found');
    } catch {
      send(res, 404, 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    page(path, html, headers = {}) {
      pages.set(path, { html, headers });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function readUnder(dir: string, relative: string): Promise<string> {
  const path = normalize(join(dir, decodeURIComponent(relative)));
  if (!path.startsWith(dir)) throw new Error(`outside ${dir}: ${relative}`);
  return readFile(path, 'utf8');
}

function send(res: import('node:http').ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}
