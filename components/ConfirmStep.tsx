import type { ReactNode } from 'react';

/** A destructive action behind a second, explicit step in the page (not `window.confirm`). */
export function ConfirmStep({
  question,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  question: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <div className="confirm" role="alertdialog" aria-label={confirmLabel} data-testid="confirm">
      <p>{question}</p>
      <div className="confirm__buttons">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        {/* Focus lands on the safe choice. */}
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );
}
