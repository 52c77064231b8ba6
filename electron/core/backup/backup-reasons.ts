export const backupReasons = ['import', 'migration', 'restore', 'periodic', 'manual'] as const;
export type BackupReason = (typeof backupReasons)[number];
