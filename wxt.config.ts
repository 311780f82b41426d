import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency is imported explicitly (STYLE.md habit 12).
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Silk Lens',
    description:
      'Finds Central Asian officials, countries, regions, organisations and events on any page and shows dated, sourced facts. Page text never leaves your machine.',
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    // Asked for at subscribe time, per feed origin (never at install).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'silklens@silklens.invalid', strict_min_version: '128.0' } } }
      : // Chrome reads enterprise policy for storage.managed against this schema
        // (docs/deployment.md); Firefox warns about the key and needs no schema.
        { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
