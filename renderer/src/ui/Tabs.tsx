import { useId, useRef, type ReactNode } from 'react';

export type Tab = { id: string; label: string; content: () => ReactNode };

/**
 * Tabs as the ARIA pattern describes them: arrow keys, Home and End move between tabs, Tab goes into
 * the panel. Only the chosen panel is rendered, so long sections stay short.
 */
export function Tabs({ tabs, selected, onSelect, label }: { tabs: Tab[]; selected: string; onSelect: (id: string) => void; label: string }) {
  const id = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  const move = (offset: number | 'first' | 'last') => {
    const index = tabs.findIndex((tab) => tab.id === current?.id);
    const next = offset === 'first' ? 0 : offset === 'last' ? tabs.length - 1 : (index + offset + tabs.length) % tabs.length;
    const tab = tabs[next];
    if (tab === undefined) return;
    onSelect(tab.id);
    refs.current[tab.id]?.focus();
  };
  return (
    <div className="tabs">
      <div
        role="tablist"
        aria-label={label}
        className="tab-list"
        onKeyDown={(event) => {
          const keys: Record<string, number | 'first' | 'last'> = { ArrowRight: 1, ArrowLeft: -1, Home: 'first', End: 'last' };
          const offset = keys[event.key];
          if (offset === undefined) return;
          event.preventDefault();
          move(offset);
        }}
      >
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              refs.current[tab.id] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-${tab.id}-tab`}
            aria-selected={tab.id === current?.id}
            aria-controls={`${id}-${tab.id}-panel`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            className="tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current !== undefined && (
        <div role="tabpanel" id={`${id}-${current.id}-panel`} aria-labelledby={`${id}-${current.id}-tab`} className="tab-panel" tabIndex={0}>
          {current.content()}
        </div>
      )}
    </div>
  );
}
