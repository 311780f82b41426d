/**
 * `npm run screenshots`: open the built extension in Chromium and save what a
 * user sees: the card over the demo page (light and dark), the popup and the
 * options page. Output: docs/screenshots/*.png (the README shows card-light.png).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { hoverText, launchWithExtension, serveFixtures, waitForCard, waitForHighlights, ROOT } from '../tests/e2e/harness';
import { printPdf, reportHtml } from '../tests/e2e/pdf-fixture';

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
      // The popup opened as a page for the demo tab (popup.html?tab=<id>, as the browser tests do).
      type Tabs = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
      const tabId = await browser.worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: Tabs };
        return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      });
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.found .entity').first().waitFor();
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: join(outDir, 'popup.png') });
      // The briefing the popup exports (Markdown), kept as a sample beside the screenshots.
      const download = popup.waitForEvent('download');
      await popup.getByRole('button', { name: /Save .*\.md|Markdown file|Save Markdown/i }).first().click();
      const file = await download;
      await file.saveAs(join(outDir, 'briefing-sample.md'));

      // The PDF reader on a two-language report printed by Chromium.
      const pdf = await printPdf(reportHtml(4, [3]));
      server.page('/report.pdf', pdf, 'application/pdf');
      const reader = await browser.context.newPage();
      await reader.goto(`chrome-extension://${browser.extensionId}/pdf.html?src=${encodeURIComponent(`${server.origin}/report.pdf`)}`);
      await reader.getByRole('button', { name: 'Load this PDF' }).click();
      await reader.waitForTimeout(2500);
      await hoverText(reader, 'Kassym-Jomart').catch(() => undefined);
      await reader.waitForTimeout(800);
      await reader.screenshot({ path: join(outDir, 'pdf-reader.png') });
    }
  } finally {
    await browser.close();
  }
}
await server.close();
console.log(`screenshots written to ${outDir}`);
