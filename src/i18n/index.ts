/**
 * Message catalogues. Each area of the tool defines its own catalogue with
 * `defineMessages(vi, en)`; `en` must have exactly the keys of `vi`, so a
 * missing translation is a compile error.
 */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

let current: Lang = detectLang();

/** The language CCHC_LANG asks for; an unsupported value is checked by the CLI (`langFromEnv`). */
function detectLang(): Lang {
  const env = process.env['CCHC_LANG']?.trim().toLowerCase();
  return env === 'en' ? 'en' : 'vi';
}

/**
 * CCHC_LANG as given: null when unset or empty, the language when supported,
 * and the raw value otherwise (the CLI refuses it as it refuses `--lang fr`).
 */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang | null | { unsupported: string } {
  const raw = env['CCHC_LANG']?.trim();
  if (!raw) return null;
  const lang = raw.toLowerCase();
  return lang === 'vi' || lang === 'en' ? lang : { unsupported: raw };
}

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

export type Params = Record<string, string | number | boolean | null | undefined>;

export interface Catalogue<K extends string> {
  /** Renders message `key` in the current language with `{name}` placeholders filled. */
  t(key: K, params?: Params): string;
  /** Renders in an explicit language. */
  in(lang: Lang, key: K, params?: Params): string;
  keys(): K[];
}

export function defineMessages<const V extends Record<string, string>>(
  vi: V,
  en: { [K in keyof V]: string },
): Catalogue<Extract<keyof V, string>> {
  type K = Extract<keyof V, string>;
  const render = (lang: Lang, key: K, params?: Params): string => {
    const template: string = (lang === 'en' ? en[key] : vi[key]) ?? String(key);
    return interpolate(template, params);
  };
  return {
    t: (key, params) => render(current, key, params),
    in: render,
    keys: () => Object.keys(vi) as K[],
  };
}

/**
 * Fills `{name}` with params.name. `{name|one|other}` is a plural word: `one`
 * when params.name is 1, else `other` ("{count} {count|file|files}"); English
 * needs it, Vietnamese nouns do not change.
 */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    const v = params[name];
    if (one !== undefined) return Number(v) === 1 ? one : other!;
    return v === undefined || v === null ? whole : String(v);
  });
}
