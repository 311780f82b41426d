/**
 * Backup and restore in the options page, through the background (the one writer):
 * a restore first says what the backup holds and what it would replace, writes
 * nothing until the user confirms, and a file that is not a backup changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser, TEST_CSV_HEADER } from './harness';

let browser: ExtensionBrowser;
let options: Page;

const csv = `${TEST_CSV_HEADER}\nrestore-testov,person,Restore Testov,,m,Exists only after the backup was taken.,2026-11,Synthetic test source,Silk Lens tests,2026-11-01,https://example.org/csv\n`;

beforeAll(async () => {
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html?tab=data`);
  await options.locator('table.packs tbody tr').first().waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
});

const packRows = () => options.locator('table.packs tbody tr').count();
const restoreInput = () => options.getByLabel('Restore from backup');

describe('backup and restore', () => {
  let backup = '';

  it('downloads a backup made by the background', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download backup' }).click()]);
    backup = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(backup).formatName, 'the backup is a Dexie export of the fact base').toBe('dexie');
  });

  it('refuses a file that is not a backup and says the fact base is unchanged', async () => {
    await restoreInput().setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    const alert = options.locator('[role="alert"]').filter({ hasText: 'Restore refused' });
    await alert.waitFor();
    expect(await alert.textContent(), 'the refusal says nothing changed').toMatch(/not a Silk Lens backup.*The fact base is unchanged/);
    expect(await packRows(), 'no pack was touched').toBe(1);
  });

  it('shows what a restore replaces, writes nothing until confirmed, then restores', async () => {
    await options.locator('input[type="file"]').first().setInputFiles({ name: 'later.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.waitForFunction(() => document.querySelectorAll('table.packs tbody tr').length === 2);

    await restoreInput().setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    const confirm = options.getByRole('alertdialog');
    await confirm.waitFor();
    const text = (await confirm.textContent()) ?? '';
    expect(text, 'the dialog names the current fact base: two packs').toMatch(/Now: packs: 2/);
    expect(text, 'and what the backup holds: one pack').toMatch(/From the backup: packs: 1/);

    await options.getByRole('button', { name: 'Cancel' }).click();
    expect(await packRows(), 'Cancel writes nothing').toBe(2);

    await restoreInput().setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await options.getByRole('button', { name: 'Replace and restore' }).click();
    await options.getByRole('status').filter({ hasText: 'Restored from “backup.json”' }).waitFor();
    await options.waitForFunction(() => document.querySelectorAll('table.packs tbody tr').length === 1);
  });

  it('refuses a backup cut in half (an interrupted download) and changes nothing', async () => {
    await restoreInput().setInputFiles({ name: 'half.json', mimeType: 'application/json', buffer: Buffer.from(backup.slice(0, Math.floor(backup.length / 2))) });
    const alert = options.locator('[role="alert"]').filter({ hasText: 'Restore refused' });
    await alert.waitFor();
    expect(await alert.textContent(), 'the refusal says nothing changed').toMatch(/The fact base is unchanged/);
    expect(await packRows(), 'the restored pack is still the only one').toBe(1);
  });

  it('undoes the restore from the copy it kept, after asking', async () => {
    const kept = options.locator('.restore-copy');
    await kept.waitFor();
    expect(await kept.textContent(), 'the kept copy is described: two packs').toMatch(/packs: 2/);
    options.once('dialog', (d) => void d.accept());
    await options.getByRole('button', { name: 'Undo the last restore' }).click();
    await options.getByRole('status').filter({ hasText: 'The last restore was undone' }).waitFor();
    await options.waitForFunction(() => document.querySelectorAll('table.packs tbody tr').length === 2);
    expect(await options.locator('.restore-copy').count(), 'after the undo no copy is left').toBe(0);
  });
});
