import { describe, expect, it } from 'vitest';
import { createPdfMenu, PDF_MENU_LINK, PDF_MENU_PAGE, readerUrlForClick } from './context-menu';

const READER = 'chrome-extension://abc/pdf.html';

describe('readerUrlForClick', () => {
  it.each([
    [{ menuItemId: PDF_MENU_LINK, linkUrl: 'https://osce.org/r.pdf', pageUrl: 'https://osce.org/' }, `${READER}?src=https%3A%2F%2Fosce.org%2Fr.pdf`, 'a link opens the linked PDF'],
    [{ menuItemId: PDF_MENU_PAGE, pageUrl: 'https://un.org/doc.PDF?x=1' }, `${READER}?src=https%3A%2F%2Fun.org%2Fdoc.PDF%3Fx%3D1`, 'a PDF tab opens itself'],
    [{ menuItemId: PDF_MENU_LINK, linkUrl: 'https://example.org/page.html' }, null, 'a link that is not a PDF opens nothing'],
    [{ menuItemId: PDF_MENU_LINK, linkUrl: 'javascript:void(0)//.pdf' }, null, 'a script link opens nothing'],
    [{ menuItemId: 'someone-else', linkUrl: 'https://osce.org/r.pdf' }, null, 'another item is not ours'],
  ])('%j', (info, expected, rule) => {
    expect(readerUrlForClick(info, READER), rule).toBe(expected);
  });
});

describe('createPdfMenu', () => {
  it('creates a link item limited to PDF targets and a page item limited to PDF documents', async () => {
    const made: { id: string; contexts: string[]; targetUrlPatterns?: string[]; documentUrlPatterns?: string[] }[] = [];
    let cleared = 0;
    await createPdfMenu(
      {
        contextMenus: { create: (p) => made.push(p), removeAll: async () => void cleared++, onClicked: { addListener: () => {} } },
        tabs: { create: async () => ({}) },
        runtime: { getURL: (p) => p },
      },
      'Open in Silk Lens PDF reader',
    );
    expect(cleared, 'old items are removed first (an update re-creates them)').toBe(1);
    expect(made.map((m) => [m.id, m.contexts]), 'one item per context').toEqual([[PDF_MENU_LINK, ['link']], [PDF_MENU_PAGE, ['page']]]);
    expect(made[0]!.targetUrlPatterns, 'links: only to PDFs').toContain('*://*/*.pdf');
    expect(made[0]!.documentUrlPatterns, 'links: on any page').toBeUndefined();
    expect(made[1]!.documentUrlPatterns, 'pages: only PDF documents').toContain('*://*/*.pdf?*');
  });
});
