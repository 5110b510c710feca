package org.diaryaccess.core.settings;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Every setting of docs/RULES.md, with its defaults. Immutable; change a setting with a {@code with...}
 * method.
 *
 * <pre>{@code
 * AccessSettings settings = AccessSettings.defaults().withInvitationLifetime(Duration.ofDays(14));
 * }</pre>
 *
 * @param invitationLifetime how long an invitation stays pending (30 days)
 * @param provisioningDeadline how soon after acceptance a grant must be active (24 hours)
 * @param trustedPersonsPerChild live grants plus pending invitations per child (10)
 * @param invitationsPerDay invitations one citizen may send per 24 hours (20)
 * @param declinesBeforeCooldown declines by one person of one inviter's invitations for one child (3)
 * @param declineCooldown the window those declines are counted in, and the cooldown (30 days)
 * @param ageOfMajority when a legal representative's authority ends (18)
 * @param minimumTrusteeAge the youngest a trusted person may be (18)
 * @param zone the zone dates (end dates, birthdays) are read in (Europe/Moscow)
 * @param accessHistoryRetention how long the access history keeps a day's views (365 days);
 *     zero keeps none: views are then neither counted nor stored (R15)
 * @since 0.1.0
 */
public record AccessSettings(
    Duration invitationLifetime,
    Duration provisioningDeadline,
    int trustedPersonsPerChild,
    int invitationsPerDay,
    int declinesBeforeCooldown,
    Duration declineCooldown,
    int ageOfMajority,
    int minimumTrusteeAge,
    ZoneId zone,
    Duration accessHistoryRetention) {
  /** The longest retention accepted: ten years. */
  public static final long MAX_RETENTION_DAYS = 3653;

  /**
   * Checks every setting is positive.
   *
   * @param invitationLifetime how long an invitation stays pending (30 days)
   * @param provisioningDeadline how soon after acceptance a grant must be active (24 hours)
   * @param trustedPersonsPerChild live grants plus pending invitations per child (10)
   * @param invitationsPerDay invitations one citizen may send per 24 hours (20)
   * @param declinesBeforeCooldown declines by one person of one inviter's invitations for one child (3)
   * @param declineCooldown the window those declines are counted in, and the cooldown (30 days)
   * @param ageOfMajority when a legal representative's authority ends (18)
   * @param minimumTrusteeAge the youngest a trusted person may be (18)
   * @param zone the zone dates (end dates, birthdays) are read in (Europe/Moscow)
 * @param accessHistoryRetention how long the access history keeps a day's views (365 days);
 *     zero keeps none: views are then neither counted nor stored (R15)
   */
  public AccessSettings {
    checkNotNull(zone, "zone");
    checkNotNull(accessHistoryRetention, "accessHistoryRetention");
    checkArgument(!accessHistoryRetention.isNegative() && accessHistoryRetention.toDays() <= MAX_RETENTION_DAYS,
        "access history retention must be within 0..%s days", MAX_RETENTION_DAYS);
    checkArgument(!invitationLifetime.isNegative() && !invitationLifetime.isZero(), "invitation lifetime must be positive");
    checkArgument(!provisioningDeadline.isNegative() && !provisioningDeadline.isZero(), "provisioning deadline must be positive");
    checkArgument(!declineCooldown.isNegative(), "decline cooldown must not be negative");
    checkArgument(trustedPersonsPerChild >= 1, "trusted persons per child must be at least 1");
    checkArgument(invitationsPerDay >= 1, "invitations per day must be at least 1");
    checkArgument(declinesBeforeCooldown >= 1, "declines before cooldown must be at least 1");
    checkArgument(ageOfMajority >= 1 && ageOfMajority <= 30, "age of majority %s out of range", ageOfMajority);
    checkArgument(minimumTrusteeAge >= 0 && minimumTrusteeAge <= 30, "minimum trustee age %s out of range", minimumTrusteeAge);
  }

  /**
   * The defaults of docs/RULES.md, Settings.
   *
   * @return the defaults of docs/RULES.md, Settings
   */
  public static AccessSettings defaults() {
    return new AccessSettings(Duration.ofDays(30), Duration.ofHours(24), 10, 20, 3, Duration.ofDays(30), 18, 18,
        ZoneId.of("Europe/Moscow"), Duration.ofDays(365));
  }

  /**
   * Changes one setting.
   *
   * @param value the new invitation lifetime
   * @return the changed settings
   */
  public AccessSettings withInvitationLifetime(Duration value) {
    return new AccessSettings(value, provisioningDeadline, trustedPersonsPerChild, invitationsPerDay,
        declinesBeforeCooldown, declineCooldown, ageOfMajority, minimumTrusteeAge, zone, accessHistoryRetention);
  }

  /**
   * Changes one setting.
   *
   * @param value the new provisioning deadline
   * @return the changed settings
   */
  public AccessSettings withProvisioningDeadline(Duration value) {
    return new AccessSettings(invitationLifetime, value, trustedPersonsPerChild, invitationsPerDay,
        declinesBeforeCooldown, declineCooldown, ageOfMajority, minimumTrusteeAge, zone, accessHistoryRetention);
  }

  /**
   * Changes one setting.
   *
   * @param value the new per-child limit
   * @return the changed settings
   */
  public AccessSettings withTrustedPersonsPerChild(int value) {
    return new AccessSettings(invitationLifetime, provisioningDeadline, value, invitationsPerDay,
        declinesBeforeCooldown, declineCooldown, ageOfMajority, minimumTrusteeAge, zone, accessHistoryRetention);
  }

  /**
   * Changes one setting.
   *
   * @param value the new daily limit
   * @return the changed settings
   */
  public AccessSettings withInvitationsPerDay(int value) {
    return new AccessSettings(invitationLifetime, provisioningDeadline, trustedPersonsPerChild, value,
        declinesBeforeCooldown, declineCooldown, ageOfMajority, minimumTrusteeAge, zone, accessHistoryRetention);
  }

  /**
   * Changes the decline cooldown.
   *
   * @param declines declines that start a cooldown
   * @param cooldown the window and the cooldown
   * @return the changed settings
   */
  public AccessSettings withDeclineCooldown(int declines, Duration cooldown) {
    return new AccessSettings(invitationLifetime, provisioningDeadline, trustedPersonsPerChild, invitationsPerDay,
        declines, cooldown, ageOfMajority, minimumTrusteeAge, zone, accessHistoryRetention);
  }

  /**
   * Changes the ages.
   *
   * @param majority the age of majority
   * @param minimumTrustee the youngest trusted person
   * @return the changed settings
   */
  public AccessSettings withAges(int majority, int minimumTrustee) {
    return new AccessSettings(invitationLifetime, provisioningDeadline, trustedPersonsPerChild, invitationsPerDay,
        declinesBeforeCooldown, declineCooldown, majority, minimumTrustee, zone, accessHistoryRetention);
  }

  /**
   * Changes one setting.
   *
   * @param value the zone dates are read in
   * @return the changed settings
   */
  public AccessSettings withZone(ZoneId value) {
    return new AccessSettings(invitationLifetime, provisioningDeadline, trustedPersonsPerChild, invitationsPerDay,
        declinesBeforeCooldown, declineCooldown, ageOfMajority, minimumTrusteeAge, value, accessHistoryRetention);
  }

  /**
   * Changes how long the access history is kept.
   *
   * @param value the retention; zero keeps no history at all
   * @return the changed settings
   * @since 0.2.0
   */
  public AccessSettings withAccessHistoryRetention(Duration value) {
    return new AccessSettings(invitationLifetime, provisioningDeadline, trustedPersonsPerChild, invitationsPerDay,
        declinesBeforeCooldown, declineCooldown, ageOfMajority, minimumTrusteeAge, zone, value);
  }

  /**
   * Whether views are counted and kept at all: a retention above zero.
   *
   * @return whether the access history is kept
   * @since 0.2.0
   */
  public boolean keepsAccessHistory() {
    return accessHistoryRetention.toDays() > 0;
  }

  /**
   * The day an instant falls on in {@link #zone()}: end dates and birthdays are read on it.
   *
   * @param instant the instant
   * @return the local date
   */
  public LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }
}
