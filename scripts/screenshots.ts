/**
 * `npm run screenshots`: open the built extension in Chromium and save what a
 * user sees: the card over the demo page (light and dark), the popup and the
 * options page. Output: docs/screenshots/*.png (the README shows card-light.png).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { hoverText, launchWithExtension, serveFixtures, waitForCard, waitForHighlights, ROOT } from '../tests/e2e/harness';

const outDir = join(ROOT, 'docs/screenshots');
mkdirSync(outDir, { recursive: true });
const server = await serveFixtures();

for (const scheme of ['light', 'dark'] as const) {
  const browser = await launchWithExtension({ colorScheme: scheme });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/briefing.html`);
    await waitForHighlights(page, 3);
    const target = process.env.HOVER ?? 'Kassym-Jomart';
    await hoverText(page, target);
    await waitForCard(page); // read in the content script's isolated world: the card's root is closed
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(outDir, `card-${scheme}.png`) });
    if (scheme === 'light') {
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.getByLabel('Search entities').fill('tokaev');
      await options.locator('.result').first().click();
      await options.waitForSelector('.detail');
      await options.screenshot({ path: join(outDir, 'options.png') });
      await options.getByRole('tab', { name: 'Feeds' }).click();
      await options.waitForTimeout(200);
      await options.screenshot({ path: join(outDir, 'options-feeds.png') });
      await options.getByRole('tab', { name: 'Import & backup' }).click();
      await options.waitForTimeout(200);
      await options.screenshot({ path: join(outDir, 'options-import.png') });
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 340, height: 420 });
      await page.bringToFront();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: join(outDir, 'popup.png') });
    }
  } finally {
    await browser.close();
  }
}
await server.close();
console.log(`screenshots written to ${outDir}`);
