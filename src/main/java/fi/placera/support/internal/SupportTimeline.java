package fi.placera.support.internal;

import fi.placera.clients.TimelineEntries;
import fi.placera.support.FollowAlongSupport;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Puts support contacts on the client's record timeline. */
@Component
class SupportTimeline implements TimelineEntries {

    private final FollowAlongSupport support;

    SupportTimeline(FollowAlongSupport support) {
        this.support = support;
    }

    @Override
    public List<Entry> of(UUID clientId) {
        return support.contacts(clientId).stream()
                .map(contact -> new Entry(contact.contactedOn(), "timeline.support-contact",
                        contact.withWhom().stream().sorted().map(who -> "support.with." + who).toList(), contact.note()))
                .toList();
    }
}
