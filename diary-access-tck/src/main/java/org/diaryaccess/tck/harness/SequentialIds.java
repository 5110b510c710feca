package org.diaryaccess.tck.harness;

import java.util.concurrent.atomic.AtomicLong;
import org.diaryaccess.spi.IdGenerator;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;

/** Ids 1, 2, 3..., zero-padded so that their string order is their creation order. */
public final class SequentialIds implements IdGenerator {
  private final AtomicLong next = new AtomicLong();

  /** Ids from 1. */
  public SequentialIds() {}

  private String nextNumber() {
    return String.format("%08d", next.incrementAndGet());
  }

  @Override
  public InvitationId newInvitationId() {
    return InvitationId.of("inv-" + nextNumber());
  }

  @Override
  public GrantId newGrantId() {
    return GrantId.of("grant-" + nextNumber());
  }

  @Override
  public String newMessageId() {
    return "msg-" + nextNumber();
  }
}
