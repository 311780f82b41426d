import { describe, expect, it } from 'vitest';
import { pageHost, pageStatus, type StatusInput } from './page-status';

const base: StatusInput = { url: 'https://news.example/a', summary: { entities: 3 }, disabledSites: [], deniedSites: [] };

describe('pageStatus', () => {
  it.each<[string, Partial<StatusInput>, ReturnType<typeof pageStatus>]>([
    ['running, names found', {}, 'found'],
    ['running, nothing found', { summary: { entities: 0 } }, 'nothing'],
    ['the reader switched the site off', { summary: null, disabledSites: ['news.example'] }, 'off'],
    ['a subdomain, under a *. pattern', { url: 'https://m.news.example/x', summary: null, deniedSites: ['*.news.example'] }, 'denied'],
    ['a bare host covers that host only', { url: 'https://m.news.example/x', summary: null, disabledSites: ['news.example'] }, 'notStarted'],
    ['an administrator denied the site', { summary: null, deniedSites: ['news.example'] }, 'denied'],
    ['denied and off: the administrator is named', { summary: null, deniedSites: ['news.example'], disabledSites: ['news.example'] }, 'denied'],
    ['switched off but the old script still answers: still off', { disabledSites: ['news.example'] }, 'off'],
    ['a web page with no content script yet', { summary: null }, 'notStarted'],
    ['a local file with no content script', { url: 'file:///tmp/a.html', summary: null }, 'notStarted'],
    ['a browser page', { url: 'chrome://settings', summary: null }, 'cannotRun'],
    ['an extension page', { url: 'chrome-extension://abc/options.html', summary: null }, 'cannotRun'],
    ['the PDF reader, with a PDF found', { url: 'chrome-extension://abc/pdf.html?src=x', summary: { entities: 2, enabled: true } }, 'found'],
    ['the PDF reader, for a PDF whose site is off', { url: 'chrome-extension://abc/pdf.html?src=x', summary: { entities: 0, enabled: false } }, 'off'],
    ['no address at all', { url: undefined, summary: null }, 'cannotRun'],
  ])('%s', (_, over, expected) => {
    expect(pageStatus({ ...base, ...over }), 'the hint says what is true, never "hover an underlined name" when nothing is').toBe(expected);
  });

  it.each([
    ['https://a.example/x', 'a.example'],
    ['http://localhost:8080/', 'localhost'],
    ['file:///x', undefined],
    ['about:blank', undefined],
    ['https://', undefined],
  ])('pageHost(%j) = %j', (url, host) => {
    expect(pageHost(url), 'only http(s) pages have a site to switch').toBe(host);
  });
});
