// Bundles the consent script and its CSS into banner/dist/ (committed: production installs have
// no esbuild). `npm run build:banner` writes the files; banner/build.test.ts checks that the
// committed files equal a fresh build.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export const distFiles = { js: here('dist/consent.js'), css: here('dist/consent.css') } as const;

async function bundle(entry: string, target: string[]): Promise<string> {
  const result = await build({
    entryPoints: [here(entry)], bundle: true, write: false, minify: true, target,
    format: entry.endsWith('.ts') ? 'iife' : undefined, sourcemap: false, legalComments: 'none',
    // Non-ASCII escaped: the file is right whatever charset a site serves it with.
    charset: 'ascii', logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild wrote nothing for ${entry}`);
  return file.text;
}

/** The bundled script (iife, ES2017) and the minified CSS, as banner/dist/ should hold them. */
export async function buildBanner(): Promise<{ js: string; css: string }> {
  const [js, css] = await Promise.all([
    bundle('consent.ts', ['es2017']),
    bundle('consent.css', ['chrome61', 'edge16', 'firefox60', 'safari11']),
  ]);
  return { js, css };
}

if (import.meta.main) {
  const { js, css } = await buildBanner();
  writeFileSync(distFiles.js, js);
  writeFileSync(distFiles.css, css);
  process.stdout.write(`banner/dist/consent.js ${js.length} bytes, banner/dist/consent.css ${css.length} bytes\n`);
}
