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
`;
