// Placeholder: the real version upgrades a data folder written by an older
// PGlite before it is opened (dump with the old engine, restore into the new
// one, or refuse with a clear message and leave the folder untouched).  The
// production and development servers call it before opening the folder.
export async function prepareDataFolder(_dir: string): Promise<void> {}
