package fi.placera.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The figures the application keeps while their records are unchanged (decision 0091), as a test sees them. */
public final class KeptFigures {

    private KeptFigures() {
    }

    /**
     * Counts a change of the records, as every change of them does, so that the next read computes its figures rather
     * than keeps them: for a test that compares two ways of computing the same figures.
     */
    public static void forget(JdbcClient jdbc) {
        jdbc.sql("insert into records_change default values").update();
    }
}
