// The page's words: every visible string comes from web/static/i18n/<language>.json.

const LANGUAGE_COOKIE = "lang";
const COOKIE_MAX_AGE = 365 * 24 * 3600;

let language = document.documentElement.lang;
let strings = JSON.parse(document.getElementById("strings").textContent);

export function currentLanguage() {
  return language;
}

// t("status.common", { list: "music" }): a missing key is a bug, so it is reported loudly.
export function t(key, values = {}) {
  const text = strings[key];
  if (text === undefined) {
    console.error(`missing translation: ${key} (${language})`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) =>
    name in values ? String(values[name]) : whole,
  );
}

export function has(key) {
  return key in strings;
}

export function plural(prefix, count) {
  const form = new Intl.PluralRules(language).select(count);
  const key = has(`${prefix}.${form}`) ? `${prefix}.${form}` : `${prefix}.other`;
  return t(key, { count: count.toLocaleString(language) });
}

// "music, films, and chess" in English, "musik, film og skak" in Danish.
export function joinList(items) {
  return new Intl.ListFormat(language, { type: "conjunction" }).format(items);
}

// Fill every element marked with data-i18n (text), data-i18n-label (aria-label) or
// data-i18n-href (a link that differs by language, such as a helpline's).
export function translatePage(root = document) {
  for (const element of root.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll("[data-i18n-label]")) {
    element.setAttribute("aria-label", t(element.dataset.i18nLabel));
  }
  for (const element of root.querySelectorAll("[data-i18n-href]")) {
    element.href = t(element.dataset.i18nHref);
  }
  document.title = t("site.name");
}

export async function switchLanguage(code) {
  const response = await fetch(`/static/i18n/${encodeURIComponent(code)}.json`);
  if (!response.ok) {
    throw new Error(`no strings for language ${code}`);
  }
  strings = await response.json();
  language = code;
  document.documentElement.lang = code;
  const cookie = `${LANGUAGE_COOKIE}=${code}; path=/; max-age=${COOKIE_MAX_AGE}; samesite=strict`;
  document.cookie = cookie;
  translatePage();
}
