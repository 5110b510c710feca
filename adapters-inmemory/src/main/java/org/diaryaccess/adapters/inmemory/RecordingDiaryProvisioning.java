package org.diaryaccess.adapters.inmemory;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.delivery.ProvisioningRequest;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.diaryaccess.spi.id.GrantId;

/**
 * A stand-in for the host's diary system that remembers which grants it opened and closed. It
 * answers every opening with a configurable status and can be told to fail. Thread-safe.
 *
 * @since 0.1.0
 */
public final class RecordingDiaryProvisioning implements DiaryProvisioning {
  private final Set<GrantId> opened = new LinkedHashSet<>();
  private final Set<GrantId> closed = new LinkedHashSet<>();
  private ProvisioningStatus answer = ProvisioningStatus.CONFIRMED;
  private boolean failing;

  /** A diary system that confirms every opening at once. */
  public RecordingDiaryProvisioning() {}

  /**
   * Sets the answer to openings.
   *
   * @param status {@code CONFIRMED} (the default) or {@code ACCEPTED_FOR_LATER}
   */
  public synchronized void answer(ProvisioningStatus status) {
    this.answer = checkNotNull(status, "status");
  }

  /**
   * Makes every call fail (or stop failing).
   *
   * @param down whether the diary system is down
   */
  public synchronized void down(boolean down) {
    this.failing = down;
  }

  /**
   * Grants opened, each once.
   *
   * @return grants opened, each once
   */
  public synchronized Set<GrantId> opened() {
    return ImmutableSet.copyOf(opened);
  }

  /**
   * Grants closed, each once.
   *
   * @return grants closed, each once
   */
  public synchronized Set<GrantId> closed() {
    return ImmutableSet.copyOf(closed);
  }

  @Override
  public synchronized ProvisioningStatus open(ProvisioningRequest request) {
    checkNotNull(request, "request");
    if (failing) {
      throw new IllegalStateException("diary system unavailable");
    }
    opened.add(request.grant());
    return answer;
  }

  @Override
  public synchronized void close(ProvisioningRequest request) {
    checkNotNull(request, "request");
    if (failing) {
      throw new IllegalStateException("diary system unavailable");
    }
    closed.add(request.grant());
  }
}
