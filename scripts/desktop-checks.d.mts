// Types for desktop-checks.mjs, which the unit tests import (tsconfig does not read JavaScript).
export declare const CAUSE_PREFIX: string;
export declare function oldestNode(range: string): [number, number, number] | null;
export declare function nodeVersionProblem(nodeVersion: string, tools: { name: string; range?: string | undefined }[], appRange: string | undefined, command: string): string | null;
export declare function locateElectron(
  electronDir: string,
  env: NodeJS.ProcessEnv,
  readPathTxt: () => string | null,
  exists: (path: string) => boolean,
): { binary: string | null; override: boolean; found: boolean };
export interface ElectronArtifact {
  version: string;
  fileName: string;
  url: string;
}
export declare function overrideProblem(binary: string, electron: ElectronArtifact, command: string): string;
export declare function electronArtifact(version: string, env: NodeJS.ProcessEnv, platform: string, arch: string): ElectronArtifact;
export declare function electronCacheDir(env: NodeJS.ProcessEnv, platform: string, home: string): string;
export declare function classifyDownloadFailure(output: string, env: NodeJS.ProcessEnv): { kind: 'connection' | 'proxy' | 'other'; detail: string; host: string };
export declare function downloadProblem(output: string, electron: ElectronArtifact, cacheDir: string, env: NodeJS.ProcessEnv, command: string): string;
export declare function wrap(paragraph: string, width?: number): string;
