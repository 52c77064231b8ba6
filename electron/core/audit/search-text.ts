/** Text folded for searching: case and diacritics do not matter ("dvorakova" finds Dvořáková). */
export function searchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}
