package org.onpump.scheduler.team;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.event.FieldViolation;

/**
 * One way to reach a perfusionist as a request writes it; the list's order is the order they are tried in. Checked
 * with the notifier's own rules ({@link ContactMethod#problem()}), so that no method is stored that can never deliver.
 */
@Schema(description = "One way to reach a perfusionist; the position in the list is the order they are tried in")
public record ContactMethodForm(
    @Schema(description = "EMAIL, SMS, VOICE, SLACK or TEAMS", example = "SMS") String kind,
    @Schema(description = "email address, E.164 phone number or incoming-webhook URL", example = "+15550101234")
    String address,
    @Schema(description = "whether pages (urgent, acknowledged) go here") Boolean pages,
    @Schema(description = "whether routine notices go here") Boolean routine) {

  static final int MAX_METHODS = 10;
  private static final int MAX_ADDRESS = 2048;

  /** The methods in order, or none: each bad one is named in {@code violations} as {@code field[i].part}. */
  static List<ContactMethod> validate(String field, List<ContactMethodForm> forms, List<FieldViolation> violations) {
    if (forms == null) {
      return List.of();
    }
    if (forms.size() > MAX_METHODS) {
      violations.add(new FieldViolation(field, "at most " + MAX_METHODS + " contact methods"));
      return List.of();
    }
    List<ContactMethod> methods = new ArrayList<>();
    for (int i = 0; i < forms.size(); i++) {
      String at = field + "[" + i + "]";
      ContactMethodForm form = forms.get(i);
      if (form == null) {
        violations.add(new FieldViolation(at, "is required"));
        continue;
      }
      ContactMethod method = form.toMethod(at, violations);
      if (method != null) {
        methods.add(method);
      }
    }
    return methods;
  }

  private ContactMethod toMethod(String at, List<FieldViolation> violations) {
    int before = violations.size();
    ContactMethod.Kind parsed = null;
    if (kind == null || kind.isBlank()) {
      violations.add(new FieldViolation(at + ".kind", "is required: one of " + kinds()));
    } else {
      try {
        parsed = ContactMethod.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add(new FieldViolation(at + ".kind", "'" + kind + "' is not one of " + kinds()));
      }
    }
    if (address != null && address.length() > MAX_ADDRESS) {
      violations.add(new FieldViolation(at + ".address", "must be at most " + MAX_ADDRESS + " characters"));
    } else if (parsed != null) {
      String problem = new ContactMethod(parsed, address == null ? null : address.trim(), true, true).problem();
      if (problem != null) {
        violations.add(new FieldViolation(at + ".address", problem));
      }
    }
    if (pages == null) {
      violations.add(new FieldViolation(at + ".pages", "is required: true or false"));
    }
    if (routine == null) {
      violations.add(new FieldViolation(at + ".routine", "is required: true or false"));
    }
    if (pages != null && routine != null && !pages && !routine) {
      violations.add(new FieldViolation(at, "must take pages, routine notices or both: otherwise it is never used"));
    }
    return violations.size() > before ? null : new ContactMethod(parsed, address.trim(), pages, routine);
  }

  private static String kinds() {
    return Arrays.toString(ContactMethod.Kind.values());
  }
}
