import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { deeperThan } from '../../../lib/read/depth';

function chain(depth: number, siblings = 0): Element {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  let at: Element = document.body;
  for (let k = 0; k < siblings; k++) at.appendChild(document.createElement('p'));
  for (let k = 0; k < depth; k++) at = at.appendChild(document.createElement('div'));
  return document.body as unknown as Element;
}

describe('deeperThan', () => {
  it('counts the levels below the root', () => {
    expect(deeperThan(chain(3), 3, 100)).toBe(false);
    expect(deeperThan(chain(4), 3, 100)).toBe(true);
  });

  it('walks back up past siblings to find a deep branch later in the tree', () => {
    const body = chain(0, 5);
    let at = body.firstElementChild!;
    for (let k = 0; k < 4; k++) at = at.appendChild(body.ownerDocument.createElement('span'));
    expect(deeperThan(body, 4, 100)).toBe(true);
    expect(deeperThan(body, 5, 100)).toBe(false);
  });

  it('looks at no more than maxNodes elements', () => {
    expect(deeperThan(chain(50, 20), 30, 10)).toBe(false);
    expect(deeperThan(chain(50, 20), 30, 100)).toBe(true);
  });
});
