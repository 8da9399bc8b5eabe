import { css } from 'lit';

export const embedStyles = css`
  :host {
    border-radius: var(--_radius);
  }
  .consent {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  h2 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.15em;
    line-height: 1.3;
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .note {
    color: var(--_muted);
  }
  a {
    color: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-top: var(--_space);
  }
  .button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.4em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .secondary {
    background: transparent;
    color: var(--_primary);
  }
  iframe {
    display: block;
    width: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .below {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    margin: calc(var(--_space) / 2) 0 0;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  [role='status'] {
    margin-top: calc(var(--_space) / 2);
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
