package fi.placera.platform.persistence;

/** An aggregate with an optimistic-locking version (Spring Data JDBC {@code @Version}). */
public interface Versioned<T> {

    Integer version();

    T withVersion(Integer version);
}
