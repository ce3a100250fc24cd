package org.onpump.shared.event;

/** A perfusionist as the events name them: an id, a display name and where routine notices go. */
public record StaffMember(String perfusionistId, String displayName, String email) {}
