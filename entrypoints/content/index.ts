import { defineContentScript } from '#imports';
import { runLens } from './lens';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => {
    void runLens(ctx);
  },
});
