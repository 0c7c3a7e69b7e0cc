package fi.placera.platform.facts;

import java.util.List;
import java.util.UUID;

/**
 * A module's published facts that are kept as tables, current in the same transaction as the records they come from
 * (decision 0087), and the way to check them: each fact's definition over the records is kept beside it, and a
 * difference between the two is a fact that was not kept current. {@code placera verify-facts} asks every module.
 */
public interface KeptFacts {

    /** The names of the facts kept, e.g. {@code clients_facts_episode}. */
    List<String> names();

    /** Every row in which a kept fact and its definition over the records differ; empty when all are current. */
    List<Difference> differences();

    /**
     * One row found on one side only: {@code difference} says which, {@code row} is the row as PostgreSQL prints it.
     */
    record Difference(String fact, UUID clientId, String difference, String row) {
    }
}
