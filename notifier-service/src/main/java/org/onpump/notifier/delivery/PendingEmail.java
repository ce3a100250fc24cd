package org.onpump.notifier.delivery;

import java.util.UUID;

/** A notification claimed for sending; {@code attempts} counts the tries before this one. */
record PendingEmail(UUID notificationId, String address, String subject, String message, int attempts) {}
