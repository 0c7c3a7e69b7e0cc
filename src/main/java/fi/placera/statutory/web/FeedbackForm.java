package fi.placera.statutory.web;

import fi.placera.statutory.AccessibilityFeedback.Message;

/** The accessibility feedback form: only the message is required. */
record FeedbackForm(String name, String contact, String page, String message) {

    static FeedbackForm empty() {
        return new FeedbackForm(null, null, null, null);
    }

    Message typed() {
        return new Message(name, contact, page, message);
    }
}
