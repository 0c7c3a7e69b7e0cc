package fi.placera.platform.persistence;

import fi.placera.platform.Rejection;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Saving aggregates from forms so that nothing is lost and nothing is duplicated:
 * a repeated create (double click, resubmitted page) returns the aggregate created the first
 * time; a unique value already in use and a concurrent edit come back as a {@link Rejection}
 * that the form shows next to the field, with the user's input kept.
 */
public final class AggregateWrites {

    /** Message key shown when someone else saved the same record in between. */
    public static final String CONFLICT = "form.conflict";

    private AggregateWrites() {
    }

    /**
     * Inserts a new aggregate whose id was issued with the empty form, so that a second
     * submission of the same form finds the first one instead of creating a duplicate. A different
     * aggregate under that id (the form changed in between, or an edit without its version) is
     * refused rather than dropped in silence.
     */
    public static <T extends Versioned<T>, I> T create(CrudRepository<T, I> repository, I id, T aggregate,
            String uniqueField, String uniqueMessageKey) {
        Optional<T> existing = repository.findById(id);
        if (existing.isPresent()) {
            return resubmitted(existing.get(), aggregate);
        }
        try {
            return savedAtSavepoint(repository, aggregate);
        } catch (RuntimeException e) {
            if (causedBy(e, DuplicateKeyException.class)) {
                return repository.findById(id).map(first -> resubmitted(first, aggregate))
                        .orElseThrow(() -> new Rejection(uniqueField, uniqueMessageKey));
            }
            throw e;
        }
    }

    /**
     * Updates an aggregate the form loaded at {@code aggregate.version()}. If it changed in between,
     * the save is refused unless the stored state is already what the user asked for (a double submit).
     */
    public static <T extends Versioned<T>, I> T update(CrudRepository<T, I> repository, I id, T aggregate,
            String uniqueField, String uniqueMessageKey) {
        if (aggregate.version() == null) {
            // without the version the form loaded, a concurrent edit could not be told apart
            throw new Rejection(null, CONFLICT);
        }
        T current = repository.findById(id).orElseThrow(() -> new Rejection(null, CONFLICT));
        try {
            return savedAtSavepoint(repository, aggregate);
        } catch (RuntimeException e) {
            if (causedBy(e, OptimisticLockingFailureException.class)) {
                return resubmitted(repository.findById(id).orElse(current), aggregate);
            }
            if (causedBy(e, DuplicateKeyException.class)) {
                throw new Rejection(uniqueField, uniqueMessageKey);
            }
            throw e;
        }
    }

    /**
     * Saves; inside a caller's transaction (an administrator's change and its audit row are one transaction) the save
     * runs at a savepoint, so that after a refused insert or update the transaction can still read what is stored.
     */
    private static <T> T savedAtSavepoint(CrudRepository<T, ?> repository, T aggregate) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return repository.save(aggregate);
        }
        TransactionStatus transaction = TransactionAspectSupport.currentTransactionStatus();
        Object savepoint = transaction.createSavepoint();
        try {
            T saved = repository.save(aggregate);
            transaction.releaseSavepoint(savepoint);
            return saved;
        } catch (RuntimeException e) {
            transaction.rollbackToSavepoint(savepoint);
            throw e;
        }
    }

    /** The stored aggregate if the submission asked for exactly that (a double submit); else a conflict. */
    private static <T extends Versioned<T>> T resubmitted(T stored, T submitted) {
        if (stored.equals(submitted.withVersion(stored.version()))) {
            return stored;
        }
        throw new Rejection(null, CONFLICT);
    }

    /** Whether the error, or any of its causes, is of the given type (Spring Data wraps driver errors). */
    public static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
