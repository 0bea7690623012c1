// The shared strings every page uses (app/i18n/vi.json without its rule and
// error messages): loaded before the first paint.
import shared from '../vi.json?strings=shared';

export default shared;
