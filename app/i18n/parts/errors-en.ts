// The messages of refused changes and failed requests (the largest part of
// app/i18n/en.json): loaded right after the first paint.
import errors from '../en.json?strings=errors';

export default errors;
