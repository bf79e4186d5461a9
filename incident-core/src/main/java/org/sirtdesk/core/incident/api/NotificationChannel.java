package org.sirtdesk.core.incident.api;

/** How a notification reached its recipient. */
public enum NotificationChannel {
    EMAIL,
    PHONE,
    FAX,
    POST,
    WEB_FORM,
    IN_PERSON,
    SYSTEM,
    OTHER
}
