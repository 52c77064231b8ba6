import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

type Props = { title: string; notice?: string; error?: unknown; children: ReactNode };

/**
 * The frame of a section: its title (which the shell's focus move announces), a status line that says
 * what the last change did, and the error of loading, if any.
 */
export function SectionFrame({ title, notice = '', error = null, children }: Props) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{title}</h1>
      <p role="status" className="message message-success status-line">
        {notice}
      </p>
      <ErrorMessage error={error} />
      {children}
    </section>
  );
}
