package org.diaryaccess.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Consumer;
import org.diaryaccess.spi.delivery.Notice;

/**
 * The host's notification centre («Центр уведомлений» / «Сообщения»). Each call delivers one
 * notice with its words ({@link Notice#text()}); it may be repeated after a failure, with the same
 * {@link Notice#idempotencyKey()}, so an implementation should drop repeats. Throwing means "not
 * delivered, try later".
 *
 * @since 0.1.0
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
   * The diary system opened a trusted person's access: from now on she sees the diary.
   *
   * @param notice to the trusted person, and to the grantor
   * @since 0.2.0
   */
  void accessOpened(Notice notice);

  /**
   * A legal representative revoked a trusted person's access.
   *
   * @param notice to the trusted person, and to the grantor
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

  /**
   * A centre that hands every notice, whatever its topic, to one consumer: for a host that
   * renders notices by {@link Notice#topic()} itself.
   *
   * <pre>{@code
   * NotificationCentre centre = NotificationCentre.of(notice -> portal.inboxOf(notice.recipient()).add(notice));
   * }</pre>
   *
   * @param deliver takes each notice; throwing makes the library try again later
   * @return the centre
   */
  static NotificationCentre of(Consumer<Notice> deliver) {
    checkNotNull(deliver, "deliver");
    return new NotificationCentre() {
      @Override
      public void invitationReceived(Notice notice) {
        deliver.accept(notice);
      }

      @Override
      public void invitationAccepted(Notice notice) {
        deliver.accept(notice);
      }

      @Override
      public void invitationDeclined(Notice notice) {
        deliver.accept(notice);
      }

      @Override
      public void invitationCancelled(Notice notice) {
        deliver.accept(notice);
      }

      @Override
      public void invitationExpired(Notice notice) {
        deliver.accept(notice);
      }

      @Override
      public void accessOpened(Notice notice) {
        deliver.accept(notice);
      }

      @Override
      public void accessRevoked(Notice notice) {
        deliver.accept(notice);
      }

      @Override
      public void accessRenounced(Notice notice) {
        deliver.accept(notice);
      }

      @Override
      public void accessEnded(Notice notice) {
        deliver.accept(notice);
      }
    };
  }
}
