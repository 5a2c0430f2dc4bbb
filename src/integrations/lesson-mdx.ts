import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';

/**
 * The MDX components that need to know the page they are written in (src/components/lesson.ts): the lesson's
 * quiz and teacher notes read its entry; KeyTerm and HelpContacts name its file in an error.
 */
export const PAGE_COMPONENTS = ['Quiz', 'TeacherNotes', 'KeyTerm', 'HelpContacts'];

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/**
 * Gives every page-aware component in a docs page the page's file (`file="content/docs/ru/lessons/x.mdx"`,
 * the entry's `filePath`), written into the compiled MDX. The component looks its entry up from it, so it
 * renders the same wherever the MDX is rendered (the lesson page, the projector, the booklet) without reading
 * request-scoped state. An explicit `file` in the MDX is left as it is.
 */
export function pageFilePlugin(file: string): HastPluginDefinition {
  const withFile = (node: Readonly<JsxElement>) => {
    if (node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'file')) return;
    return {
      ...node,
      attributes: [...node.attributes, { type: 'mdxJsxAttribute' as const, name: 'file', value: file }],
    };
  };
  return {
    name: 'page-file',
    mdxJsxFlowElement: { filter: PAGE_COMPONENTS, visit: withFile },
    mdxJsxTextElement: { filter: PAGE_COMPONENTS, visit: withFile },
  };
}

interface SatteriProcessor {
  name: string;
  options: { hastPlugins: unknown[] };
}

/** The file of an MDX page relative to the project root: what the docs loader records as `filePath`. */
function projectFile(root: URL, ctx: { fileURL: URL | undefined }): string | undefined {
  if (!ctx.fileURL) return undefined;
  return relative(fileURLToPath(root), fileURLToPath(ctx.fileURL)).split('\\').join('/');
}

/**
 * Adds the site's own steps to Astro's Markdown processor (Sätteri), after Starlight's (listed after
 * starlight() in astro.config.mjs, so its heading ids and anchor wrappers are in the tree already).
 */
export default function lessonMdx(): AstroIntegration {
  return {
    name: 'lesson-mdx',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as SatteriProcessor | undefined;
        if (processor?.name !== 'satteri') {
          throw new Error(
            `lesson-mdx: the MDX steps are Sätteri hast plugins, but markdown.processor is "${processor?.name}"`,
          );
        }
        const root = config.root;
        processor.options.hastPlugins.push((ctx: Pick<HastVisitorContext, 'fileURL' | 'sourceFormat'>) => {
          const file = projectFile(root, ctx);
          if (ctx.sourceFormat !== 'mdx' || !file?.startsWith('content/docs/')) return null;
          return pageFilePlugin(file);
        });
      },
    },
  };
}
