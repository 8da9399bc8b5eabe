/** Lower case, accents removed: "Économie" and "economie" compare equal, for searching. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
