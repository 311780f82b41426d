import { describe, expect, it } from 'vitest';
import { classifySender, type MessageSenderLike, type SenderKind } from './sender';

const self = { id: 'silklens-id', origin: 'chrome-extension://silklens-id/' };

describe('classifySender', () => {
  it.each<{ why: string; sender: MessageSenderLike | undefined; kind: SenderKind }>([
    { why: 'a content script in an https page', sender: { id: self.id, url: 'https://news.example/a', tab: { id: 3 } }, kind: 'content-script' },
    { why: 'a content script in a file page', sender: { id: self.id, url: 'file:///tmp/a.html', tab: { id: 3 } }, kind: 'content-script' },
    { why: 'the options page in a tab', sender: { id: self.id, url: 'chrome-extension://silklens-id/options.html', tab: { id: 4 } }, kind: 'extension-page' },
    { why: 'the popup (no tab)', sender: { id: self.id, url: 'chrome-extension://silklens-id/popup.html' }, kind: 'extension-page' },
    { why: 'another extension', sender: { id: 'other-id', url: 'chrome-extension://other-id/bg.js' }, kind: 'foreign' },
    { why: 'another extension claiming our URL', sender: { id: 'other-id', url: 'chrome-extension://silklens-id/options.html' }, kind: 'foreign' },
    { why: 'a web page (externally_connectable)', sender: { url: 'https://evil.example/', tab: { id: 5 } }, kind: 'foreign' },
    { why: 'no sender', sender: undefined, kind: 'unknown' },
    { why: 'our id without a URL or tab', sender: { id: self.id }, kind: 'unknown' },
    { why: 'a tab on a javascript: URL', sender: { id: self.id, url: 'javascript:alert(1)', tab: { id: 6 } }, kind: 'unknown' },
    { why: 'a tab on about:blank', sender: { id: self.id, url: 'about:blank', tab: { id: 6 } }, kind: 'unknown' },
    { why: 'a look-alike extension origin', sender: { id: self.id, url: 'chrome-extension://silklens-id.evil/x', tab: { id: 7 } }, kind: 'unknown' },
  ])('$why is $kind', ({ sender, kind }) => {
    expect(classifySender(sender, self), `the sender kind decides which messages it may send`).toBe(kind);
  });

  it('never trusts a sender when the extension origin is unknown', () => {
    expect(classifySender({ id: self.id, url: 'https://x.example/' }, { id: self.id, origin: '' }), 'an empty origin would match every URL').toBe('unknown');
  });
});

describe('the manifest', () => {
  it.each(['chrome', 'firefox'])('opens no door to web pages or other extensions (%s)', async (target) => {
    const { default: config } = await import('../../wxt.config');
    const manifest = typeof config.manifest === 'function' ? await config.manifest({ browser: target, manifestVersion: 3, mode: 'production', command: 'build' }) : config.manifest;
    expect(manifest, 'without externally_connectable only runtime.onMessageExternal could hear them, and nothing listens there').not.toHaveProperty('externally_connectable');
  });
});
