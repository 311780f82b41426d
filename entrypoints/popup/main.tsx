import { render } from 'preact';
import { browser } from '#imports';
import { Popup } from './Popup';
import './popup.css';

render(
  <Popup
    activeTab={async () => {
      const tab = (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      return tab?.id === undefined ? undefined : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
    }}
    siteList={{
      get: async () => ((await browser.storage.local.get('disabledSites')).disabledSites as string[] | undefined) ?? [],
      set: async (sites) => browser.storage.local.set({ disabledSites: sites }),
    }}
    deniedSites={async () => ((await browser.storage.local.get('denySites')).denySites as string[] | undefined) ?? []}
    reloadTab={(id) => void browser.tabs.reload(id)}
    injectInto={async (tabId) => {
      await browser.scripting.insertCSS({ target: { tabId }, files: ['/content-scripts/content.css'] });
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    }}
    openOptions={(entity) => {
      const url = browser.runtime.getURL('/options.html') + (entity ? `?entity=${encodeURIComponent(entity)}` : '');
      void browser.tabs.create({ url });
      window.close();
    }}
  />,
  document.getElementById('app')!,
);
