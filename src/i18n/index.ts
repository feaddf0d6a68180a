/**
 * Message catalogues. Each area of the tool defines its own catalogue with
 * `defineMessages(vi, en)`; `en` must have exactly the keys of `vi`, so a
 * missing translation is a compile error.
 */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

let current: Lang = detectLang();

function detectLang(): Lang {
  const env = process.env['CCHC_LANG']?.toLowerCase();
  return env === 'en' ? 'en' : 'vi';
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

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? whole : String(v);
  });
}
