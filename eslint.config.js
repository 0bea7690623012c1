// Lint for the app: TypeScript, the rules of hooks, and the boundaries between
// the app's layers (see README, "Layout"):
//   routes/   compose features and data; nothing imports a route
//   features/ never import another feature (shared pieces go to components/ or
//             are composed in a route)
//   data/     server state by entity; never imports features, routes or components
//   components/, lib/  shared; never import features or routes (lib not data either)
// and no import cycles.  `npm run lint`; part of `npm test`.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const features = readdirSync(new URL('./app/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const zones = [
  ...features.map((name) => ({
    target: `./app/features/${name}`,
    from: './app/features',
    except: [`./${name}`],
    message: 'A feature never imports another feature: move the shared piece to app/components (or app/data), or compose both in a route.',
  })),
  {
    target: './app/features',
    from: './app/routes',
    message: 'Routes compose features, not the other way round.',
  },
  {
    target: './app/data',
    from: ['./app/features', './app/routes', './app/components'],
    message: 'app/data holds server state by entity and never depends on screens.',
  },
  {
    target: ['./app/components', './app/lib'],
    from: ['./app/features', './app/routes'],
    message: 'Shared code never imports features or routes.',
  },
  {
    target: './app/lib',
    from: './app/data',
    message: 'app/lib sits below app/data.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'supabase/.temp/**', 'test-results/**', '.scratch/**', 'app/lib/database.types.ts'] },
  {
    files: ['app/**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='invalidateQueries'][arguments.length=0]",
          message: 'Invalidate by entity (app/data/invalidate.ts), never the whole cache.',
        },
      ],
    },
  },
);
