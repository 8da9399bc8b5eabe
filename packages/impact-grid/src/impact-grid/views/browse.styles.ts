import { css } from 'lit';

/** Browse mode: the whole grid to read, with its levels and sources. */
export const browseStyles = css`
  .browse .indicators {
    padding-inline-start: 1.25em;
  }
  .browse .type {
    font-size: var(--_text-s);
    color: var(--_muted);
    margin-inline-start: 0.5em;
  }
  .browse .levels {
    font-size: var(--_text-s);
    color: var(--_muted);
  }
  .sources {
    font-size: var(--_text-s);
    color: var(--_muted);
  }
`;
