package org.onpump.scheduler.team;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.onpump.scheduler.staff.Credential;
import org.onpump.scheduler.staff.PerfusionistBuilder;
import org.onpump.scheduler.web.InvalidRequestException;
import org.onpump.shared.event.Competency;
import org.onpump.shared.event.ContactMethod;
import org.onpump.shared.event.FieldViolation;

/**
 * A perfusionist as a manager writes them, before it is checked: enums and dates arrive as text, so that each bad
 * field is named rather than the whole body refused. {@link #validate} turns it into {@link PerfusionistDetails}.
 */
@Schema(description = "A perfusionist; id only when creating")
record PerfusionistForm(
    @Schema(example = "p-21") String id,
    @Schema(example = "Rosa Rivera") String displayName,
    @Schema(example = "rosa.rivera@example.org") String email,
    @Schema(description = "STUDENT, BOARD_ELIGIBLE or CCP", example = "CCP") String credentialLevel,
    @Schema(description = "required for a CCP, only for a CCP", example = "2028-06-30") String certificationExpiry,
    @Schema(description = "required for a BOARD_ELIGIBLE, only for one", example = "2027-12-31")
    String boardEligibleDeadline,
    @Schema(example = "[\"ADULT_CPB\", \"ECMO_ADULT\"]") List<String> competencies,
    @Schema(description = "hospitals of the department where they may work") List<PrivilegeForm> privileges,
    @Schema(description = "state codes", example = "[\"NY\"]") List<String> licences,
    @Schema(description = "0 to 10080; absent: 2400 (40 h)", example = "2400") Integer contractMinutesPerWeek,
    @Schema(description = "absent: false") Boolean avoidsNights,
    @Schema(description = "absent: none (reached by email)") List<ContactMethodForm> contactMethods) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern STATE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

  /** Privileges at one hospital, and the drive there from home. */
  record PrivilegeForm(@Schema(example = "demo-general") String hospitalId,
      @Schema(example = "20") Integer minutesFromHome) {}

  /**
   * @param departmentHospitals the hospitals the department staffs: privileges elsewhere are refused
   * @throws InvalidRequestException naming every bad field
   */
  PerfusionistDetails validate(String perfusionistId, Set<String> departmentHospitals) {
    List<FieldViolation> violations = new ArrayList<>();
    if (perfusionistId == null && (id == null || !CODE.matcher(id).matches())) {
      violations.add(new FieldViolation("id", "is required: 1 to 64 letters, digits, '.', '_', ':' or '-'"));
    } else if (perfusionistId != null && id != null && !id.equals(perfusionistId)) {
      violations.add(new FieldViolation("id", "cannot change: it is " + perfusionistId));
    }
    text("displayName", displayName, 200, violations);
    text("email", email, 320, violations);
    if (email != null && !email.isBlank() && !EMAIL.matcher(email.trim()).matches()) {
      violations.add(new FieldViolation("email", "'" + email + "' is not an email address"));
    }
    Credential credential = CredentialFields.read(credentialLevel, certificationExpiry, boardEligibleDeadline,
        violations);
    Set<Competency> skills = new LinkedHashSet<>();
    each("competencies", competencies, violations, (field, code) -> {
      try {
        skills.add(Competency.valueOf(code.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        violations.add(new FieldViolation(field, "'" + code + "' is not one of "
            + Arrays.toString(Competency.values())));
      }
    });
    Map<String, Integer> where = privileges(departmentHospitals, violations);
    Set<String> states = new LinkedHashSet<>();
    each("licences", licences, violations, (field, code) -> {
      if (STATE.matcher(code.trim()).matches()) {
        states.add(code.trim());
      } else {
        violations.add(new FieldViolation(field, "'" + code + "' is not a state code such as NY"));
      }
    });
    int contract = contractMinutesPerWeek == null ? PerfusionistBuilder.FULL_TIME_MINUTES_PER_WEEK
        : contractMinutesPerWeek;
    if (contract < 0 || contract > 7 * 24 * 60) {
      violations.add(new FieldViolation("contractMinutesPerWeek", "must be between 0 and 10080 (a whole week)"));
    }
    List<ContactMethod> methods = ContactMethodForm.validate("contactMethods", contactMethods, violations);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException("Invalid perfusionist", violations);
    }
    return new PerfusionistDetails(perfusionistId == null ? id : perfusionistId, displayName.trim(), email.trim(),
        credential, skills, where, states, contract, Boolean.TRUE.equals(avoidsNights), methods);
  }

  private Map<String, Integer> privileges(Set<String> hospitals, List<FieldViolation> violations) {
    Map<String, Integer> where = new LinkedHashMap<>();
    List<PrivilegeForm> forms = privileges == null ? List.of() : privileges;
    for (int i = 0; i < forms.size(); i++) {
      String field = "privileges[" + i + "]";
      PrivilegeForm form = forms.get(i);
      if (form == null || form.hospitalId() == null || !hospitals.contains(form.hospitalId())) {
        violations.add(new FieldViolation(field + ".hospitalId", "must be one of the department's hospitals "
            + hospitals.stream().sorted().toList()));
      } else if (where.containsKey(form.hospitalId())) {
        violations.add(new FieldViolation(field + ".hospitalId", "is listed twice"));
      }
      if (form == null || form.minutesFromHome() == null || form.minutesFromHome() < 0
          || form.minutesFromHome() > 24 * 60) {
        violations.add(new FieldViolation(field + ".minutesFromHome", "is required: 0 to 1440 minutes"));
      } else if (form.hospitalId() != null) {
        where.putIfAbsent(form.hospitalId(), form.minutesFromHome());
      }
    }
    return where;
  }

  private static void text(String field, String value, int max, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new FieldViolation(field, "is required"));
    } else if (value.trim().length() > max) {
      violations.add(new FieldViolation(field, "must be at most " + max + " characters"));
    }
  }

  private static void each(String field, List<String> values, List<FieldViolation> violations, Item item) {
    for (int i = 0; values != null && i < values.size(); i++) {
      if (values.get(i) == null || values.get(i).isBlank()) {
        violations.add(new FieldViolation(field + "[" + i + "]", "is required"));
      } else {
        item.accept(field + "[" + i + "]", values.get(i));
      }
    }
  }

  /** What to do with one non-blank item of a list. */
  private interface Item {
    void accept(String field, String value);
  }
}
