/**
 * The survey services <devisus-survey-embed> recognises, and how it tells them apart by address.
 * Knowing the service lets the consent panel name who receives the visitor's data and link to the
 * page where that service says what it does with it.
 */

/** The Impact & ValuESS questionnaire on SurveyMonkey, for stories and examples. */
export const IMPACT_VALUESS_SURVEY_URL = 'https://www.surveymonkey.com/s/B86S2K8';

export interface ProviderEntry {
  /** The service's name, as shown to visitors. */
  readonly name: string;
  /** Its privacy policy, where a stable public address is known. */
  readonly privacy?: string;
  /** Its home page, linked instead when no privacy policy address is known for certain. */
  readonly website?: string;
}

/**
 * Known services. A `privacy` address is given only where the page is well known; otherwise the
 * service's home page is linked as its `website`, and the panel says so rather than call it a policy.
 */
export const PROVIDERS = {
  surveymonkey: { name: 'SurveyMonkey', privacy: 'https://www.surveymonkey.com/mp/legal/privacy/' },
  limesurvey: { name: 'LimeSurvey', website: 'https://www.limesurvey.org/' },
  kobotoolbox: { name: 'KoboToolbox', privacy: 'https://www.kobotoolbox.org/privacy/' },
  enketo: { name: 'Enketo', website: 'https://enketo.org/' },
  framaforms: { name: 'Framaforms', website: 'https://framaforms.org/' },
  tally: { name: 'Tally', privacy: 'https://tally.so/help/privacy-policy' },
  typeform: { name: 'Typeform', privacy: 'https://www.typeform.com/privacy-policy/' },
  'google-forms': { name: 'Google Forms', privacy: 'https://policies.google.com/privacy' },
  'microsoft-forms': { name: 'Microsoft Forms', privacy: 'https://privacy.microsoft.com/privacystatement' },
} as const satisfies Record<string, ProviderEntry>;

export type ProviderId = keyof typeof PROVIDERS;

export interface Provider extends ProviderEntry {
  /** A key of PROVIDERS, or `other` for a site the element does not know. */
  readonly id: ProviderId | 'other';
  /** The host the survey is loaded from: the one that receives the visitor's data. */
  readonly host: string;
  /**
   * The service's software run by another organisation on its own server (a LimeSurvey or Enketo
   * installation): the data goes to `host`, whose privacy policy the element cannot know.
   */
  readonly selfHosted?: boolean;
  /** A site the element does not know: `name` is its host. */
  readonly unknown?: boolean;
  /** Under which key a remembered consent is kept: per service, or per host when that is who receives the data. */
  readonly key: string;
}

/** `host` is `domain` or one of its subdomains. */
function within(host: string, ...domains: string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** A LimeSurvey survey address on any server: `/index.php/123456`, `/index.php/survey/index/sid/123456`, `/index.php?sid=123456`. */
function isLimeSurveyPath(url: URL): boolean {
  return (
    /\/index\.php\/(?:survey\/index\/sid\/)?\d+(?:\/|$)/.test(url.pathname) ||
    (url.pathname.endsWith('/index.php') && /^\d+$/.test(url.searchParams.get('sid') ?? ''))
  );
}

function known(id: ProviderId, host: string, selfHosted = false): Provider {
  const entry: ProviderEntry = PROVIDERS[id];
  return selfHosted
    ? { id, name: entry.name, host, selfHosted, key: `${id}@${host}` }
    : { id, ...entry, host, key: id };
}

/** Which service `url` belongs to, from its host (and, for LimeSurvey on any server, its path). */
export function detectProvider(url: URL): Provider {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (within(host, 'surveymonkey.com', 'surveymonkey.net', 'surveymonkey.co.uk', 'surveymonkey.eu'))
    return known('surveymonkey', host);
  if (within(host, 'limequery.com', 'limequery.org', 'limesurvey.net')) return known('limesurvey', host);
  if (within(host, 'kobotoolbox.org')) return known('kobotoolbox', host);
  if (host.startsWith('enketo.')) return known('enketo', host, true);
  if (within(host, 'framaforms.org')) return known('framaforms', host);
  if (within(host, 'tally.so')) return known('tally', host);
  if (within(host, 'typeform.com')) return known('typeform', host);
  if ((host === 'docs.google.com' && url.pathname.startsWith('/forms/')) || host === 'forms.gle')
    return known('google-forms', host);
  if (within(host, 'forms.office.com', 'forms.microsoft.com', 'forms.cloud.microsoft'))
    return known('microsoft-forms', host);
  if (isLimeSurveyPath(url)) return known('limesurvey', host, true);
  return { id: 'other', name: host, host, unknown: true, key: host };
}

/**
 * The provider of `url`, or the one the site owner names in `override` (a key of PROVIDERS, in any
 * case). Any other name is shown as given, with no link, and remembered per host. A named service
 * on a host that is not its own (a custom domain, say) is remembered per host too: a visitor who
 * agreed to Tally on tally.so has not agreed to whatever else calls itself Tally.
 */
export function providerFor(url: URL, override?: string | null): Provider {
  const detected = detectProvider(url);
  const wanted = override?.trim();
  if (!wanted) return detected;
  const host = detected.host;
  const id = wanted.toLowerCase();
  if (detected.id === id) return detected;
  if (Object.hasOwn(PROVIDERS, id)) return { ...known(id as ProviderId, host), key: `${id}@${host}` };
  return { id: 'other', name: wanted, host, key: host };
}
