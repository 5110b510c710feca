package org.diaryaccess.spi;

import org.diaryaccess.spi.delivery.Notice;

/**
 * The host's notification centre («Центр уведомлений» / «Сообщения»). Each call delivers one
 * notice; it may be repeated after a failure, with the same {@link Notice#idempotencyKey()}, so
 * an implementation should drop repeats. Throwing means "not delivered, try later".
 */
public interface NotificationCentre {

  /**
   * An invitation awaits the trusted person.
   *
   * @param notice to the invitee
   */
  void invitationReceived(Notice notice);

  /**
   * The trusted person accepted.
   *
   * @param notice to the inviter
   */
  void invitationAccepted(Notice notice);

  /**
   * The trusted person declined.
   *
   * @param notice to the inviter
   */
  void invitationDeclined(Notice notice);

  /**
   * The inviter cancelled the invitation.
   *
   * @param notice to the invitee
   */
  void invitationCancelled(Notice notice);

  /**
   * The invitation expired unanswered.
   *
   * @param notice to the inviter
   */
  void invitationExpired(Notice notice);

  /**
   * A legal representative revoked a trusted person's access.
   *
   * @param notice to the trusted person, and to the grantor if someone else revoked
   */
  void accessRevoked(Notice notice);

  /**
   * The trusted person gave up access.
   *
   * @param notice to the grantor
   */
  void accessRenounced(Notice notice);

  /**
   * Access ended on its own: end date, the child left or came of age, the grantor's authority ended.
   *
   * @param notice to the trusted person and to the grantor
   */
  void accessEnded(Notice notice);
}
