/**
 * What a screen reader says of a place's mark: its name (the aria-label, in the name's language)
 * and, in brackets, its description (its kind, "approximate location"), read from the texts the
 * mark's aria-describedby names.
 */
export function spoken(mark: Element): string {
  const root = mark.getRootNode() as ShadowRoot;
  const described = (mark.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.getElementById(id)!.textContent);
  return `${mark.getAttribute('aria-label')} (${described.join(', ')})`;
}
