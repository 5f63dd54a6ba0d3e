import { defineContentScript } from '#imports';
import { runLens } from './lens';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would also announce the script to the page with a window message carrying the extension's id: any page
  // could see that the extension is installed. Its document event is enough to retire an older copy of the script.
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    void runLens(ctx);
  },
});
