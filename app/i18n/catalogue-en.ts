// The English strings: one chunk, loaded only when English is shown.
// A feature's strings join by living in app/features/<feature>/i18n/en.json.
import { assemble, type Catalogue } from './catalogue';

export default assemble(import.meta.glob<Catalogue>(['./en.json', '../features/*/i18n/en.json'], { eager: true, import: 'default' }));
