/**
 * Readability scores every element by the text under it, so a deep chain of nested elements costs it time
 * quadratic in the depth (a 20,000-deep page took 40 s in Node). Real pages nest a few dozen deep; deeper ones are
 * read without Readability.
 */
export const MAX_READABILITY_DEPTH = 200;

/** Whether some element lies more than `limit` levels below `root`, looking at `maxNodes` elements at most. */
export function deeperThan(root: Element, limit: number, maxNodes: number): boolean {
  let node: Element | null = root.firstElementChild;
  let depth = 1;
  let seen = 0;
  while (node && seen++ < maxNodes) {
    if (depth > limit) return true;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
  return false;
}
