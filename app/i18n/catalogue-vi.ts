// The Vietnamese strings whole, for the tests (app/i18n/resources.ts); the
// app loads them in parts (app/i18n/index.ts).
// A feature's strings join by living in app/features/<feature>/i18n/vi.json.
import { assemble, type Catalogue } from './catalogue';

export default assemble(import.meta.glob<Catalogue>(['./vi.json', '../features/*/i18n/vi.json'], { eager: true, import: 'default' }));
