import { useEffect, useState } from 'react';
import type { RegisterEntry } from '../../../../electron/core/barriers/register-entry';
import type { Service } from '../../../../electron/core/committee/committee-types';
import { call } from '../../api/api-client';
import { barrierName, useCatalogueStore } from '../../state/catalogue-store';

export type LinkChoice = { kind: 'barrier' | 'service'; ref: string; label: string };

/** The barriers and services a decision or an action can be linked to, named as the register names them. */
export function useLinkChoices(): LinkChoice[] {
  const catalogue = useCatalogueStore((state) => state.catalogue);
  const loadCatalogue = useCatalogueStore((state) => state.load);
  const [register, setRegister] = useState<RegisterEntry[]>([]);
  const [services, setServices] = useState<Service[]>([]);
  useEffect(() => {
    void loadCatalogue();
    void call('listRegister', {}).then(setRegister);
    void call('listServices', {}).then(setServices);
  }, [loadCatalogue]);
  return [
    ...register.map((entry): LinkChoice => ({ kind: 'barrier', ref: entry.id, label: barrierName(catalogue, entry) })),
    ...services.map((service): LinkChoice => ({ kind: 'service', ref: service.id, label: service.name })),
  ];
}
