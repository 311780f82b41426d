/**
 * The in-page keys of the keyboard walk: Alt+Shift+→ / ← (Control+Shift+→ / ← on macOS).
 * Only trusted key presses count, and never while the reader types in a field, an editor
 * or an ARIA textbox (also inside open shadow roots). These stay in the content script's
 * first stage because a press must be taken (preventDefault) while it is dispatched; the
 * walk itself (keyboard-walk.ts) comes with the page tools stage (page-tools-stage.ts).
 */
import { isEditableEvent } from './editable';

/**
 * Call `onStep` for each walk key press; it says whether the press is ours (the page has
 * mentions to walk to), and then the key's default (word selection) is prevented.
 */
export function listenWalkKeys(doc: Document, onStep: (step: 1 | -1) => boolean, signal: AbortSignal, mac = isMac(doc.defaultView?.navigator)): void {
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || !e.shiftKey || e.metaKey) return;
      // Alt+Shift+arrow, or Control+Shift+arrow on macOS; never both modifiers.
      if (mac ? !e.ctrlKey || e.altKey : !e.altKey || e.ctrlKey) return;
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      if (isEditableEvent(e)) return; // these keys select words in a text field
      if (onStep(e.key === 'ArrowRight' ? 1 : -1)) e.preventDefault();
    },
    { signal },
  );
}

/**
 * macOS: Option+Shift+arrow extends the selection by word everywhere, so the walk keys
 * there are Control+Shift+arrow (as the commands' `mac` keys in wxt.config.ts).
 */
function isMac(nav: Navigator | undefined): boolean {
  const platform = (nav as (Navigator & { userAgentData?: { platform?: string } }) | undefined)?.userAgentData?.platform ?? nav?.platform ?? '';
  return /^mac/i.test(platform);
}
