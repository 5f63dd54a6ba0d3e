import type { ReactNode } from 'react';

export interface CardProps {
  /** The heading's id: the section is labelled by its title for assistive technology. */
  id: string;
  title: ReactNode;
  /** h2 in the panel; a card nested under a page's own h2 takes h3. */
  heading?: 'h2' | 'h3';
  children: ReactNode;
}

/** A titled section of the summary: figures, findings, chart, segments, checks. */
export function Card({ id, title, heading: Heading = 'h2', children }: CardProps) {
  return (
    <section className="card" aria-labelledby={id}>
      <Heading id={id} className="card__title">
        {title}
      </Heading>
      {children}
    </section>
  );
}
