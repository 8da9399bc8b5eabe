import { css } from 'lit';
import { buttonLook } from '@devisus/core';

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
    ${buttonLook}
    margin-top: var(--_space-xs);
  }
  h2[tabindex='-1']:focus {
    outline: none;
  }
`;
