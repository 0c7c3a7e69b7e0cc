package fi.placera.platform.database;

/**
 * A backup or restore that cannot be made safely (an external server, a target that is not empty, a file whose
 * checksum does not match): the command stops before it writes anything it would have to take back, and the message
 * tells the operator why and what to do. It names files and settings, never a secret.
 */
final class BackupRefused extends RuntimeException {

    BackupRefused(String message) {
        super(message);
    }
}
