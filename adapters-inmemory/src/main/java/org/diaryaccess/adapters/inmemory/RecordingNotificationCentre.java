package org.diaryaccess.adapters.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.diaryaccess.spi.NotificationCentre;
import org.diaryaccess.spi.delivery.Notice;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.id.CitizenId;

/**
 * A notification centre that keeps every notice in memory, one per idempotency key (a repeated
 * delivery is dropped), so a test or an example can look into a citizen's «Центр уведомлений».
 * It can be told to fail, to show that nothing is lost when the real one is down. Thread-safe.
 *
 * @since 0.1.0
 */
public final class RecordingNotificationCentre implements NotificationCentre {
  private final List<Notice> notices = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();
  private Predicate<Notice> failing = n -> false;
  private int attempts;
  private int redeliveries;

  /** A centre that accepts every notice. */
  public RecordingNotificationCentre() {}

  /**
   * Makes deliveries fail while the predicate holds.
   *
   * @param failWhen which notices to refuse (e.g. {@code n -> true} for "down")
   */
  public synchronized void failWhen(Predicate<Notice> failWhen) {
    this.failing = checkNotNull(failWhen, "failWhen");
  }

  /**
   * Every notice delivered, in order, each once.
   *
   * @return every notice delivered, in order, each once
   */
  public synchronized List<Notice> notices() {
    return ImmutableList.copyOf(notices);
  }

  /**
   * The notices one citizen received.
   *
   * @param citizen the recipient
   * @return their notices, in order
   */
  public synchronized List<Notice> inboxOf(CitizenId citizen) {
    return notices.stream().filter(n -> n.recipient().equals(citizen)).toList();
  }

  /**
   * How many delivery calls were made, repeats and failures included.
   *
   * @return how many delivery calls were made, repeats and failures included
   */
  public synchronized int attempts() {
    return attempts;
  }

  /**
   * How many notices were handed over again after a successful delivery (the key told them apart).
   *
   * @return how many notices were handed over again after a successful delivery (the key told them apart)
   */
  public synchronized int redeliveries() {
    return redeliveries;
  }

  private synchronized void take(Notice notice) {
    checkNotNull(notice, "notice");
    attempts++;
    if (failing.test(notice)) {
      throw new IllegalStateException("notification centre unavailable");
    }
    if (keys.add(notice.idempotencyKey())) {
      notices.add(notice);
    } else {
      redeliveries++;
    }
  }

  private void take(Notice notice, Topic expected) {
    checkArgument(notice.topic() == expected, "%s delivered as %s", notice.topic(), expected);
    take(notice);
  }

  @Override
  public void invitationReceived(Notice notice) {
    take(notice, Topic.INVITATION_RECEIVED);
  }

  @Override
  public void invitationAccepted(Notice notice) {
    take(notice, Topic.INVITATION_ACCEPTED);
  }

  @Override
  public void invitationDeclined(Notice notice) {
    take(notice, Topic.INVITATION_DECLINED);
  }

  @Override
  public void invitationCancelled(Notice notice) {
    take(notice, Topic.INVITATION_CANCELLED);
  }

  @Override
  public void invitationExpired(Notice notice) {
    take(notice, Topic.INVITATION_EXPIRED);
  }

  @Override
  public void accessOpened(Notice notice) {
    take(notice, Topic.ACCESS_OPENED);
  }

  @Override
  public void accessRevoked(Notice notice) {
    take(notice, Topic.ACCESS_REVOKED);
  }

  @Override
  public void accessRenounced(Notice notice) {
    take(notice, Topic.ACCESS_RENOUNCED);
  }

  @Override
  public void accessEnded(Notice notice) {
    take(notice, Topic.ACCESS_ENDED);
  }
}
