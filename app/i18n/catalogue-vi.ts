// The Vietnamese strings: one chunk, loaded only when Vietnamese is shown.
// A feature's strings join by living in app/features/<feature>/i18n/vi.json.
import { assemble, type Catalogue } from './catalogue';

export default assemble(import.meta.glob<Catalogue>(['./vi.json', '../features/*/i18n/vi.json'], { eager: true, import: 'default' }));
