import type { Language } from '../domain/languages';
import type { MemberRole } from '../domain/member-roles';

export type Committee = {
  id: string;
  name: string;
  region: string;
  language: Language;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
};

export type Member = {
  id: string;
  name: string;
  organisation: string;
  role: MemberRole;
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
