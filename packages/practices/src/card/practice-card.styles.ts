import { css } from 'lit';

export const cardStyles = css`
  :host {
    container-type: inline-size;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  article {
    padding: var(--_space);
  }
  .read-more {
    min-height: 44px;
    margin-top: var(--_space-xs);
    padding: var(--_space-xs) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  h2[tabindex='-1']:focus {
    outline: none;
  }
`;
