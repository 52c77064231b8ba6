import { textRules } from '../domain/text-rules';

/** What is wrong with a service name from a file, as the service form would see it; null when nothing. */
export function checkServiceName(name: string): { code: string; params: Record<string, string | number> } | null {
  // Counted as the form's field counts (UTF-16 units), so a name a file brings in could also be typed.
  if (name.length > textRules.maxNameLength) return { code: 'service_name_too_long', params: { max: textRules.maxNameLength, length: name.length } };
  if (textRules.hasControlInName(name)) return { code: 'service_name_control', params: {} };
  return null;
}
