package org.onpump.notifier.delivery;

import java.util.UUID;

/**
 * A notification claimed for sending; {@code attempts} counts the tries before this one, {@code claimToken} names
 * the claim, so that only its holder sends and settles it.
 */
record PendingEmail(
    UUID notificationId, UUID claimToken, String address, String subject, String message, int attempts) {}
