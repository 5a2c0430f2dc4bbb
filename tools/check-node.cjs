// Runs before install, build and start, on whatever Node the newcomer has: plain CommonJS, no TypeScript, so
// that an old Node reads it and stops at once with the fix, instead of failing deep in the build.
'use strict';
const required = [22, 22];
const found = (process.env.CHECK_NODE_VERSION || process.versions.node).split('.').map(Number);
const ok = found[0] > required[0] || (found[0] === required[0] && found[1] >= required[1]);
if (!ok) {
  console.error(
    [
      '',
      `This site needs Node.js ${required.join('.')} or newer; this is Node.js ${found.join('.')}.`,
      'Fix, then run your command again:',
      '  npm install --prefix ~/.cache/node22 node@22 && export PATH="$HOME/.cache/node22/node_modules/node/bin:$PATH"',
      '(with nvm: nvm install, which reads .nvmrc)',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
