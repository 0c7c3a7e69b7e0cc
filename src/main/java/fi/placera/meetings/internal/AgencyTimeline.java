package fi.placera.meetings.internal;

import fi.placera.clients.TimelineEntries;
import fi.placera.meetings.AgencyContacts;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Puts contacts with agencies and other organisations on the client's record timeline, the organisation named. */
@Component
class AgencyTimeline implements TimelineEntries {

    private final AgencyContacts contacts;

    AgencyTimeline(AgencyContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<Entry> of(UUID clientId) {
        return contacts.ofClient(clientId).stream()
                .map(contact -> new Entry(contact.contactedOn(), "timeline.agency-contact",
                        List.of("meetings.agency.agency." + contact.agency(), "meetings.agency.mode." + contact.mode()),
                        contact.organisationName() == null ? contact.note()
                                : contact.organisationName() + ": " + contact.note()))
                .toList();
    }
}
