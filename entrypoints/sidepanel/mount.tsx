import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PanelApp } from './PanelApp';

export function mountPanel(root: HTMLElement | null): void {
  if (!root) return;
  const params = new URLSearchParams(location.search);
  const pinned = Number.parseInt(params.get('tabId') ?? '', 10);
  createRoot(root).render(
    <StrictMode>
      <PanelApp pinnedTabId={Number.isInteger(pinned) && pinned >= 0 ? pinned : null} locale={navigator.language} />
    </StrictMode>,
  );
}
