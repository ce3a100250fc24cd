package org.onpump.notifier.notification;

/** How a notification reaches the perfusionist. Pages (SMS, pager) will join email here. */
public enum Channel {
  EMAIL
}
