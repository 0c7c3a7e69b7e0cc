package fi.placera.platform.database;

/**
 * Lets the tests' throw-away embedded server run without {@code fsync}, synchronous commit, full-page writes and
 * checksums, and the durability guard accept it. Production code never declares one and no setting creates one:
 * the only implementation lives on the test class path ({@code fi.placera.testing.ThrowAwayDatabase}), so the
 * packaged application cannot be switched to weak durability (decision 0033).
 */
public interface DurabilityWaiver {
}
