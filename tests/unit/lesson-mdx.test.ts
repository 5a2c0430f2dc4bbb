import type { Root, RootContent } from 'hast';
import { mdxToJs, type HastPluginDefinition } from 'satteri';
import { describe, expect, it } from 'vitest';
import { PAGE_COMPONENTS, pageFilePlugin } from '../../src/integrations/lesson-mdx.ts';

/** Each MDX component in the compiled tree with the `file` it is given (undefined: none). */
function filesGiven(mdx: string, file: string) {
  let root: Root = { type: 'root', children: [] };
  const capture: HastPluginDefinition = {
    name: 'capture',
    after: (tree) => void (root = JSON.parse(JSON.stringify(tree)) as Root),
  };
  mdxToJs(mdx, { hastPlugins: [pageFilePlugin(file), capture] });
  const found: [string, unknown][] = [];
  const walk = (node: RootContent) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attrs = node.attributes.filter((a) => a.type === 'mdxJsxAttribute' && a.name === 'file');
      found.push([node.name, attrs.length > 1 ? 'twice' : attrs[0]?.value]);
    }
    if ('children' in node) node.children.forEach(walk);
  };
  root.children.forEach(walk);
  return found;
}

describe('the page a lesson component is written in', () => {
  const file = 'content/docs/ru/lessons/cyberbullying.mdx';

  it('is written into every page-aware component, block or inline, and into no other', () => {
    const mdx = `Text with a <KeyTerm id="victim">term</KeyTerm>.

<Case title="x">
  A case with <KeyTerm id="witness" /> inside.
</Case>

<Quiz />

<HelpContacts only={['police']} />

<TeacherNotes>Notes.</TeacherNotes>
`;
    expect(filesGiven(mdx, file)).toEqual([
      ['KeyTerm', file],
      ['Case', undefined],
      ['KeyTerm', file],
      ['Quiz', file],
      ['HelpContacts', file],
      ['TeacherNotes', file],
    ]);
    // Every page-aware component of src/components/lesson.ts was in the text above.
    expect(
      new Set(
        filesGiven(mdx, file)
          .filter(([, f]) => f)
          .map(([n]) => n),
      ),
    ).toEqual(new Set(PAGE_COMPONENTS));
  });

  it('leaves a file written by hand as it is, once', () => {
    expect(filesGiven('<Quiz file="content/docs/en/lessons/other.mdx" />\n', file)).toEqual([
      ['Quiz', 'content/docs/en/lessons/other.mdx'],
    ]);
  });
});
