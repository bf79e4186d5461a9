package org.sirtdesk.core.incident.api;

/** Threat categories after 000 §3, as stable codes of the HTTP contract. */
public enum Category {
    CYBER_ATTACK,
    MALWARE,
    UNAUTHORISED_ACCESS,
    DENIAL_OF_SERVICE,
    PHISHING,
    LOSS_OR_THEFT,
    MISDELIVERY,
    INSIDER_MISUSE,
    CONTRACTOR_OR_CLOUD,
    DISASTER_OR_OUTAGE,
    OTHER
}
