/**
 * Service names are matched as people write them: case, surrounding and repeated spaces and Unicode
 * composition do not matter; diacritics do ("Hradec Králové" is not "Hradec Kralove").
 */
export function serviceNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('cs');
}
