import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { ICON_SIZES, drawIcon, encodePng } from './scripts/build/icons';
import { compileSeedFolder, type KbAssets } from './scripts/build/kb-assets';

// KB hook: seeds/ is compiled once per build. A bad seed throws KbInputError (naming the file),
// which fails the build before kb.json is written.
let kbAssets: KbAssets | null = null;
const kbAssetsOnce = () => (kbAssets ??= compileSeedFolder(fileURLToPath(new URL('./seeds', import.meta.url))));

const GECKO_ID = 'backstory@backstory.invalid';

export default defineConfig({
  // `browser` imported from wxt/browser is webextension-polyfill in the extension.
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 for both browsers: one manifest shape, one background model (see README).
  manifestVersion: 3,
  // Dev mode launches a browser; on headless machines use `wxt build`.
  webExt: { disabled: !process.env.DISPLAY },
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Context for news about the January 2022 US–Russia security exchanges: related coverage, corroborated facts, disagreements and omissions. Runs entirely in your browser; collects nothing.',
    permissions: ['storage'],
    icons: Object.fromEntries(ICON_SIZES.map((s) => [s, `icon/${s}.png`])),
    action: { default_title: 'Backstory', default_icon: Object.fromEntries(ICON_SIZES.map((s) => [s, `icon/${s}.png`])) },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Show or hide the Backstory sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Backstory collects nothing; Firefox shows this at install.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions is understood from Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    // KB hook: the prefilter vocabulary is inlined into the bundles as a constant.
    define: { __BACKSTORY_VOCABULARY__: JSON.stringify(kbAssetsOnce().vocabulary) },
    // linkedom (the background's HTML parser in Chrome's service worker) imports @acemir/cssom only
    // for `<style>.sheet`, which nothing reads; the package cannot be bundled (see the module).
    resolve: { alias: [{ find: /^@acemir\/cssom$/, replacement: fileURLToPath(new URL('./scripts/build/no-css-parser.ts', import.meta.url)) }] },
  }),
  hooks: {
    // Icons are drawn in code (scripts/build/icons.ts) and written next to the build's other assets.
    'build:publicAssets': (wxt, files) => {
      const dir = join(wxt.config.wxtDir, 'generated-icons');
      mkdirSync(dir, { recursive: true });
      for (const size of ICON_SIZES) {
        const file = join(dir, `${size}.png`);
        writeFileSync(file, encodePng(drawIcon(size), size));
        files.push({ absoluteSrc: file, relativeDest: `icon/${size}.png` });
      }
      // KB hook: kb.json is an asset of the extension, loaded by the background only.
      files.push({ relativeDest: 'kb.json', contents: kbAssetsOnce().kbJson });
    },
  },
});
