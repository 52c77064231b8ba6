import { useEffect, useState } from 'react';
import type { RegisterEntry } from '../../../../electron/core/barriers/register-entry';
import type { Service } from '../../../../electron/core/committee/committee-types';
import type { FeedbackEntry } from '../../../../electron/core/feedback/feedback-types';
import { call } from '../../api/api-client';
import { formatDate } from '../../format/format';
import { barrierName, useCatalogueStore } from '../../state/catalogue-store';

export type LinkChoice = { kind: 'barrier' | 'service' | 'feedback'; ref: string; label: string };

/**
 * The barriers and services a decision or an action can be linked to, named as the register names them;
 * with `withFeedback`, the feedback entries too (by date and their first words, never by who gave them).
 */
export function useLinkChoices(withFeedback = false): LinkChoice[] {
  const catalogue = useCatalogueStore((state) => state.catalogue);
  const loadCatalogue = useCatalogueStore((state) => state.load);
  const [register, setRegister] = useState<RegisterEntry[]>([]);
  const [services, setServices] = useState<Service[]>([]);
  const [feedback, setFeedback] = useState<FeedbackEntry[]>([]);
  useEffect(() => {
    void loadCatalogue();
    void call('listRegister', {}).then(setRegister);
    void call('listServices', {}).then(setServices);
    if (withFeedback) void call('listFeedback', {}).then((list) => setFeedback(list.entries));
  }, [loadCatalogue, withFeedback]);
  return [
    ...register.map((entry): LinkChoice => ({ kind: 'barrier', ref: entry.id, label: barrierName(catalogue, entry) })),
    ...services.map((service): LinkChoice => ({ kind: 'service', ref: service.id, label: service.name })),
    ...feedback.map((entry): LinkChoice => ({ kind: 'feedback', ref: entry.id, label: `${formatDate(entry.givenOn)}: ${entry.text.length > 70 ? `${entry.text.slice(0, 70)}…` : entry.text}` })),
  ];
}
