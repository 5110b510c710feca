package org.diaryaccess.spring.boot;

import java.time.Duration;
import java.time.ZoneId;
import org.diaryaccess.core.settings.AccessSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The library's settings as {@code diary-access.*} properties, each with the default of
 * docs/RULES.md, checked at start-up with a message naming the property.
 *
 * @param invitationLifetime how long an invitation stays pending
 * @param provisioningDeadline how soon after acceptance a grant must be active
 * @param trustedPersonsPerChild live grants plus pending invitations per child
 * @param invitationsPerDay invitations one citizen may send per 24 hours
 * @param declinesBeforeCooldown declines that start a cooldown
 * @param declineCooldown the cooldown's span
 * @param ageOfMajority when a legal representative's authority ends
 * @param minimumTrusteeAge the youngest a trusted person may be
 * @param zone the zone dates are read in
 * @param accessHistoryRetention how long the access history keeps a day's views (R15); 0 keeps none
 * @param housekeeping the scheduled housekeeping
 * @param audit the scheduled audit verification
 * @param health when the health contributor reports trouble
 * @since 0.1.0
 */
@ConfigurationProperties("diary-access")
public record DiaryAccessProperties(
    @DefaultValue("30d") Duration invitationLifetime,
    @DefaultValue("24h") Duration provisioningDeadline,
    @DefaultValue("10") int trustedPersonsPerChild,
    @DefaultValue("20") int invitationsPerDay,
    @DefaultValue("3") int declinesBeforeCooldown,
    @DefaultValue("30d") Duration declineCooldown,
    @DefaultValue("18") int ageOfMajority,
    @DefaultValue("18") int minimumTrusteeAge,
    @DefaultValue("Europe/Moscow") ZoneId zone,
    @DefaultValue("365d") Duration accessHistoryRetention,
    @DefaultValue Housekeeping housekeeping,
    @DefaultValue Audit audit,
    @DefaultValue Health health) {

  /**
   * Checks every setting, naming the property that is wrong.
   *
   * @param invitationLifetime how long an invitation stays pending
   * @param provisioningDeadline how soon after acceptance a grant must be active
   * @param trustedPersonsPerChild live grants plus pending invitations per child
   * @param invitationsPerDay invitations one citizen may send per 24 hours
   * @param declinesBeforeCooldown declines that start a cooldown
   * @param declineCooldown the cooldown's span
   * @param ageOfMajority when a legal representative's authority ends
   * @param minimumTrusteeAge the youngest a trusted person may be
   * @param zone the zone dates are read in
   * @param accessHistoryRetention how long the access history keeps a day's views
   * @param housekeeping the scheduled housekeeping
   * @param audit the scheduled audit verification
   * @param health when the health contributor reports trouble
   */
  public DiaryAccessProperties {
    positive(invitationLifetime, "diary-access.invitation-lifetime");
    positive(provisioningDeadline, "diary-access.provisioning-deadline");
    positive(declineCooldown, "diary-access.decline-cooldown");
    atLeast(trustedPersonsPerChild, 1, "diary-access.trusted-persons-per-child");
    atLeast(invitationsPerDay, 1, "diary-access.invitations-per-day");
    atLeast(declinesBeforeCooldown, 1, "diary-access.declines-before-cooldown");
    within(ageOfMajority, 1, 30, "diary-access.age-of-majority");
    within(minimumTrusteeAge, 0, 30, "diary-access.minimum-trustee-age");
    if (accessHistoryRetention.isNegative() || accessHistoryRetention.toDays() > AccessSettings.MAX_RETENTION_DAYS) {
      throw new IllegalArgumentException("diary-access.access-history-retention must be within 0d.."
          + AccessSettings.MAX_RETENTION_DAYS + "d, not " + accessHistoryRetention);
    }
  }

  /**
   * The scheduled housekeeping: expiry, the grant sweep, the outbox, the access history, sealing.
   *
   * @param enabled whether this instance runs it (every instance may)
   * @param interval how often
   */
  public record Housekeeping(@DefaultValue("true") boolean enabled, @DefaultValue("1m") Duration interval) {
    /**
     * Checks the interval.
     *
     * @param enabled whether this instance runs it
     * @param interval how often
     */
    public Housekeeping {
      positive(interval, "diary-access.housekeeping.interval");
    }
  }

  /**
   * The scheduled verification of the audit log's hash chain (R14).
   *
   * @param enabled whether this instance runs it
   * @param cron when, as a Spring cron expression (daily at 03:00 by default)
   */
  public record Audit(@DefaultValue("true") boolean enabled, @DefaultValue("0 0 3 * * *") String cron) {}

  /**
   * When the health contributor reports trouble with delivery and provisioning.
   *
   * @param maxOutboxAge the oldest undelivered message's age beyond which delivery is behind
   * @param maxOverdueGrants overdue grants beyond which provisioning is behind
   * @param behindStatus what to report then: {@code OUT_OF_SERVICE} or {@code DOWN}
   */
  public record Health(@DefaultValue("15m") Duration maxOutboxAge, @DefaultValue("0") int maxOverdueGrants,
      @DefaultValue("OUT_OF_SERVICE") String behindStatus) {
    /**
     * Checks the thresholds.
     *
     * @param maxOutboxAge the oldest undelivered message's age beyond which delivery is behind
     * @param maxOverdueGrants overdue grants beyond which provisioning is behind
     * @param behindStatus what to report then
     */
    public Health {
      positive(maxOutboxAge, "diary-access.health.max-outbox-age");
      atLeast(maxOverdueGrants, 0, "diary-access.health.max-overdue-grants");
      if (!behindStatus.equals("OUT_OF_SERVICE") && !behindStatus.equals("DOWN")) {
        throw new IllegalArgumentException("diary-access.health.behind-status must be OUT_OF_SERVICE or DOWN, not "
            + behindStatus);
      }
    }
  }

  /**
   * The settings the library runs with.
   *
   * @return the settings
   */
  public AccessSettings toSettings() {
    return new AccessSettings(invitationLifetime, provisioningDeadline, trustedPersonsPerChild, invitationsPerDay,
        declinesBeforeCooldown, declineCooldown, ageOfMajority, minimumTrusteeAge, zone, accessHistoryRetention);
  }

  private static void positive(Duration value, String property) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(property + " must be positive, not " + value);
    }
  }

  private static void atLeast(int value, int least, String property) {
    if (value < least) {
      throw new IllegalArgumentException(property + " must be at least " + least + ", not " + value);
    }
  }

  private static void within(int value, int least, int most, String property) {
    if (value < least || value > most) {
      throw new IllegalArgumentException(property + " must be within " + least + ".." + most + ", not " + value);
    }
  }
}
