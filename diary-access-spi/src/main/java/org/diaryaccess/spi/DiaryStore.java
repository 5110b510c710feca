package org.diaryaccess.spi;

/**
 * The storage ports of one store, handed over together: an adapter (in-memory, JDBC) implements
 * this so a host wires it in one line. The ports must share the store's {@link #unitOfWork()}.
 */
public interface DiaryStore extends AutoCloseable {

  /** The portal's registry of people. */
  Citizens citizens();

  /** The school register. */
  SchoolRegister schoolRegister();

  /** Invitations. */
  Invitations invitations();

  /** Grants. */
  Grants grants();

  /** The outbox. */
  Outbox outbox();

  /** The audit log. */
  AuditLog auditLog();

  /** Transactions over all of the above. */
  UnitOfWork unitOfWork();

  /**
   * What an access decision reads, fetched together; by default through the ports above, one
   * call each. A store that can do it in one round trip overrides this.
   */
  default AccessFacts accessFacts() {
    return AccessFacts.composedOf(citizens(), schoolRegister(), grants());
  }

  /**
   * What the invitation rule reads, fetched together; by default through the ports above, one
   * call per kind and child. A store that can do it in one round trip overrides this.
   */
  default InvitationFacts invitationFacts() {
    return InvitationFacts.composedOf(citizens(), schoolRegister(), invitations(), grants());
  }

  /**
   * Releases what the store itself opened (a pool it made, a file it holds); what the host
   * handed it, such as its own {@code DataSource}, stays the host's to close. By default nothing.
   */
  @Override
  default void close() {}
}
