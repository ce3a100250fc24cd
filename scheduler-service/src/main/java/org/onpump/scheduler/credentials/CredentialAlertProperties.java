package org.onpump.scheduler.credentials;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When credential alerts go out ({@code onpump.credentials.*}).
 *
 * @param alertCheck how often the scheduler looks for alerts due (default 1h)
 * @param leadDays how many days ahead of a certification expiry or board-eligible deadline the person and the chief
 *     are told, once at each (default 90, 30, 7); a date first found within several leads (or passed) is told once,
 *     at the shortest of them; add 0 for an alert on the day itself
 */
@Validated
@ConfigurationProperties("onpump.credentials")
public record CredentialAlertProperties(
    @NotNull @DefaultValue("1h") Duration alertCheck,
    @NotEmpty @DefaultValue({"90", "30", "7"}) List<@NotNull @PositiveOrZero Integer> leadDays) {}
