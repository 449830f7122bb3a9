import { defineConfig } from '@playwright/test';

/**
 * Every browser check runs against production builds, served as a static host would (scripts/serve.ts):
 * - site:      dist/, the real handbook (built by `npm run build`);
 * - fixture:   a minimal site with a retired rule (`npm run build:fixture`);
 * - base-path: the real handbook built under /handbook/ (`npm run build:base`), for the smoke tests.
 */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

const servers = [
  { dir: 'dist', port: 4399, base: '/' },
  { dir: 'tests/fixtures/.tmp/minimal-dist', port: 4398, base: '/' },
  { dir: 'tests/fixtures/.tmp/base-path-dist', port: 4397, base: '/handbook/' },
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  // A first search compiles Pagefind's wasm and loads its index; with axe busy in the other worker that
  // has taken over 5 s (Playwright's default) on these 2-core machines.
  expect: { timeout: 15_000 },
  use: { launchOptions: chromium },
  projects: [
    { name: 'site', testIgnore: /fixture\.spec\.ts/, use: { baseURL: `http://localhost:4399/` } },
    { name: 'fixture', testMatch: /fixture\.spec\.ts/, use: { baseURL: `http://localhost:4398/` } },
    {
      name: 'base-path',
      testMatch: /(navigation|search|citations)\.spec\.ts/,
      use: { baseURL: `http://localhost:4397/handbook/` },
    },
  ],
  webServer: servers.map(({ dir, port, base }) => ({
    command: `node scripts/serve.ts ${dir} ${port} ${base}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});
