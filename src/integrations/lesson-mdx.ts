import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Root, RootContent } from 'hast';
import type {
  HastPluginDefinition,
  HastVisitorContext,
  MdxJsxAttributeNode,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from 'satteri';
import { sectionKind } from '../lib/lesson-sections.ts';

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

/** The component each section is wrapped in; `props.lessonSections` is the list it reports to, if any. */
const SECTION_COMPONENT = 'LessonSection';
const SECTION_IMPORT = `import ${SECTION_COMPONENT} from '~/components/LessonSection.astro';`;

const classesOf = (node: Element) =>
  [node.properties.className ?? node.properties.class ?? []].flat().flatMap((c) => String(c).split(/\s+/));

/** The `##` heading a top-level node is: a bare <h2>, or Starlight's wrapper around one (with its anchor link). */
function h2Of(node: RootContent): Element | undefined {
  if (node.type !== 'element') return undefined;
  if (node.tagName === 'h2') return node;
  if (node.tagName !== 'div' || !classesOf(node).includes('sl-heading-wrapper')) return undefined;
  return node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'h2');
}

/** The names of the MDX components anywhere under these nodes. */
function componentsIn(nodes: readonly RootContent[]): string[] {
  const names: string[] = [];
  const walk = (node: RootContent) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) names.push(node.name);
    if ('children' in node) node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return names;
}

const attribute = (name: string, value: string): MdxJsxAttributeNode => ({ type: 'mdxJsxAttribute', name, value });
const expression = (name: string, value: string): MdxJsxAttributeNode => ({
  type: 'mdxJsxAttribute',
  name,
  value: { type: 'mdxJsxAttributeValueExpression', value },
});

/**
 * Cuts a lesson at its `##` headings in the compiled tree: the body of each section (what follows its heading,
 * and the text before the first heading) is wrapped in <LessonSection> with the heading's id and text and the
 * section's kind, read from the components it holds (a <Quiz> makes it the quiz section…). On the lesson page
 * <LessonSection> renders its body as it was; rendered with a `lessonSections` list (the projector, the
 * booklet), it reports each section there instead. Headings stay outside, so ids and anchors are Starlight's.
 */
export function lessonSectionsPlugin(): HastPluginDefinition {
  return {
    name: 'lesson-sections',
    after(root: Readonly<Root>, ctx) {
      const sections: { heading?: Element; body: RootContent[] }[] = [];
      let current: (typeof sections)[number] | undefined;
      let firstContent: RootContent | undefined;
      for (const node of root.children) {
        if (node.type === 'mdxjsEsm' || node.type === 'doctype') continue;
        firstContent ??= node;
        const heading = h2Of(node);
        if (heading || !current) sections.push((current = { heading, body: [] }));
        if (!heading) current.body.push(node);
      }
      if (!firstContent) return;
      ctx.insertBefore(firstContent, { type: 'mdxjsEsm', value: SECTION_IMPORT });
      sections.forEach(({ heading, body }, index) => {
        const [first, ...rest] = body;
        if (!first) return;
        const id = heading?.properties.id;
        ctx.replaceNode(first, {
          type: 'mdxJsxFlowElement',
          name: SECTION_COMPONENT,
          attributes: [
            expression('index', String(index)),
            attribute('id', typeof id === 'string' ? id : ''),
            attribute('heading', heading ? ctx.textContent(heading).trim() : ''),
            attribute('kind', sectionKind(componentsIn(body))),
            expression('collect', 'props.lessonSections'),
          ],
          // Copies: the nodes are moved into the wrapper, and their originals removed below.
          children: body.map((node) => JSON.parse(JSON.stringify(node)) as MdxJsxFlowElementHast['children'][number]),
        });
        for (const node of rest) ctx.removeNode(node);
      });
    },
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
        // Lessons only: their sections are what the projector and the booklet are cut from.
        processor.options.hastPlugins.push((ctx: Pick<HastVisitorContext, 'fileURL' | 'sourceFormat' | 'data'>) => {
          const frontmatter = (ctx.data.astro as { frontmatter?: { kind?: unknown } } | undefined)?.frontmatter;
          const file = projectFile(root, ctx);
          if (ctx.sourceFormat !== 'mdx' || !file?.startsWith('content/docs/') || frontmatter?.kind !== 'lesson') {
            return null;
          }
          return lessonSectionsPlugin();
        });
      },
    },
  };
}
