import { render } from 'preact';
import { browser } from '#imports';
import { Popup } from './Popup';
import './popup.css';

render(
  <Popup
    activeTabId={async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id}
    openOptions={(entity) => {
      const url = browser.runtime.getURL('/options.html') + (entity ? `?entity=${encodeURIComponent(entity)}` : '');
      void browser.tabs.create({ url });
      window.close();
    }}
  />,
  document.getElementById('app')!,
);
