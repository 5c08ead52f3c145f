/**
 * Where a posting lives on the company's site: the base URL from knowledge/
 * or from the Hugo site the content folder sits in (hugo.toml, hugo.yaml,
 * config.toml …), and the page path from `url`/`slug` or the folder layout.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

const CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];

export interface Site {
  baseUrl: string;
  /** The folder page paths are relative to: the Hugo site's content/ folder, else the content folder itself. */
  root: string;
  title: string;
}

function readConfig(file: string): Record<string, unknown> | null {
  try {
    const text = readFileSync(file, 'utf8');
    const data = file.endsWith('.toml') ? parseToml(text) : file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
    return data && typeof data === 'object' ? Object.fromEntries(Object.entries(data as object).map(([key, value]) => [key.toLowerCase(), value])) : null;
  } catch {
    return null;
  }
}

/** The Hugo site around a content folder, looking up to the folder that holds `content/`. */
export function findSite(contentDir: string, baseUrlFromKnowledge: string): Site {
  let dir = path.resolve(contentDir);
  for (let depth = 0; depth < 4; depth += 1) {
    const parent = path.dirname(dir);
    if (path.basename(dir) === 'content') {
      for (const name of CONFIGS) {
        const file = path.join(parent, name);
        if (!existsSync(file)) continue;
        const config = readConfig(file);
        const baseUrl = baseUrlFromKnowledge || (typeof config?.baseurl === 'string' ? config.baseurl : '');
        return { baseUrl, root: dir, title: typeof config?.title === 'string' ? config.title : '' };
      }
      break;
    }
    if (parent === dir) break;
    dir = parent;
  }
  return { baseUrl: baseUrlFromKnowledge, root: path.resolve(contentDir), title: '' };
}

/** The posting's public URL. `relative` is its page path under the site's root, e.g. "jobs/devops-engineer". */
export function pageUrl(site: Site, relative: string, front: { url?: string; slug?: string }, fromKnowledge: boolean): string {
  let page = relative.split(path.sep).join('/');
  if (front.slug) page = [...page.split('/').slice(0, -1), front.slug].join('/');
  if (front.url) page = front.url.replace(/^\//, '');
  // knowledge/'s baseUrl names the postings' own folder ("https://x/career/"): page paths are then relative to the content folder.
  if (!front.url && fromKnowledge) page = page.split('/').slice(-1).join('/');
  const base = site.baseUrl ? (site.baseUrl.endsWith('/') ? site.baseUrl : `${site.baseUrl}/`) : '/';
  const joined = `${base}${page}`;
  return /\.\w+$/.test(joined) || joined.endsWith('/') ? joined : `${joined}/`;
}
