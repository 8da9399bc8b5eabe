import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { withActions } from 'storybook/actions/decorator';
import '@devisus/survey/define/devisus-survey-embed.js';
import '@devisus/survey/define/devisus-survey.js';
import { IMPACT_VALUESS_SURVEY_URL } from '../packages/survey/src/embed/providers.js';
import { framedSurvey } from './support/survey-samples.js';

/** The controls every story shares; their names are the element's attributes. */
interface EmbedArgs {
  src: string;
  provider: string;
  height: string;
  'remember-consent': boolean;
}

/** Rows of the manifest that the stories do not drive: shown in the Docs table, without a control. */
const NO_CONTROL = [
  'lang',
  'title',
  'theme',
  'rememberConsent',
  'state',
  'loaded',
  'devisus-consent',
  'devisus-error',
  'privacy',
  'load-button',
  'open-link',
  'frame',
  'forget-button',
  'error',
];

/**
 * The `consent` attribute and the `consent` CSS part share a name, and the Docs table keys its rows
 * by name: the manifest's part would replace the attribute. Both are given here, the part under
 * another key with its display name. `consent` has no control: ticking it on a story whose `src` is
 * a real survey service would load that service without anyone pressing its button.
 */
const sameName = {
  consent: {
    description:
      'The site has already obtained the visitor’s consent (with its own banner, say): the survey loads at ' +
      'once, with no panel.',
    control: false,
    table: { category: 'attributes', type: { summary: 'boolean' }, defaultValue: { summary: 'false' } },
  },
  'consent-part': {
    name: 'consent',
    description: 'The panel asking the visitor before anything is loaded.',
    control: false,
    table: { category: 'css shadow parts' },
  },
};

/**
 * The hidden story that stands in for a survey service's page in the "after consent" stories: a
 * page of this Storybook, on its own address, so that nothing is requested from any service.
 */
const FRAME_PAGE_ID = 'elements-survey-embed--frame-page';

/** The stand-in page's address (this Storybook's own iframe.html), in the toolbar's language and theme. */
function framePage(context: Pick<StoryContext<EmbedArgs>, 'globals'>): string {
  const globals = ['locale', 'theme']
    .filter((name) => typeof context.globals[name] === 'string')
    .map((name) => `${name}:${String(context.globals[name])}`)
    .join(';');
  const url = new URL('iframe.html', window.location.href);
  url.search = new URLSearchParams({ id: FRAME_PAGE_ID, viewMode: 'story' }).toString();
  if (globals) url.search += `&globals=${globals}`;
  return url.href;
}

/** Renders an embed story with the shared controls; `consent` is set by the story, never by a control. */
const embed = (args: EmbedArgs, consent = false) =>
  html`<devisus-survey-embed
    src=${args.src}
    provider=${ifDefined(args.provider || undefined)}
    height=${ifDefined(args.height || undefined)}
    ?consent=${consent}
    ?remember-consent=${args['remember-consent']}
  ></devisus-survey-embed>`;

/**
 * `<devisus-survey-embed>` shows a survey that lives on another service (SurveyMonkey, LimeSurvey,
 * KoboToolbox, Framaforms, Tally, Typeform, Google Forms, Microsoft Forms or any address), but only
 * once the visitor agrees: until then nothing at all is requested from that service. The panel names
 * who would receive the visitor's data, links to that service's privacy policy, and offers to load
 * the survey here or to open it in a new tab.
 *
 * In these stories no real survey service is ever loaded unless you press "Load the survey" on a
 * story whose address is one (the first one: the Impact & ValuESS questionnaire on SurveyMonkey).
 * The "after consent" stories show, in the frame, a page of this Storybook that stands in for the
 * service, with `provider="tally"` so that the names are those of a real service.
 */
const meta = {
  title: 'Elements/Survey embed',
  component: 'devisus-survey-embed',
  tags: ['autodocs'],
  decorators: [withActions],
  argTypes: {
    src: { description: 'The survey’s address (https:// or http://).', control: 'text' },
    provider: {
      description:
        'Overrides the service detected from `src`: `surveymonkey`, `limesurvey`, `kobotoolbox`, `enketo`, ' +
        '`framaforms`, `tally`, `typeform`, `google-forms` or `microsoft-forms`. Any other value is shown as the ' +
        'service’s name, without a privacy link.',
      control: 'text',
    },
    height: {
      description: 'The frame’s height: a CSS length (px, em, rem, vh) or a number of pixels. 600px by default.',
      control: 'text',
    },
    'remember-consent': {
      description:
        'Remembers in this browser (localStorage) that the visitor agreed to load surveys from this service, and ' +
        'offers to forget it.',
      control: 'boolean',
    },
    ...sameName,
    ...Object.fromEntries(NO_CONTROL.map((name) => [name, { control: false }])),
  },
  args: { src: IMPACT_VALUESS_SURVEY_URL, provider: '', height: '', 'remember-consent': false },
  parameters: {
    actions: { handles: ['devisus-consent', 'devisus-error'] },
    docs: {
      description: {
        component:
          'A survey hosted elsewhere, loaded only once the visitor agrees: nothing is requested from the survey’s ' +
          'service before. Switch the language and theme in the toolbar; the Actions panel shows ' +
          '`devisus-consent`. Why, what the panel says, the services known and the frame’s sandbox are in ' +
          '_Elements › Survey › Guides_.',
      },
    },
  },
} satisfies Meta<EmbedArgs>;

