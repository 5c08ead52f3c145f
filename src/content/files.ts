/** The content files of a folder as Hugo lays them out: posting files, page bundles, section pages. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface ContentFile {
  absolute: string;
  /** What problems and postings show: relative to the working directory when inside it. */
  shown: string;
  kind: 'posting' | 'company';
  /** Posting id: the file name without .md, or a bundle's folder name. */
  id: string;
  /** Page path relative to the folder, without extension: "jobs/devops" or "jobs/devops" for jobs/devops/index.md. */
  page: string;
}

export function listContentFiles(contentDir: string, cwd = process.cwd()): ContentFile[] {
  const root = path.resolve(contentDir);
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(absolute);
        continue;
      }
      if (!/\.(md|markdown)$/i.test(entry.name)) continue;
      const base = entry.name.replace(/\.(md|markdown)$/i, '');
      const relativeDir = path.relative(root, dir);
      const shown = absolute.startsWith(cwd + path.sep) ? path.relative(cwd, absolute) : absolute;
      if (base === '_index') files.push({ absolute, shown, kind: 'company', id: '_index', page: relativeDir });
      else if (base === 'index') files.push({ absolute, shown, kind: 'posting', id: path.basename(dir), page: relativeDir });
      else files.push({ absolute, shown, kind: 'posting', id: base, page: path.join(relativeDir, base) });
    }
  };
  walk(root);
  return files;
}
