/**
 * JSON to embed in a page's `<script type="application/json">`: `<`, `>`, `&` and the line
 * separators are escaped so that no value can close the script element or break the page.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
