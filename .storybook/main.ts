import type { StorybookConfig } from '@storybook/web-components-vite';
import * as vite from 'vite';

/**
 * Workspace packages export `"devisus-source": "./src/index.ts"`: with that condition first,
 * Storybook reads every package from its TypeScript source, so no build is needed before
 * `storybook dev` and edits show at once. Vite's own defaults (`module`, `browser`,
 * `development|production`) follow, so third-party packages resolve as usual.
 */
const DEFAULT_CLIENT_CONDITIONS: readonly string[] = (vite as { defaultClientConditions?: readonly string[] })
  .defaultClientConditions ?? ['module', 'browser', 'development|production'];

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Sample data the stories load with `src`, served at /fixtures/.
  staticDirs: [{ from: '../stories/support/fixtures', to: '/fixtures' }],
  // The closed network would otherwise make every build wait for the telemetry request to time out.
  core: { disableTelemetry: true },
  // Visitors of the catalogue are users of the library, not Storybook newcomers: no onboarding
  // checklist in the sidebar, no onboarding guide in the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    const conditions = viteConfig.resolve?.conditions ?? [...DEFAULT_CLIENT_CONDITIONS];
    const oxc = typeof viteConfig.oxc === 'object' ? viteConfig.oxc : {};
    return {
      ...viteConfig,
      resolve: {
        ...viteConfig.resolve,
        conditions: ['devisus-source', ...conditions.filter((condition) => condition !== 'devisus-source')],
      },
      // In `storybook dev`, Storybook's web-components renderer imports `lit/directive-helpers.js`,
      // which the dep optimizer would otherwise serve unbundled: a second copy of lit-html next to
      // the pre-bundled one ("Multiple versions of Lit loaded"). Pre-bundle them together.
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
      },
      // The repo compiles with `useDefineForClassFields: false` (tsconfig.base.json) and uses no
      // decorators. Vite 8 transforms TypeScript with Oxc; say the same thing to it here rather than
      // rely on which tsconfig.json it happens to find. Without it, class fields such as `state`
      // become own properties that shadow Lit's reactive accessors: the build succeeds and the
      // elements silently never update.
      oxc: {
        ...oxc,
        // setPublicClassFields + removeClassFieldsWithoutInitializer = useDefineForClassFields: false
        assumptions: { ...oxc.assumptions, setPublicClassFields: true },
        typescript: { ...oxc.typescript, removeClassFieldsWithoutInitializer: true },
      },
    };
  },
};

export default config;
