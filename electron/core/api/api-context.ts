import type { Host } from './host';
import type { Workspace } from './workspace';

export type ApiContext = { workspace: Workspace; host: Host };
