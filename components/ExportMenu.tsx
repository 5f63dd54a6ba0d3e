import { EXPORT_FORMATS, type ExportFormat } from '../lib/export';

/** A disclosure button with one button per export format. */
export function ExportMenu({ label, onExport }: { label: string; onExport(format: ExportFormat): void }) {
  return (
    <details className="menu">
      <summary className="button">{label}</summary>
      <div className="menu__items">
        {EXPORT_FORMATS.map(({ format, label: name }) => (
          <button key={format} type="button" className="button button--small" onClick={() => onExport(format)}>
            {name}
          </button>
        ))}
      </div>
    </details>
  );
}
