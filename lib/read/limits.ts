/**
 * Caps on what the content script reads off a page that its message's schema enforces too: here, with no import,
 * so that both the content script and the schema take them without pulling in each other's code.
 */

/** Longer than any date: a page's metadata is untrusted, and a message carries at most this much of it. */
export const MAX_PUBLISHED_CHARS = 64;
