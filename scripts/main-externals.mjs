// Left out of the main-process bundle and loaded from node_modules at run time: Electron itself, and the
// native modules (SQLite, the canvas behind the Word documents' charts), whose .node binaries a bundle cannot hold.
export const mainExternals = ['electron', 'better-sqlite3', '@napi-rs/canvas'];
