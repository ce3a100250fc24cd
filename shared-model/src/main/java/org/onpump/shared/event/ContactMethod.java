package org.onpump.shared.event;

import java.util.regex.Pattern;

/**
 * One way to reach a perfusionist, in the order they want to be tried: how, where, and whether it takes pages
 * (urgent, needing an acknowledgement) and routine notices.
 *
 * @param address an email address, a phone number in E.164 form (+15551234567) for SMS and voice, or an incoming
 *     webhook URL for Slack and Microsoft Teams
 */
public record ContactMethod(Kind kind, String address, boolean pages, boolean routine) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern WEBHOOK = Pattern.compile("https?://[^\\s]+");

  /** The channels OnPump delivers through. */
  public enum Kind {
    EMAIL,
    SMS,
    VOICE,
    SLACK,
    TEAMS
  }

  /** Why this method can never deliver, or null when it may. */
  public String problem() {
    if (kind == null) {
      return "kind is required: one of EMAIL, SMS, VOICE, SLACK, TEAMS";
    }
    if (address == null || address.isBlank()) {
      return "address is required";
    }
    return switch (kind) {
      case EMAIL -> EMAIL.matcher(address).matches() ? null : "'" + address + "' is not a valid email address";
      case SMS, VOICE -> PHONE.matcher(address).matches() ? null
          : "'" + address + "' is not a phone number in E.164 form, such as +15551234567";
      case SLACK, TEAMS -> WEBHOOK.matcher(address).matches() ? null
          : "'" + address + "' is not an incoming-webhook URL (http or https)";
    };
  }

  /** An email address that takes everything: what a person without contact methods is reached by. */
  public static ContactMethod email(String address) {
    return new ContactMethod(Kind.EMAIL, address, true, true);
  }
}
