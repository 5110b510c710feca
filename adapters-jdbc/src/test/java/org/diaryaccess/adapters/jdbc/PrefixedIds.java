package org.diaryaccess.adapters.jdbc;

import org.diaryaccess.spi.IdGenerator;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.tck.harness.SequentialIds;

/** Ids unique across host instances, as random UUIDs would be, but readable: each instance has a prefix. */
final class PrefixedIds implements IdGenerator {
  private final String prefix;
  private final SequentialIds ids = new SequentialIds();

  PrefixedIds(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public InvitationId newInvitationId() {
    return InvitationId.of(prefix + "-" + ids.newInvitationId().value());
  }

  @Override
  public GrantId newGrantId() {
    return GrantId.of(prefix + "-" + ids.newGrantId().value());
  }

  @Override
  public String newMessageId() {
    return prefix + "-" + ids.newMessageId();
  }
}
