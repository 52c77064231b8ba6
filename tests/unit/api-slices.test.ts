import { describe, expect, expectTypeOf, it } from 'vitest';
import { apiHandlers } from '../../electron/core/api/api-handlers';
import { contract, isMethodName, methodNames, type MethodName } from '../../electron/core/api/contract';

// Found by file name, so that a feature's new part cannot be left out of these checks by forgetting to list it.
const contractModules = import.meta.glob<Record<string, unknown>>('../../electron/core/*/*-contract.ts', { eager: true });
const sliceModules = import.meta.glob<Record<string, unknown>>(['../../electron/core/*/*-api.ts', '!../../electron/core/api/call-api.ts'], { eager: true });

type Part = Record<string, unknown>;

function isPart(value: unknown): value is Part {
  return typeof value === 'object' && value !== null;
}

/** The export a module is named after: `barriers-contract.ts` exports `barriersContract`. */
function namedExport(path: string, module: Record<string, unknown>): unknown {
  const words = (path.split('/').pop() ?? '').replace(/\.ts$/, '').split('-');
  const name = words.map((word, index) => (index === 0 ? word : `${word.charAt(0).toUpperCase()}${word.slice(1)}`)).join('');
  return module[name];
}

function contractParts(): Map<string, Part> {
  const parts = new Map<string, Part>();
  for (const [path, module] of Object.entries(contractModules)) {
    const part = namedExport(path, module);
    if (!isPart(part)) throw new Error(`${path} does not export its part of the contract under its own name`);
    parts.set(path, part);
  }
  return parts;
}

function slices(): Map<string, { contract: Part; handlers: Part }> {
  const found = new Map<string, { contract: Part; handlers: Part }>();
  for (const [path, module] of Object.entries(sliceModules)) {
    const slice = namedExport(path, module);
    if (!isPart(slice) || !isPart(slice.contract) || !isPart(slice.handlers)) throw new Error(`${path} does not export an apiSlice under its own name`);
    found.set(path, { contract: slice.contract, handlers: slice.handlers });
  }
  return found;
}

/** Method names that more than one part declares, each with the parts: spread together, the later would silently win. */
function declaredTwice(parts: ReadonlyMap<string, Part>): Record<string, string[]> {
  const declaredBy = new Map<string, string[]>();
  for (const [path, part] of parts) {
    for (const method of Object.keys(part)) declaredBy.set(method, [...(declaredBy.get(method) ?? []), path]);
  }
  return Object.fromEntries([...declaredBy].filter(([, paths]) => paths.length > 1));
}

describe('the API assembled from the features’ slices', () => {
  it('notices a method that two slices declare', () => {
    const parts = new Map<string, Part>([
      ['a-contract.ts', { listThings: {}, addThing: {} }],
      ['b-contract.ts', { addThing: {}, dropThing: {} }],
    ]);
    expect(declaredTwice(parts)).toEqual({ addThing: ['a-contract.ts', 'b-contract.ts'] });
  });

  it('finds every feature’s part and slice', () => {
    expect(contractParts().size).toBeGreaterThanOrEqual(12);
    expect(slices().size).toBe(contractParts().size);
  });

  it('declares each method in one slice only', () => {
    expect(declaredTwice(contractParts())).toEqual({});
    expect(declaredTwice(new Map([...slices()].map(([path, slice]) => [path, slice.contract])))).toEqual({});
  });

  it('assembles every slice into the contract, and nothing else', () => {
    const declared = [...contractParts().values()].flatMap((part) => Object.keys(part));
    expect([...declared].sort()).toEqual([...methodNames].sort());
  });

  it('pairs each slice’s handlers with exactly the schemas the contract assembled', () => {
    for (const [path, slice] of slices()) {
      expect(Object.keys(slice.handlers).sort(), path).toEqual(Object.keys(slice.contract).sort());
      for (const [method, entry] of Object.entries(slice.contract)) {
        expect(isMethodName(method) ? contract[method] : undefined, `${path}: ${method}`).toBe(entry);
      }
    }
  });

  it('has a handler for every method of the contract and none for a method it does not name', () => {
    expect(Object.keys(apiHandlers).sort()).toEqual([...methodNames].sort());
    for (const method of methodNames) expect(typeof apiHandlers[method], method).toBe('function');
    // A spread escapes the excess-property check of `satisfies`, so tsc checks the keys both ways here.
    expectTypeOf<keyof typeof apiHandlers>().toEqualTypeOf<MethodName>();
  });
});
