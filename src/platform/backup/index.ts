export { type CreateBackupOptions, type CreatedBackup, createBackup } from './backup.ts';
export { BACKUP_FORMAT, type BackedUpFile, BackupError, type BackupManifest, readManifest } from './manifest.ts';
export { type RestoreBackupOptions, type RestoredBackup, restoreBackup } from './restore.ts';
export { type BackupVerification, verifyBackup } from './verify.ts';
