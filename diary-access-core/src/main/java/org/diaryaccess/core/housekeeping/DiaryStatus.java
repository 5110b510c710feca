package org.diaryaccess.core.housekeeping;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * What an operator watches, read in one go and cheap enough to poll every few seconds: how far
 * behind delivery is, how many grants the diary system has not confirmed in time, how much of the
 * audit log awaits its seal. Counts only, never personal data.
 *
 * @param outboxBacklog messages waiting for delivery (due or not)
 * @param oldestUndeliveredAge how long the oldest of them has waited; zero when none waits
 * @param overdueGrants grants still provisioning past their deadline (R9)
 * @param unsealedAuditEntries committed audit entries not yet sealed into the chain (R14)
 * @since 0.1.0
 */
public record DiaryStatus(int outboxBacklog, Duration oldestUndeliveredAge, int overdueGrants,
    int unsealedAuditEntries) {

  /**
   * Checks the parts.
   *
   * @param outboxBacklog messages waiting for delivery (due or not)
   * @param oldestUndeliveredAge how long the oldest of them has waited; zero when none waits
   * @param overdueGrants grants still provisioning past their deadline (R9)
   * @param unsealedAuditEntries committed audit entries not yet sealed into the chain (R14)
   */
  public DiaryStatus {
    checkNotNull(oldestUndeliveredAge, "oldestUndeliveredAge");
    checkArgument(outboxBacklog >= 0 && overdueGrants >= 0 && unsealedAuditEntries >= 0, "negative count");
    checkArgument(!oldestUndeliveredAge.isNegative(), "negative age");
  }
}
