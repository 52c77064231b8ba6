import { readCommittee } from '../committee/read-committee';
import type { ApiContext } from './api-context';

export function committeeLanguage(context: ApiContext) {
  return readCommittee(context.workspace.db())?.language ?? 'en';
}