export default meta;
type Story = StoryObj<EmbedArgs>;

/**
 * The Impact & ValuESS questionnaire on SurveyMonkey (`https://www.surveymonkey.com/s/B86S2K8`),
 * before the visitor chooses: the panel says the survey is hosted by SurveyMonkey, that SurveyMonkey
 * would receive the visitor's IP address and may set cookies, and links to its privacy policy.
 * Nothing has been requested from SurveyMonkey. Pressing "Load the survey" loads the real
 * SurveyMonkey page in a frame (where the network allows it); "Open in a new tab" opens it there.
 */
export const BeforeConsent: Story = {
  name: 'Before consent: Impact & ValuESS on SurveyMonkey',
  render: (args) => embed(args),
};

/**
 * `consent`: the site has already asked (with its own banner, say), so the survey loads at once. In
 * Storybook the frame shows a page of this Storybook standing in for the service, not a real one;
 * `provider="tally"` gives it Tally's name (the frame's title is "Survey on Tally"). The stand-in
 * page posts `{ type: 'devisus-embed-height', height }` to the element whenever its height changes,
 * so the frame fits it: answer Yes to see it grow.
 */
export const AfterConsent: Story = {
  name: 'After consent (same-origin stand-in, provider="tally")',
  args: { provider: 'tally' },
  render: (args, context) => embed({ ...args, src: framePage(context) }, true),
};

/**
 * The same stand-in page, with `provider="tally"` and `remember-consent`, before the visitor
 * chooses: the panel says the choice will be remembered. Press "Load the survey" (it loads only the
 * stand-in): the frame appears, with "Forget my choice for Tally" below it. Reload the story: the
 * survey loads straight away, until you press that button.
 */
export const RememberConsent: Story = {
  name: 'Remember consent (same-origin stand-in)',
  args: { provider: 'tally', 'remember-consent': true },
  render: (args, context) => embed({ ...args, src: framePage(context) }),
};

/**
 * LimeSurvey software run by an organisation on its own server (a made-up address on example.org):
 * the panel says the data goes to that server, whose privacy policy the element cannot know, and
 * links to LimeSurvey's website rather than to a policy.
 */
export const SelfHosted: Story = {
  name: 'Before consent: self-hosted LimeSurvey',
  args: { src: 'https://surveys.example.org/index.php/123456' },
  render: (args) => embed(args),
};

/** An address the element does not know (made up, on example.org): the panel names the site's host. */
export const UnknownSite: Story = {
  name: 'Before consent: unknown site',
  args: { src: 'https://forms.example.org/impact-survey' },
  render: (args) => embed(args),
};

/**
 * `src` that is not an http(s) address (`javascript:…`): nothing is shown but a message, and the
 * element fires `devisus-error`. Switch the language: the message follows.
 */
export const InvalidSrc: Story = {
  name: 'Invalid address',
  args: { src: 'javascript:alert(1)' },
  parameters: { controls: { disable: true } },
  render: (args) => embed(args),
};

const observed = new WeakSet<Element>();

/** Tells the page around the frame how tall this page is, in the element's height message. */
function postHeight(element: Element | undefined): void {
  if (!element || observed.has(element) || window.parent === window) return;
  observed.add(element);
  new ResizeObserver(() => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    window.parent.postMessage({ type: 'devisus-embed-height', height }, window.location.origin);
  }).observe(element);
}

/**
 * The page the "after consent" stories load in their frame, standing in for a survey service: a
 * short `<devisus-survey>` that posts its height to the page around it. Hidden from the sidebar.
 */
export const FramePage: Story = {
  name: 'Stand-in survey page (shown in the frame)',
  tags: ['!dev', '!autodocs', '!test'],
  parameters: { layout: 'fullscreen', controls: { disable: true } },
  render: () =>
    html`<div style="padding: 1rem; display: flow-root" ${ref(postHeight)}>
      <devisus-survey storage-key="storybook-survey-embed-frame" .data=${framedSurvey}></devisus-survey>
    </div>`,
};
