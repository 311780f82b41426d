/**
 * The toolbar and store icons: drawn as SVG in assets/icons/, rasterised to PNG at every
 * build (wxt.config.ts registers `iconHooks`, so `wxt`, `wxt build`, `npm run build:test`
 * and `npm start` all get them), never committed: the SVG is the only source.
 *
 * Rasterised by resvg compiled to WebAssembly (@resvg/resvg-wasm): no native binary to
 * download at install, the same pixels on every machine.
 *
 * Variants (assets/icons/):
 * - icon.svg: one mark for any toolbar (Chrome has no per-theme action icons): a dark
 *   lens with a pale rim, readable on light and dark toolbars alike.
 * - toolbar-light.svg / toolbar-dark.svg: for light toolbars (dark ink) and for dark
 *   toolbars (light ink), used by Firefox's `action.theme_icons`. Firefox's `light` key
 *   is the *light-coloured* icon, shown on toolbars with bright text, i.e. dark themes
 *   (its browser.css maps `toolbar[brighttext]` to the `light` image).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { WxtHooks } from 'wxt';

export const ICON_SIZES = [16, 32, 48, 128] as const;
export const ICON_VARIANTS = ['icon', 'toolbar-light', 'toolbar-dark'] as const;
export type IconVariant = (typeof ICON_VARIANTS)[number];

/** Where a rendered icon sits in the extension. */
export const iconPath = (variant: IconVariant, size: number) => `icons/${variant}-${size}.png`;

let wasmReady: Promise<void> | null = null;
function ensureWasm(): Promise<void> {
  const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
  // initWasm may run once per process (a second call throws): keep the one promise.
  wasmReady ??= readFile(wasm).then((bytes) => initWasm(bytes));
  return wasmReady;
}

/** One SVG to a square PNG `size` pixels wide. */
export async function renderIcon(svg: string, size: number): Promise<Uint8Array> {
  await ensureWasm();
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, shapeRendering: 2 });
  try {
    const image = resvg.render();
    if (image.width !== size || image.height !== size) throw new Error(`icon is ${image.width}×${image.height}, not square ${size}×${size}: the SVG's viewBox must be square`);
    return image.asPng();
  } finally {
    resvg.free();
  }
}

/** Render every variant at every size into `outDir`; returns the written files, relative to it. */
export async function renderIcons(svgDir: string, outDir: string, variants: readonly IconVariant[] = ICON_VARIANTS): Promise<{ relative: string; absolute: string }[]> {
  const written: { relative: string; absolute: string }[] = [];
  for (const variant of variants) {
    const svg = await readFile(path.join(svgDir, `${variant}.svg`), 'utf8');
    for (const size of ICON_SIZES) {
      const relative = iconPath(variant, size);
      const absolute = path.join(outDir, relative);
      await mkdir(path.dirname(absolute), { recursive: true });
      await writeFile(absolute, await renderIcon(svg, size));
      written.push({ relative, absolute });
    }
  }
  return written;
}

/** The manifest's icon keys (Chrome: icons + action.default_icon; Firefox adds theme_icons). */
export function iconManifest(browser: string): {
  icons: Record<string, string>;
  default_icon: Record<string, string>;
  theme_icons?: { light: string; dark: string; size: number }[];
} {
  const bySize = (variant: IconVariant) => Object.fromEntries(ICON_SIZES.map((s) => [String(s), iconPath(variant, s)]));
  return {
    icons: bySize('icon'),
    default_icon: bySize('icon'),
    ...(browser === 'firefox'
      ? { theme_icons: ICON_SIZES.map((size) => ({ light: iconPath('toolbar-dark', size), dark: iconPath('toolbar-light', size), size })) }
      : {}),
  };
}

/** WXT hooks: render the PNGs into .wxt/icons (ignored by git) and name them in the manifest. */
export const iconHooks: Partial<WxtHooks> = {
  'build:publicAssets': async (wxt, files) => {
    const out = path.join(wxt.config.wxtDir, 'icons-rendered', wxt.config.browser);
    // Chrome has no per-theme icons: it ships only the any-toolbar mark.
    const variants = wxt.config.browser === 'firefox' ? ICON_VARIANTS : (['icon'] as const);
    for (const f of await renderIcons(path.join(wxt.config.root, 'assets/icons'), out, variants)) files.push({ relativeDest: f.relative, absoluteSrc: f.absolute });
  },
  'build:manifestGenerated': (wxt, manifest) => {
    const { icons, default_icon, theme_icons } = iconManifest(wxt.config.browser);
    manifest.icons = icons;
    manifest.action = { ...manifest.action, default_icon, ...(theme_icons ? { theme_icons } : {}) };
  },
};

/** `node --import tsx scripts/icons.ts <dir>`: render the PNGs to look at them. */
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const out = process.argv[2] ?? 'icons-preview';
  const files = await renderIcons(path.resolve('assets/icons'), path.resolve(out));
  console.log(files.map((f) => f.absolute).join('\n'));
}
