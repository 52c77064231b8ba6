export type ApiError = {
  code: string;
  params: Record<string, string | number>;
  /** The input field at fault, as a dotted path, when one is. */
  field?: string;
};

/** What every transport carries back: a value, or an error the UI can put in words. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError };
