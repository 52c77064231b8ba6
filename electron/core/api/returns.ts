/** Carries a method's result type in the contract table; it has no value at run time. */
export type Returns<T> = { readonly resultType?: T };

export function returns<T>(): Returns<T> {
  return {};
}
