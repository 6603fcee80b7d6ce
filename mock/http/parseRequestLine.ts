/**
 * Splits a raw request URL the way the vendor's ASP.NET front end reads it: path and query names
 * case-insensitive, duplicate names joined with ",", malformed percent-escapes kept literally
 * (garbage query strings must never throw).
 */
function decode(text: string): string {
  if (text.indexOf('%') === -1 && text.indexOf('+') === -1) return text;
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** Lower-cased, decoded path with one trailing slash removed (ASP.NET routing ignores it). */
export function normalisePath(rawPath: string): string {
  let path = rawPath;
  if (path.indexOf('%') !== -1) {
    try {
      path = decodeURIComponent(path);
    } catch {
      /* keep as sent */
    }
  }
  path = path.toLowerCase();
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

export function parseQueryString(search: string): Map<string, string> {
  const query = new Map<string, string>();
  if (!search) return query;
  for (const pair of search.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const name = decode(eq === -1 ? pair : pair.slice(0, eq)).toLowerCase();
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1));
    const previous = query.get(name);
    query.set(name, previous === undefined ? value : `${previous},${value}`);
  }
  return query;
}

export function splitUrl(url: string): { path: string; query: Map<string, string> } {
  const q = url.indexOf('?');
  const rawPath = q === -1 ? url : url.slice(0, q);
  const hash = rawPath.indexOf('#');
  return { path: normalisePath(hash === -1 ? rawPath : rawPath.slice(0, hash)), query: parseQueryString(q === -1 ? '' : url.slice(q + 1)) };
}
