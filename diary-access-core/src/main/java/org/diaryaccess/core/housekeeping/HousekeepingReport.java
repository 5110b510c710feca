package org.diaryaccess.core.housekeeping;

/**
 * What one housekeeping run changed.
 *
 * @param expiredInvitations pending invitations that expired
 * @param terminatedGrants live grants whose basis had gone
 * @param activatedGrants grants the diary system confirmed
 * @param overdueGrants grants still provisioning past their deadline (left for the host to alert on)
 * @param delivered outbox messages delivered
 * @param failedDeliveries delivery attempts that failed and were rescheduled
 * @param historyDaysWritten rows of the access history written: one per viewer, pupil and day counted since the last run
 * @param historyDaysPurged rows of the access history forgotten, past the retention setting
 * @param sealedAuditEntries audit entries sealed into the hash chain
 * @since 0.1.0
 */
public record HousekeepingReport(
    int expiredInvitations, int terminatedGrants, int activatedGrants, int overdueGrants, int delivered,
    int failedDeliveries, int historyDaysWritten, int historyDaysPurged, int sealedAuditEntries) {
}
