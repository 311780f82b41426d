import { uiLang } from '@/components/locale';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { EntityCardData } from '@/lib/card/card-data';
import { briefingFileName, buildBriefing, localTimeWithOffset } from '@/lib/briefing/briefing';
import { briefingCsv } from '@/lib/briefing/csv';
import { briefingMarkdown } from '@/lib/briefing/markdown';
import type { PageSummary } from '@/lib/messages';
import { briefingLabels } from './briefing-labels';

export interface BriefingExportProps {
  summary: PageSummary;
  page: { title: string; url: string };
  /** Pack cards (no user notes) for the page's entities, facts ordered for the page's date. */
  getCards(ids: string[], pageDate?: string): Promise<EntityCardData[]>;
  copyText(text: string): Promise<void>;
  saveFile(name: string, text: string, type: string): void;
  now?: () => Date;
}

/**
 * "Export briefing": the page's entities with their roles, facts and sources, copied or
 * saved as Markdown or CSV. Built here from the summary and the pack's cards; the note
 * tells the reader the file carries the page's address.
 */
export function BriefingExport({ summary, page, getCards, copyText, saveFile, now = () => new Date() }: BriefingExportProps) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(kind: 'copy' | 'md' | 'csv') {
    setBusy(true);
    setStatus(null);
    try {
      const ids = summary.entities.filter((e) => !e.candidates).map((e) => e.id);
      const cards = ids.length ? await getCards(ids, summary.pageDate) : [];
      const exportedAt = localTimeWithOffset(now());
      const briefing = buildBriefing({ title: page.title, url: page.url, exportedAt, summary, cards, lang: uiLang() });
      if (kind === 'csv') {
        const name = briefingFileName(page.url, exportedAt, 'csv');
        saveFile(name, briefingCsv(briefing), 'text/csv;charset=utf-8');
        setStatus({ ok: true, text: i18n.t('popup.saved', [name]) });
        return;
      }
      const md = briefingMarkdown(briefing, briefingLabels());
      if (kind === 'copy') {
        await copyText(md);
        setStatus({ ok: true, text: i18n.t('popup.copied') });
      } else {
        const name = briefingFileName(page.url, exportedAt, 'md');
        saveFile(name, md, 'text/markdown;charset=utf-8');
        setStatus({ ok: true, text: i18n.t('popup.saved', [name]) });
      }
    } catch (error) {
      setStatus({ ok: false, text: i18n.t('popup.exportFailed', [error instanceof Error ? error.message : String(error)]) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="export" aria-labelledby="export-title">
      <h2 id="export-title">{i18n.t('popup.exportTitle')}</h2>
      <div class="export-buttons">
        <button type="button" disabled={busy} onClick={() => void run('copy')}>{i18n.t('popup.copyMarkdown')}</button>
        <button type="button" disabled={busy} onClick={() => void run('md')}>{i18n.t('popup.saveMarkdown')}</button>
        <button type="button" disabled={busy} onClick={() => void run('csv')}>{i18n.t('popup.saveCsv')}</button>
      </div>
      <p class="muted small">{i18n.t('popup.exportNote')}</p>
      {status && (
        <p class={status.ok ? 'small' : 'small error'} role="status">
          {status.text}
        </p>
      )}
    </section>
  );
}
