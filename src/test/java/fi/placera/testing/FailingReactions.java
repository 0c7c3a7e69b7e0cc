package fi.placera.testing;

import fi.placera.jobs.JobStarted;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test-only reaction to a job start that fails, as a bug or an outage in another module would, for chosen clients. */
@Component
public class FailingReactions {

    private final Set<UUID> failFor = ConcurrentHashMap.newKeySet();

    /** Every later job start of this client fails in this reaction. */
    public void failJobStartsOf(UUID clientId) {
        failFor.add(clientId);
    }

    @EventListener
    void on(JobStarted started) {
        if (failFor.contains(started.clientId())) {
            throw new IllegalStateException("reaction to a job start failed on purpose");
        }
    }
}
