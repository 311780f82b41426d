import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { iconHooks } from './scripts/icons';
import { noRawHtml } from './scripts/build/no-raw-html';
import { noDynamicCode } from './scripts/build/no-dynamic-code';

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
    // contextMenus: "Open in Silk Lens PDF reader" on PDF links (no install warning).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'scripting', 'contextMenus'],
    // Asked for at subscribe time, per feed origin (never at install). The PDF reader
    // asks for one PDF's origin when its download is blocked: http too (some
    // government sites still serve reports over plain http).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*', 'http://*/*'],
    // Walk through the page's mentions from the keyboard. As commands the user can
    // rebind them (chrome://extensions/shortcuts, Firefox's "Manage extension
    // shortcuts"). Both browsers accept Alt+Shift+<arrow> as a suggested key (a key
    // with Ctrl or Alt, Shift optional; Chrome allows 4 suggested keys per extension).
    // The same keys stay as an in-page fallback (lib/content/controller.ts): while a
    // command holds them the browser handles the keystroke as an accelerator before the
    // page. Checked in Chromium 156 headless: both commands register ("Alt+Shift+Right
    // Arrow"), and the command's walkMentions message opens the next card; keys that
    // playwright injects over CDP go straight to the page (no accelerator), so there
    // the in-page listener walks. The controller drops a second walk from the other
    // path within 150 ms, so one press never walks twice either way.
    // On macOS Option+Shift+arrow extends the selection by word everywhere (page text
    // too), so there the keys are Control+Shift+arrow (MacCtrl: the real Control key).
    commands: {
      'walk-next': { suggested_key: { default: 'Alt+Shift+Right', mac: 'MacCtrl+Shift+Right' }, description: '__MSG_cmdWalkNext__' },
      'walk-previous': { suggested_key: { default: 'Alt+Shift+Left', mac: 'MacCtrl+Shift+Left' }, description: '__MSG_cmdWalkPrevious__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'silklens@silklens.invalid',
              // 140 is the first Firefox with data_collection_permissions (below) and with
              // CSS.highlights; Ed25519 in WebCrypto (signed feeds) came in 129. Tested on
              // 153 ESR (tests/firefox); docs/deployment.md, Firefox versions.
              strict_min_version: '140.0',
              // Silk Lens collects nothing: page text is matched in the page and stays there.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Chrome reads enterprise policy for storage.managed against this schema
          // (docs/deployment.md); Firefox warns about the key and needs no schema.
          storage: { managed_schema: 'managed_schema.json' },
          // The card UI is injected into a page's frame on demand (lib/background/card-ui-route.ts),
          // and Chrome's scripting.executeScript needs a host permission for that: the
          // content script's own matches do not count (checked in Chromium 156: "Cannot
          // access contents of the page"). The same sites the content script already runs
          // on, so the install warning ("read and change all your data on all websites")
          // and the reader's per-site access controls are unchanged. Firefox counts the
          // content script's matches (tests/firefox).
          host_permissions: ['<all_urls>'],
        }),
  }),
  // Icons: assets/icons/*.svg rendered to PNG at every build, named in the manifest (scripts/icons.ts).
  hooks: iconHooks,
  vite: () => ({
    // No innerHTML, Function constructor or computed import() in any bundle (Firefox's
    // add-on linter; see each plugin's comment).
    plugins: [noRawHtml(), noDynamicCode()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // `WXT_SOURCEMAP=1 npx wxt build`: source maps beside each bundle, read by
    // scripts/bundle-report.ts (bytes per source module). Never in a shipped build.
    build: { sourcemap: process.env.WXT_SOURCEMAP === '1' },
    // The isolated-world test handle exists only in test builds (scripts/build-test.mjs):
    // a compile-time constant, so a production bundle does not even contain the code.
    define: { __SILKLENS_TEST_HANDLE__: JSON.stringify(process.env.WXT_TEST_HANDLE === '1') },
    resolve: {
      // WXT's content-script context announces itself to the page with a CustomEvent
      // named after the extension id and lets any page switch the script off by
      // dispatching that event; this drop-in does neither (see the file's comment).
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./lib/content/quiet-context.ts', import.meta.url)),
        },
      ],
    },
  }),
});
