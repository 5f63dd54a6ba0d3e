/**
 * Who may speak to the extension's handlers: only its own contexts (background, panel, content scripts). A web page
 * cannot reach runtime messaging at all; another extension or a forged sender is ignored here.
 */
import { browser } from '#imports';

export function fromThisExtension(sender: { id?: string } | undefined): boolean {
  const own = browser.runtime?.id;
  return own != null && sender?.id === own;
}
