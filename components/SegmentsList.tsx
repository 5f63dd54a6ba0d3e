import type { Segments } from '../lib/schema';
import { Card } from './Card';

export interface SegmentsListProps {
  segments: Segments;
}

const GROUPS: { key: keyof Segments; label: string }[] = [
  { key: 'types', label: 'Types' },
  { key: 'applications', label: 'Applications' },
  { key: 'regions', label: 'Regions' },
  { key: 'companies', label: 'Companies' },
];

/** The page's segmentation, as plain text chips. */
export function SegmentsList({ segments }: SegmentsListProps) {
  const groups = GROUPS.filter((g) => segments[g.key].length > 0);
  return (
    <Card id="segments-title" title="Segments">
      {groups.length === 0 ? (
        <p className="muted">The page lists no segments.</p>
      ) : (
        groups.map((g) => (
          <div key={g.key} className="segments__group">
            <h3 className="segments__label">{g.label}</h3>
            <ul className="chips" aria-label={g.label}>
              {segments[g.key].map((item, i) => (
                <li key={i} className="chip">
                  {item}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </Card>
  );
}
