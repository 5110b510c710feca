package org.diaryaccess.spi;

/**
 * The storage ports of one store, handed over together: an adapter (in-memory, JDBC) implements
 * this so a host wires it in one line. The ports must share the store's {@link #unitOfWork()}.
 *
 * @since 0.1.0
 */
public interface DiaryStore extends AutoCloseable {

  /**
   * The portal's registry of people.
   *
   * @return the portal's registry of people
   */
  Citizens citizens();

  /**
   * The school register.
   *
   * @return the school register
   */
  SchoolRegister schoolRegister();

  /**
   * Invitations.
   *
   * @return invitations
   */
  Invitations invitations();

  /**
   * Grants.
   *
   * @return grants
   */
  Grants grants();

  /**
   * The outbox.
   *
   * @return the outbox
   */
  Outbox outbox();

  /**
   * The audit log.
   *
   * @return the audit log
   */
  AuditLog auditLog();

  /**
   * The access history (R15).
   *
   * @return the access history
   * @since 0.2.0
   */
  DiaryViews diaryViews();

  /**
   * Transactions over all of the above.
   *
   * @return transactions over all of the above
   */
  UnitOfWork unitOfWork();

  /**
   * What an access decision reads, fetched together; by default through the ports above, one
   * call each. A store that can do it in one round trip overrides this.
   *
   * @return what an access decision reads, fetched together; by default through the ports above, one call each
   */
  default AccessFacts accessFacts() {
    return AccessFacts.composedOf(citizens(), schoolRegister(), grants());
  }

  /**
   * What the invitation rule reads, fetched together; by default through the ports above, one
   * call per kind and child. A store that can do it in one round trip overrides this.
   *
   * @return what the invitation rule reads, fetched together; by default through the ports above, one call per kind and child
   */
  default InvitationFacts invitationFacts() {
    return InvitationFacts.composedOf(citizens(), schoolRegister(), invitations(), grants());
  }

  /**
   * What a legal representative's trusted-persons page reads, fetched together; by default
   * through the ports above, a few calls per child. A store that can do it in one round trip
   * overrides this.
   *
   * @return what the trusted-persons page reads
   * @since 0.2.0
   */
  default TrustedPersonFacts trustedPersonFacts() {
    return TrustedPersonFacts.composedOf(citizens(), schoolRegister(), invitations(), grants());
  }

  /**
   * Releases what the store itself opened (a pool it made, a file it holds); what the host
   * handed it, such as its own {@code DataSource}, stays the host's to close. By default nothing.
   */
  @Override
  default void close() {}
}
