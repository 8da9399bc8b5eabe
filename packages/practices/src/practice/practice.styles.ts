import { css } from 'lit';

/** How a practice looks, in a card and in the gallery's list and dialog. */
export const practiceStyles = css`
  .practice h2,
  .practice h3 {
    margin: 0;
    font-size: var(--_text-l);
    line-height: 1.3;
  }
  .field h3 {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }
  .meta {
    margin: 0.25em 0;
    color: var(--_muted);
    font-size: var(--_text-s);
  }
  .summary p,
  .field p {
    margin: 0.5em 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .themes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    font-size: var(--_text-s);
    background: var(--_surface-alt);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0.75em 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
    min-width: 0;
  }
  .facts .themes {
    margin: 0;
  }
  .image {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  .source {
    font-size: var(--_text-s);
    color: var(--_muted);
  }
  a {
    color: var(--_primary);
    overflow-wrap: anywhere;
  }
  .external {
    margin-inline-start: 0.2em;
  }
  @media (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-bottom: 0.5em;
    }
  }
  /* The summary of a practice in a list or a compact card: four lines, the card's link leads to the rest. */
  .clamped {
    display: -webkit-box;
    -webkit-line-clamp: 4;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
`;
