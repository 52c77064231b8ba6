import type { Language } from '../domain/languages';
import type { MemberRole } from '../domain/member-roles';
import type { AddressForm } from '../domain/address-forms';

export type Committee = {
  id: string;
  name: string;
  region: string;
  language: Language;
  isDemo: boolean;
  /** How often each service's fidelity is to be reviewed; a review older than this is due. */
  fidelityReviewMonths: number;
  createdAt: string;
  updatedAt: string;
};

export type Member = {
  id: string;
  name: string;
  organisation: string;
  role: MemberRole;
  addressForm: AddressForm;
  activeFrom: string;
  activeTo: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
};

export type Service = {
  id: string;
  name: string;
  provider: string;
  startDate: string;
};
