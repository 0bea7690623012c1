// The shared strings every page uses (app/i18n/en.json without its rule and
// error messages): loaded before the first paint.
import shared from '../en.json?strings=shared';

export default shared;
