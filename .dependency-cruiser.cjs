/**
 * Context boundaries, checked by `npm test` (scripts/check-boundaries.mjs; its test runs
 * the rules on scripts/fixtures/boundaries/bad and expects every rule to fire).
 * Why: the fact base (IndexedDB through Dexie) has one writer, the background; the
 * options page and popup only send messages (lib/messages.ts). Content code runs in the
 * page's process and must never hold the store; lib/match is pure and runs in Node.
 * No rule has an exception: a type a UI needs lives with the messages, and the card
 * popover (components/CardHost.tsx) is handed to the content controller by the entry.
 */
/** The modules that open or write the fact base. */
const STORE = '^(lib/factbase/(db|store|view|backup|backup-parse|backup-schema)[.]ts$|node_modules/(dexie|dexie-export-import)/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-imports-no-ui',
      comment: 'lib/ is shared logic: it never imports components/ or entrypoints/.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'aliases-resolve',
      comment: 'An @/ import the cruiser cannot resolve would pass every rule unseen: fail instead.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^@/' },
    },
    {
      name: 'one-writer',
      comment:
        'Only the background (entrypoints/background.ts, lib/background/) opens the fact base; ' +
        'every other context asks it through lib/messages.ts.',
      severity: 'error',
      from: {
        path: '^(lib|components|entrypoints)/',
        pathNot: [
          '^entrypoints/background[.]ts$',
          '^lib/background/',
          // The store's own modules and their tests.
          '^lib/factbase/(db|store|lookup|view|backup|backup-parse|backup-schema|migrations|test-read-count)([.]test)?[.]ts$',
        ],
      },
      to: { path: STORE },
    },
    {
      name: 'content-has-no-store',
      comment: 'Content code runs in the page process: no Dexie, no fact-base modules, not even types.',
      severity: 'error',
      from: { path: '^(entrypoints/content/|lib/content/|lib/dom/)' },
      to: { path: STORE },
    },
    {
      name: 'match-is-pure',
      comment: 'lib/match runs in Node and in the page: nothing from the browser or the extension framework.',
      severity: 'error',
      from: { path: '^lib/match/' },
      to: { path: '(^|/)node_modules/(wxt|@webext-core|@wxt-dev|webextension-polyfill)/|^[.]wxt/' },
    },
    {
      name: 'match-is-pure-unresolvable',
      comment: 'Virtual modules (#imports, wxt/*) do not resolve to a file: catch them by name.',
      severity: 'error',
      from: { path: '^lib/match/' },
      to: { couldNotResolve: true, path: '^(#imports|#i18n|wxt|@webext-core|@wxt-dev|webextension-polyfill)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^([.]output|[.]wxt/(?!i18n))' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.boundaries.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
