// The messages of refused changes and failed requests (the largest part of
// app/i18n/vi.json): loaded right after the first paint.
import errors from '../vi.json?strings=errors';

export default errors;
