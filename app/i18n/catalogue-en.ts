// The English strings whole, for the tests (app/i18n/resources.ts); the
// app loads them in parts (app/i18n/index.ts).
// A feature's strings join by living in app/features/<feature>/i18n/en.json.
import { assemble, type Catalogue } from './catalogue';

export default assemble(import.meta.glob<Catalogue>(['./en.json', '../features/*/i18n/en.json'], { eager: true, import: 'default' }));
