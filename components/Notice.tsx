import type { ReactNode } from 'react';

export interface NoticeProps {
  title: string;
  children?: ReactNode;
  tone?: 'info' | 'warning';
  testId?: string;
}

/** An empty state or a caveat: what happened, then what to do. */
export function Notice({ title, children, tone = 'info', testId }: NoticeProps) {
  return (
    <section className={`notice notice--${tone}`} role={tone === 'warning' ? 'note' : undefined} data-testid={testId}>
      <h2 className="notice__title">{title}</h2>
      {children ? <div className="notice__body">{children}</div> : null}
    </section>
  );
}
