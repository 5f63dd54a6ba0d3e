import { useRef } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../lib/export';

/** A disclosure button with one button per export format; choosing one closes it. */
export function ExportMenu({
  label,
  onExport,
  align = 'start',
}: {
  label: string;
  onExport(format: ExportFormat): void;
  /** `end` for a menu at the right edge of its row. */
  align?: 'start' | 'end';
}) {
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <details className={align === 'end' ? 'menu menu--end' : 'menu'} ref={menu}>
      <summary className="button">{label}</summary>
      <div className="menu__items">
        {EXPORT_FORMATS.map(({ format, label: name }) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            onClick={() => {
              if (menu.current) menu.current.open = false;
              onExport(format);
            }}
          >
            {name}
          </button>
        ))}
      </div>
    </details>
  );
}
