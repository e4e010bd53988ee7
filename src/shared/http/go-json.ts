const HTML_SENSITIVE = /[<>&\u2028\u2029]/g;
const HAS_HTML_SENSITIVE = /[<>&\u2028\u2029]/;
const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON as Go's encoder writes it (api.md §0.4): `<`, `>`, `&` and the line separators escaped. Every
 * JSON response is written this way, and so is the JSON embedded in a page's `<script>`, where the
 * escapes keep a value from closing the element.
 */
export function goJson(value: unknown): string {
  const json = JSON.stringify(value);
  return json !== undefined && HAS_HTML_SENSITIVE.test(json) ? json.replace(HTML_SENSITIVE, (c) => ESCAPES[c]) : json;
}
