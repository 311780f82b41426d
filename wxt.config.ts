import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency is imported explicitly (STYLE.md habit 12).
  imports: false,
  // UI strings in English and Russian (browser.i18n, so the browser's language decides).
  modules: ['@wxt-dev/i18n/module'],
  i18n: { localesDir: 'assets/locales' },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab (+ scripting): the popup may read the current tab's host ("off on this
    // site") and start Silk Lens in a tab that was open before install.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'scripting'],
    // Asked for at subscribe time, per feed origin (never at install).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'silklens@silklens.invalid',
              strict_min_version: '128.0',
              // Silk Lens collects nothing: page text is matched in the page and stays there.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // Chrome reads enterprise policy for storage.managed against this schema
        // (docs/deployment.md); Firefox warns about the key and needs no schema.
        { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
