import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-wasm';
import { ICON_SIZES, ICON_VARIANTS, iconManifest, iconPath, renderIcon, renderIcons } from './icons';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('icon build step', () => {
  const out = mkdtemp(path.join(tmpdir(), 'silklens-icons-'));
  afterAll(async () => rm(await out, { recursive: true, force: true }));

  it('renders every variant at every size from the SVGs in assets/icons', async () => {
    const files = await renderIcons(path.resolve('assets/icons'), await out);
    expect(files.map((f) => f.relative).sort(), 'one PNG per variant and size').toEqual(ICON_VARIANTS.flatMap((v) => ICON_SIZES.map((s) => iconPath(v, s))).sort());
    for (const f of files) {
      const png = new Uint8Array(await readFile(f.absolute));
      expect([...png.subarray(0, 8)], `${f.relative} is a PNG`).toEqual(PNG_SIGNATURE);
      const size = Number(/-(\d+)\.png$/.exec(f.relative)![1]);
      expect(pngSize(png), `${f.relative} is ${size}×${size}`).toEqual({ width: size, height: size });
    }
  });

  it('draws a mark with transparent corners and visible ink at 16 px', async () => {
    for (const variant of ICON_VARIANTS) {
      const svg = await readFile(path.resolve(`assets/icons/${variant}.svg`), 'utf8');
      await renderIcon(svg, 16); // initialises the WebAssembly module
      const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: 16 } });
      const pixels = resvg.render().pixels;
      const alpha = (x: number, y: number) => pixels[(y * 16 + x) * 4 + 3]!;
      expect(alpha(15, 0) + alpha(0, 0), `${variant}: top corners are toolbar, not icon`).toBe(0);
      let opaque = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 200) opaque++;
      expect(opaque, `${variant}: enough ink to read at 16 px (a quarter of the square at least)`).toBeGreaterThan(64);
    }
  });

  it('refuses an SVG it cannot draw as a square icon', async () => {
    await expect(renderIcon('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><rect width="64" height="32"/></svg>', 16), 'a non-square viewBox would be squashed').rejects.toThrow(/square/);
    await expect(renderIcon('<svg xmlns="http://www.w3.org/2000/svg"', 16), 'half-written SVG fails the build').rejects.toThrow();
  });

  it('names the icons in the manifest: one set for Chrome, per-theme icons for Firefox', () => {
    const chrome = iconManifest('chrome');
    expect(Object.keys(chrome.icons), 'every size in icons').toEqual(ICON_SIZES.map(String));
    expect(chrome.default_icon, 'the toolbar button uses the any-toolbar mark').toEqual(chrome.icons);
    expect(chrome.theme_icons, 'Chrome has no theme_icons key').toBeUndefined();
    const firefox = iconManifest('firefox');
    expect(firefox.theme_icons?.[0], "Firefox's `light` is the light-ink icon for dark toolbars").toEqual({ light: 'icons/toolbar-dark-16.png', dark: 'icons/toolbar-light-16.png', size: 16 });
  });
});
